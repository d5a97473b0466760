/// Orders the period spellings the dataset uses (`2028`, `Q1 2026`, `Apr 2026`, `end of 2025`)
/// by the months they cover.
///
/// Months are counted as `Period.firstMonth` counts them, and intervals order as periods do.
/// Queries sort and compare the dataset's period text through `PeriodOrder.interval(of:)` only,
/// so a parser of period text in the language can replace it.
public enum PeriodOrder {
    /// The first and last month a period covers, counted as `year * 12 + month - 1`.
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

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The months a period spelling covers, or nil when it is not one of the known spellings:
    /// a year (`2028`), a quarter (`Q1 2026`), a month (`Apr 2026`) or `end of 2025` (December).
    public static func interval(of text: String) -> Interval? {
        let words = text.split(separator: " ").map { $0.lowercased() }
        switch words.count {
        case 1:
            guard let year = year(words[0]) else { return nil }
            return Interval(start: year * 12, end: year * 12 + 11)
        case 2:
            guard let year = year(words[1]) else { return nil }
            if words[0].count == 2, words[0].first == "q", let quarter = Int(words[0].dropFirst()), (1...4).contains(quarter) {
                let start = year * 12 + (quarter - 1) * 3
                return Interval(start: start, end: start + 2)
            }
            guard let month = months.firstIndex(of: String(words[0].prefix(3))),
                words[0].count == 3 || fullMonths[month] == words[0]
            else { return nil }
            return Interval(start: year * 12 + month, end: year * 12 + month)
        case 3:
            guard words[0] == "end", words[1] == "of", let year = year(words[2]) else { return nil }
            return Interval(start: year * 12 + 11, end: year * 12 + 11)
        default:
            return nil
        }
    }

    static let fullMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    static func year(_ word: String) -> Int? {
        guard word.count == 4, word.allSatisfy(\.isASCIIDigit), let year = Int(word) else { return nil }
        return year
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
