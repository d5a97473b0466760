import Syntax
import Units

/// Orders the dataset's period text (`2028`, `Q1 2026`, `Apr 2026`, `end of 2025`) by the months
/// it covers. The text is read by the language's own period rule, so a figure's period means
/// what the same words mean in a notebook.
public enum PeriodOrder {
    /// The first and last month a period covers, counted as `Period.firstMonth` counts them.
    public struct Interval: Sendable, Equatable, Comparable {
        /// The first month.
        public var start: Int
        /// The last month.
        public var end: Int

        /// Makes an interval of months.
        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }

        /// Earlier start first; for the same start, the longer period first, as `Period` orders
        /// (`2026` before `Q1 2026` before `Jan 2026`).
        public static func < (a: Interval, b: Interval) -> Bool {
            a.start != b.start ? a.start < b.start : a.end > b.end
        }
    }

    /// The months a period spelling covers, or nil when the text is not a period with a year.
    public static func interval(of text: String) -> Interval? {
        guard let literal = Parser.periodLiteral(spelledBy: text), let year = literal.year else { return nil }
        let period: Period
        switch literal.kind {
        case .month(let month): period = .month(month, year)
        case .quarter(let quarter): period = .quarter(quarter, year)
        case .year: period = .year(year)
        case .endOfYear: period = .month(12, year)
        }
        return Interval(start: period.firstMonth, end: period.lastMonth)
    }
}
