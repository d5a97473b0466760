import Units

/// A comparison per period: what comparing a series gives, and what `when` reads.
public struct TruthSeries: Sendable {
    /// One period and whether the comparison holds there.
    public struct Point: Sendable {
        /// The period.
        public var period: Period
        /// Whether it holds: yes, no, or maybe (for part of a range).
        public var truth: Truth
    }

    /// The points, in order; never empty.
    public var points: [Point]

    /// The first period.
    public var first: Period { points[0].period }
    /// The last period.
    public var last: Period { points[points.count - 1].period }

    /// What `when` answers: the first period where the comparison may hold (the low end of a
    /// range crossing) and the first where it surely holds (the high end).
    public var crossing: Crossing {
        Crossing(
            earliest: points.first { $0.truth != .no }?.period,
            certain: points.first { $0.truth == .yes }?.period,
            within: PeriodRange(first, last))
    }
}

/// When a condition on a series first holds.
public struct Crossing: Sendable {
    /// The first period where it holds for some values of the ranges; nil if never.
    public var earliest: Period?
    /// The first period where it holds for all of them; nil if never.
    public var certain: Period?
    /// The periods the series covers.
    public var within: PeriodRange

    /// The answer as a period or span of periods, when there is one: `Q4 2026`, or
    /// `Q3 2026 to Q4 2026` when the low and high ends of a range cross at different times.
    public var periods: PeriodRange? {
        guard let earliest, let certain else { return nil }
        return PeriodRange(earliest, certain)
    }

    /// `never by Q4 2026`, or `Q3 2026 at the earliest; not certain by Q4 2026`.
    public var description: String {
        if let periods { return periods.description }
        if let earliest { return "\(earliest) at the earliest; not certain by \(within.high)" }
        return "never by \(within.high)"
    }
}
