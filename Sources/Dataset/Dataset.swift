/// The built-in dataset: every figure and every disagreement, compiled into the binary.
public enum Dataset {
    /// The dataset's version, printed in reports beside its digest. Bump it with every change
    /// to the data text (a test records the digest of each version).
    public static let version = "2"

    /// The SHA-256 of the data text (figures, then disagreements), in hex.
    public static let digest: String = SHA256.hex(of: Array((figureData + "\n" + disagreementData).utf8))

    /// The first 12 hex digits of the digest, as reports print it.
    public static var shortDigest: String { String(digest.prefix(12)) }

    /// The field names of a figure, in the order the data text writes them.
    public static let fields = [
        "id", "label", "value", "qualifier", "basis", "reading", "period", "period_basis", "period_reason", "topics",
        "speaker", "author", "form", "source", "timestamp", "quote",
    ]

    /// The field names of a disagreement, in order.
    public static let disagreementFields = ["id", "kind", "rows", "differs"]

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

    /// Whose claim a figure may be: the interview's guest, the article's author, the summary's
    /// own AI author (its bottom line), or a reader commenting on the article.
    public static let speakers = ["Dylan Patel", "Brian Wang", "Nuggets AI", "reader"]

    /// Who may have written a figure's sentence: the summary is written by the Nuggets
    /// platform's AI ("AI is used extensively across this platform including for summaries"),
    /// the article by Brian Wang, the comments by readers.
    public static let authors = ["Nuggets AI", "Brian Wang", "reader"]

    /// The author of each document's own text (a reader's comment is the exception).
    public static let documentAuthors = ["summary": "Nuggets AI", "article": "Brian Wang"]

    /// The data text as written in Sources/Dataset/FigureData.swift.
    public static var sourceText: String { figureData }

    /// The disagreements' text as written in Sources/Dataset/DisagreementData.swift.
    public static var disagreementText: String { disagreementData }

    /// Every figure, in the order of the data text.
    public static let figures: [Figure] = parse(figureData).figures

    /// Every disagreement, in the order of the data text.
    public static let disagreements: [Disagreement] = parseDisagreements(disagreementData).disagreements

    /// Figures by id.
    public static let byID: [String: Figure] = {
        var table: [String: Figure] = [:]
        for figure in figures where table[figure.id] == nil { table[figure.id] = figure }
        return table
    }()

    /// The figure with an id.
    public static func figure(_ id: String) -> Figure? { byID[id] }

    /// The disagreements a figure is one side of, by figure id.
    public static let disagreementsByFigure: [String: [Disagreement]] = {
        var table: [String: [Disagreement]] = [:]
        for disagreement in disagreements {
            for row in disagreement.rows { table[row, default: []].append(disagreement) }
        }
        return table
    }()

    /// Parses data text into figures, with a message for every malformed block.
    public static func parse(_ text: String) -> (figures: [Figure], problems: [String]) {
        var figures: [Figure] = []
        var problems: [String] = []
        for block in blocks(text, fields: fields, problems: &problems) {
            let values = block.values
            func optional(_ text: String) -> String? { text == "-" ? nil : text }
            func list(_ text: String) -> [String] {
                text == "-" ? [] : text.split(separator: ",").map { String($0).trimmingSpaces() }
            }
            func known<T: RawRepresentable<String>>(_ text: String, _ field: String) -> T? {
                guard let value = T(rawValue: text) else {
                    problems.append("line \(block.line): unknown \(field) '\(text)'")
                    return nil
                }
                return value
            }
            guard let basis: Figure.Basis = known(values[4], "basis"), let form: Figure.Form = known(values[12], "form")
            else { continue }
            var periodBasis: Figure.PeriodBasis?
            if values[7] != "-" {
                guard let known: Figure.PeriodBasis = known(values[7], "period_basis") else { continue }
                periodBasis = known
            }
            figures.append(
                Figure(
                    id: values[0], label: values[1], value: values[2], qualifiers: list(values[3]), basis: basis,
                    reading: optional(values[5]), period: optional(values[6]), periodBasis: periodBasis,
                    periodReason: optional(values[8]), topics: list(values[9]), speaker: values[10],
                    author: values[11], form: form, source: values[13], timestamp: optional(values[14]),
                    quote: values[15], line: block.line))
        }
        return (figures, problems)
    }

    /// Parses disagreement text, with a message for every malformed block.
    public static func parseDisagreements(_ text: String) -> (disagreements: [Disagreement], problems: [String]) {
        var problems: [String] = []
        let disagreements = blocks(text, fields: disagreementFields, problems: &problems).map { block in
            Disagreement(
                id: block.values[0], kind: block.values[1],
                rows: block.values[2].split(separator: ",").map { String($0).trimmingSpaces() },
                differs: block.values[3], line: block.line)
        }
        return (disagreements, problems)
    }

    /// The blocks of `field: value` lines separated by blank lines whose fields are exactly
    /// `fields`, in order; anything else is a problem. Read as UTF-8 bytes: the data is parsed
    /// on first use in every run that names a figure.
    static func blocks(_ text: String, fields: [String], problems: inout [String]) -> [(line: Int, values: [String])] {
        var blocks: [(line: Int, values: [String])] = []
        var names: [String] = []
        var values: [String] = []
        var blockLine = 0
        func finish() {
            defer {
                names = []
                values = []
            }
            guard !names.isEmpty else { return }
            guard names == fields else {
                problems.append("line \(blockLine): fields are \(names), expected \(fields)")
                return
            }
            blocks.append((blockLine, values))
        }
        let space = UInt8(ascii: " ")
        func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
            var slice = bytes
            while slice.first == space { slice = slice.dropFirst() }
            while slice.last == space { slice = slice.dropLast() }
            return String(decoding: slice, as: UTF8.self)
        }
        let bytes = Array(text.utf8)
        var lineStart = 0
        var lineNumber = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            lineNumber += 1
            defer { lineStart = lineEnd + 1 }
            if line.allSatisfy({ $0 == space }) {
                finish()
                continue
            }
            if names.isEmpty { blockLine = lineNumber }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                problems.append("line \(lineNumber): expected 'field: value'")
                continue
            }
            names.append(trimmed(line[..<colon]))
            values.append(trimmed(line[(colon + 1)...]))
        }
        finish()
        return blocks
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
