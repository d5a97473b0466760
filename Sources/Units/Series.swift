/// A value over time: one quantity per period, the periods consecutive and of one granularity.
///
/// A projection makes one. Each point may be a range; the low bounds form the low path and the
/// high bounds the high path.
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

    /// Makes a series from consecutive points of one granularity; nil if there are none or
    /// they are not consecutive.
    public init?(_ points: [Point]) {
        guard let first = points.first else { return nil }
        for (offset, point) in points.enumerated() where point.period != first.period.advanced(by: offset) {
            return nil
        }
        self.points = points
    }

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
