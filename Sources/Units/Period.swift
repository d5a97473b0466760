/// A calendar period: a month, a quarter or a year, such as `Apr 2026`, `Q4 2026` or `2028`.
///
/// Periods are ordered by where they start, the longer first when two start together (`2026`
/// comes before `Q1 2026`, which comes before `Jan 2026`). A period moves by whole periods of its
/// own length.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// How long a period is.
    public enum Granularity: Int, Sendable, Comparable, CaseIterable {
        case month = 1
        case quarter = 3
        case year = 12

        /// Months in one period.
        public var months: Int { rawValue }

        /// The adjective for a series step: `monthly`, `quarterly`, `yearly`.
        public var adjective: String {
            switch self {
            case .month: "monthly"
            case .quarter: "quarterly"
            case .year: "yearly"
            }
        }

        /// The plural noun: `months`, `quarters`, `years`.
        public var plural: String {
            switch self {
            case .month: "months"
            case .quarter: "quarters"
            case .year: "years"
            }
        }

        public static func < (lhs: Granularity, rhs: Granularity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The years a period may fall in.
    public static let years = 1000...9999
    /// Short month names, as periods display them.
    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// How long it is.
    public let granularity: Granularity
    /// Its first month, counted from January of year 0 (`year * 12 + month - 1`).
    public let firstMonth: Int

    /// The period of a granularity that contains an absolute month.
    public init(_ granularity: Granularity, containingMonth month: Int) {
        self.granularity = granularity
        let length = granularity.months
        self.firstMonth = month >= 0 ? month / length * length : -((-month + length - 1) / length) * length
    }

    /// A month (1-12) of a year.
    public static func month(_ month: Int, _ year: Int) -> Period {
        Period(.month, containingMonth: year * 12 + month - 1)
    }
    /// A quarter (1-4) of a year.
    public static func quarter(_ quarter: Int, _ year: Int) -> Period {
        Period(.quarter, containingMonth: year * 12 + (quarter - 1) * 3)
    }
    /// A whole year.
    public static func year(_ year: Int) -> Period { Period(.year, containingMonth: year * 12) }

    /// The calendar year it starts in.
    public var year: Int { firstMonth >= 0 ? firstMonth / 12 : -((-firstMonth + 11) / 12) }
    /// Its last month, counted like `firstMonth`.
    public var lastMonth: Int { firstMonth + granularity.months - 1 }
    /// Its month of the year (1-12) for a month, quarter (1-4) for a quarter, 0 for a year.
    public var number: Int {
        let monthOfYear = firstMonth - year * 12
        switch granularity {
        case .month: return monthOfYear + 1
        case .quarter: return monthOfYear / 3 + 1
        case .year: return 0
        }
    }

    /// Whether its year lies in `Period.years`.
    public var isInRange: Bool { Period.years.contains(year) && Period.years.contains(lastMonth / 12) }

    /// The period `steps` periods of its own length later (earlier when negative).
    public func advanced(by steps: Int) -> Period {
        Period(granularity, containingMonth: firstMonth + steps * granularity.months)
    }

    /// How many periods of this one's length lie from this one to `other` (negative if before).
    public func steps(to other: Period) -> Int {
        (other.firstMonth - firstMonth) / granularity.months
    }

    /// The period of another granularity that contains this one's first month.
    public func start(as granularity: Granularity) -> Period { Period(granularity, containingMonth: firstMonth) }
    /// The period of another granularity that contains this one's last month.
    public func end(as granularity: Granularity) -> Period { Period(granularity, containingMonth: lastMonth) }

    /// The period moved by a number of months, if that is a whole number of its own periods.
    public func adding(months: Int) -> Period? {
        guard months % granularity.months == 0 else { return nil }
        return Period(granularity, containingMonth: firstMonth + months)
    }

    /// `Q4 2026`, `Apr 2026`, `2028`.
    public var description: String {
        switch granularity {
        case .month: "\(Period.monthNames[number - 1]) \(year)"
        case .quarter: "Q\(number) \(year)"
        case .year: "\(year)"
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        if lhs.firstMonth != rhs.firstMonth { return lhs.firstMonth < rhs.firstMonth }
        return lhs.granularity > rhs.granularity
    }
}

/// One period or a span between two, as a `when` with ranges answers: `Q4 2026 to Q1 2027`.
public struct PeriodRange: Hashable, Sendable, CustomStringConvertible {
    /// The earlier end.
    public var low: Period
    /// The later end; equal to `low` for a single period.
    public var high: Period

    /// A range; the ends are put in order.
    public init(_ low: Period, _ high: Period) {
        self.low = min(low, high)
        self.high = max(low, high)
    }

    /// A single period.
    public init(_ period: Period) {
        self.init(period, period)
    }

    /// Whether the ends differ.
    public var isRange: Bool { low != high }

    /// `Q4 2026` or `Q4 2026 to Q1 2027`.
    public var description: String { isRange ? "\(low) to \(high)" : low.description }
}
