/// One figure of the interview: a value as tnb source text, and where it came from.
public struct Figure: Sendable, Equatable {
    /// A stable dotted id: `semianalysis.token_spend`.
    public var id: String
    /// A short description.
    public var label: String
    /// The value as tnb source: `$7M/yr`, `$35-45B/yr`, `7-8 years`.
    public var value: String
    /// The period it refers to (`Apr 2026`, `2028`, `end of 2026`), or nil.
    public var period: String?
    /// Topic tags.
    public var topics: [String]
    /// Who said it.
    public var speaker: String
    /// Which document: `summary` or `article`.
    public var source: String
    /// The interview timestamp (`00:01:30`) where the source gives one.
    public var timestamp: String?
    /// A short verbatim quote from the source.
    public var quote: String
    /// The 1-based line of the `id:` field in the data text, for error messages.
    public var line: Int
}

/// The built-in dataset: every figure, compiled into the binary.
public enum Dataset {
    /// The field names of a figure, in the order the data text writes them.
    public static let fields = ["id", "label", "value", "period", "topics", "speaker", "source", "timestamp", "quote"]

    /// The source documents by their short names.
    public static let documents = [
        "summary": "000_dbaf91ccaa4d2513.txt",
        "article": "003_6e86b55389962b4c.txt",
    ]

    /// The topic tags a figure may carry.
    public static let topics = [
        "capex", "china", "costs", "labor", "margins", "memory", "models", "revenue", "robotics", "society",
        "spend", "supply", "hardware",
    ].sorted()

    /// Who a figure may be attributed to: the interview's guest, the article's author, or a reader
    /// commenting on the article.
    public static let speakers = ["Brian Wang", "Dylan Patel", "reader comment"]

    /// The data text as written in Sources/Dataset/FigureData.swift.
    public static var sourceText: String { figureData }

    /// Every figure, in the order of the data text.
    public static let figures: [Figure] = parse(figureData).figures

    /// Figures by id.
    public static let byID: [String: Figure] = {
        var table: [String: Figure] = [:]
        for figure in figures where table[figure.id] == nil { table[figure.id] = figure }
        return table
    }()

    /// The figure with an id.
    public static func figure(_ id: String) -> Figure? { byID[id] }

    /// Parses data text into figures, with a message for every malformed block.
    public static func parse(_ text: String) -> (figures: [Figure], problems: [String]) {
        var figures: [Figure] = []
        var problems: [String] = []
        var fieldsOfBlock: [(String, String)] = []
        var blockLine = 0
        func finish() {
            defer { fieldsOfBlock = [] }
            guard !fieldsOfBlock.isEmpty else { return }
            let names = fieldsOfBlock.map(\.0)
            guard names == fields else {
                problems.append("line \(blockLine): fields are \(names), expected \(fields)")
                return
            }
            let values = fieldsOfBlock.map(\.1)
            func optional(_ text: String) -> String? { text == "-" ? nil : text }
            figures.append(
                Figure(
                    id: values[0], label: values[1], value: values[2], period: optional(values[3]),
                    topics: values[4].split(separator: ",").map { String($0).trimmingSpaces() },
                    speaker: values[5], source: values[6], timestamp: optional(values[7]), quote: values[8],
                    line: blockLine))
        }
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == " " }) {
                finish()
                continue
            }
            if fieldsOfBlock.isEmpty { blockLine = offset + 1 }
            guard let colon = line.firstIndex(of: ":") else {
                problems.append("line \(offset + 1): expected 'field: value'")
                continue
            }
            let name = String(line[..<colon])
            let value = String(line[line.index(after: colon)...]).trimmingSpaces()
            fieldsOfBlock.append((name, value))
        }
        finish()
        return (figures, problems)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
