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

    /// The months a period spelling covers, or nil when the text is not a dataset period
    /// (`DATASET_PERIOD` in Grammar/tnb.ebnf: the language's periods with a year, halves,
    /// seasons, spans and `within N months of` a period).
    public static func interval(of text: String) -> Interval? {
        Parser.datasetPeriodMonths(spelledBy: text).map { Interval(start: $0.lowerBound, end: $0.upperBound) }
    }

    /// The periods of the language that cover the same months: one period when the months are
    /// a whole month, quarter or year, else the span from the first month to the last.
    public static func periods(of interval: Interval) -> PeriodRange {
        let first = Period(.month, containingMonth: interval.start)
        for granularity in [Period.Granularity.year, .quarter, .month] {
            let period = Period(granularity, containingMonth: interval.start)
            if period.firstMonth == interval.start, period.lastMonth == interval.end { return PeriodRange(period) }
        }
        return PeriodRange(first, Period(.month, containingMonth: interval.end))
    }
}
