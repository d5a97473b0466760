/// A value over time: one quantity per period, the periods consecutive and of one granularity.
///
/// A projection makes one. Each point may be a range; the low bounds form the low path and the
/// high bounds the high path. A point stands for one moment in its period: the start of the
/// series' origin month, repeated every step (from April, quarterly points stand for 1 April,
/// 1 July, 1 October and 1 January; yearly points for 1 April of each year). Between points the
/// series runs along the compound path through its two neighbours, which is exact for a
/// projection.
public struct Series: Hashable, Sendable {
    /// One period and its value.
    public struct Point: Hashable, Sendable {
        /// The period.
        public var period: Period
        /// Its value.
        public var value: Quantity

        /// Makes a point.
        public init(_ period: Period, _ value: Quantity) {
            self.period = period
            self.value = value
        }
    }

    /// The points, in order, one per period; never empty.
    public private(set) var points: [Point]
    /// How many months after its period's start each point stands: 0 unless the series started
    /// in the middle of a period (a yearly series from April has 3).
    public let phase: Int
    /// Whether the path runs on past the last point to the end of its period: a projection by a
    /// rate (`15% per month until Dec 2027`) does; one to a target (`4x by Q4`) stops there, and
    /// reading it later in the last period gives the last point.
    public let continues: Bool

    /// Makes a series from consecutive points of one granularity, each standing for the start of
    /// the month `phase` months into its period; nil if there are no points, they are not
    /// consecutive or the phase is not within a period.
    public init?(_ points: [Point], phase: Int = 0, continues: Bool = false) {
        guard let first = points.first else { return nil }
        for (offset, point) in points.enumerated() where point.period != first.period.advanced(by: offset) {
            return nil
        }
        guard (0..<first.period.granularity.months).contains(phase) else { return nil }
        self.points = points
        self.phase = phase
        self.continues = continues
    }

    /// The month whose start the first point stands for, counted like `Period.firstMonth`.
    public var origin: Int { first.firstMonth + phase }

    /// How far apart the points are.
    public var step: Period.Granularity { points[0].period.granularity }
    /// The first period.
    public var first: Period { points[0].period }
    /// The last period.
    public var last: Period { points[points.count - 1].period }
    /// `Q2 2026 to Q4 2026`.
    public var span: PeriodRange { PeriodRange(first, last) }

    /// The point for a period of the series' own granularity, if the series covers it.
    public func point(at period: Period) -> Point? {
        guard period.granularity == step else { return nil }
        let index = first.steps(to: period)
        return points.indices.contains(index) ? points[index] : nil
    }

    /// The moment point `index` stands for, in months counted like `Period.firstMonth`.
    public func moment(ofPoint index: Int) -> Double {
        Double(origin + index * step.months)
    }

    /// The moment a period stands for in this series: the start of the first month in it that
    /// lies a whole number of the period's lengths from the origin. For a period of the series'
    /// own step it is that point's moment; from an April origin, `2027` stands for 1 April 2027
    /// and `Q3 2026` for 1 July 2026, whatever the step.
    public func moment(of period: Period) -> Double { Series.moment(of: period, origin: origin) }

    /// The moment a period stands for in a series whose first point stands for month `origin`.
    public static func moment(of period: Period, origin: Int) -> Double {
        let length = period.granularity.months
        let offset = ((origin - period.firstMonth) % length + length) % length
        return Double(period.firstMonth + offset)
    }

    /// Whether a moment lies in the periods the series covers.
    public func covers(_ moment: Double) -> Bool {
        moment >= Double(first.firstMonth) && moment < Double(last.lastMonth + 1)
    }

    /// The value at a moment: a point's own value at its moment, and between points (or beyond the
    /// outer ones, within the periods the series covers) the compound path through the nearest two
    /// points; after the last point of a path that does not continue, the last point. nil outside
    /// the series, or when the path cannot be computed.
    public func value(at moment: Double) -> Quantity? {
        guard covers(moment) else { return nil }
        if !continues, moment > self.moment(ofPoint: points.count - 1) { return points[points.count - 1].value }
        let position = (moment - Double(origin)) / Double(step.months)
        let whole = position.rounded(.down)
        if position == whole, let index = Int(exactly: whole), points.indices.contains(index) {
            return points[index].value
        }
        guard points.count >= 2 else { return points[0].value }
        let lower = min(max(Int(whole), 0), points.count - 2)
        let a = points[lower].value
        let b = points[lower + 1].value
        return try? Series.between(a, b, fraction: position - Double(lower))
    }

    /// The point a fraction of the way from `a` to `b` along the compound path through both
    /// (`a * (b / a)^fraction`), or along the straight line when they differ in sign or one is
    /// zero. Ranges follow their low and high paths.
    static func between(_ a: Quantity, _ b: Quantity, fraction: Double) throws(QuantityError) -> Quantity {
        let positive = a.low > 0 && b.low > 0
        let negative = a.high < 0 && b.high < 0
        var result: Quantity
        if positive || negative {
            var ratio = try b / a
            ratio.style = .plain
            result = try a * ratio.raised(to: Quantity(fraction))
        } else {
            result = try a + (b - a) * Quantity(fraction)
        }
        result.style = a.style
        return result
    }

    /// The series with every value transformed.
    public func map(_ transform: (Quantity) throws -> Quantity) rethrows -> Series {
        var copy = self
        for index in copy.points.indices { copy.points[index].value = try transform(copy.points[index].value) }
        return copy
    }

    /// The points two series share, with both values; empty when they share none or differ in step.
    public func aligned(with other: Series) -> [(period: Period, left: Quantity, right: Quantity)] {
        guard step == other.step else { return [] }
        var result: [(Period, Quantity, Quantity)] = []
        for point in points {
            if let match = other.point(at: point.period) { result.append((point.period, point.value, match.value)) }
        }
        return result
    }
}
