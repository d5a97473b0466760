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
    /// How many months after its period's start each point stands (see `Series.phase`).
    public var phase: Int
    /// Whether the compared paths run on past the last point to the end of its period.
    public var continues: Bool
    /// The comparison at any moment (in months counted like `Period.firstMonth`), read along the
    /// compared series' paths; nil where it cannot be read.
    public var probe: (@Sendable (Double) -> Truth?)?

    /// Makes a comparison per period.
    public init(
        points: [Point], phase: Int = 0, continues: Bool = false, probe: (@Sendable (Double) -> Truth?)? = nil
    ) {
        self.points = points
        self.phase = phase
        self.continues = continues
        self.probe = probe
    }

    /// The first period.
    public var first: Period { points[0].period }
    /// The last period.
    public var last: Period { points[points.count - 1].period }

    /// What `when` answers: the period that holds the first moment where the comparison may hold
    /// (the low end of a range crossing) and the one that holds the first moment where it surely
    /// holds (the high end). The moment lies between the last point where it did not hold and
    /// the first where it does, found along the compared paths; the period is of the series' own
    /// step, so quarterly, monthly and yearly steps of one growth agree.
    public var crossing: Crossing {
        Crossing(
            earliest: crossing { $0 != .no },
            certain: crossing { $0 == .yes },
            within: PeriodRange(first, last))
    }

    /// The moment point `index` stands for.
    func moment(ofPoint index: Int) -> Double { Double(points[index].period.firstMonth + phase) }

    /// The period that holds the first moment where `holds` is true, up to the last point (or the
    /// end of its period, for paths that continue); nil if never.
    func crossing(_ holds: (Truth) -> Bool) -> Period? {
        let index = points.firstIndex { holds($0.truth) }
        if index == 0 { return first }
        guard let probe else { return index.map { points[$0].period } }
        // A moment where it does not hold and a later one where it does: the point before the
        // first that holds and that point, or the last point and the end of its period.
        var before: Double
        var after: Double
        if let index {
            before = moment(ofPoint: index - 1)
            after = moment(ofPoint: index)
        } else {
            guard continues else { return nil }
            before = moment(ofPoint: points.count - 1)
            after = Double(last.lastMonth + 1) - 1e-6
            guard after > before, let truth = probe(after), holds(truth) else { return nil }
        }
        for _ in 0..<48 {
            let middle = (before + after) / 2
            guard middle > before, middle < after, let truth = probe(middle) else { break }
            if holds(truth) { after = middle } else { before = middle }
        }
        return Period(first.granularity, containingMonth: Int(after.rounded(.down)))
    }

    /// Whether the comparison holds at a moment: the probe's answer, or the point's at a point.
    public func truth(at moment: Double) -> Truth? {
        for index in points.indices where self.moment(ofPoint: index) == moment { return points[index].truth }
        return probe?(moment)
    }
}

/// When a condition on a series first holds.
public struct Crossing: Sendable {
    /// The period that holds the first moment where it holds for some values of the ranges; nil if never.
    public var earliest: Period?
    /// The period that holds the first moment where it holds for all of them; nil if never.
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
