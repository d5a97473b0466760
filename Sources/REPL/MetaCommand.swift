import Diagnostics
import Evaluation
import Platform
import Presentation

/// A meta command, `:name argument`: everything typed at the prompt that starts with `:`.
public struct MetaCommand: Sendable, Equatable {
    /// The commands.
    public enum Name: String, CaseIterable, Sendable {
        case help, vars, figures, why, load, save, diff, reset
        case asOf = "as-of"
        case quit

        /// How it is typed: `:help`.
        public var typed: String { ":" + rawValue }

        /// What its argument is, for messages and help; nil when it takes none.
        var argument: (text: String, required: Bool)? {
            switch self {
            case .help: ("a topic", false)
            case .figures: ("a query", false)
            case .why: ("a name", true)
            case .load, .save: ("a file name", true)
            case .asOf: ("a period such as 'Q4 2026'", false)
            case .vars, .diff, .reset, .quit: nil
            }
        }
    }

    /// Other spellings users reach for.
    static let aliases: [String: Name] = [":q": .quit, ":exit": .quit, ":h": .help, ":?": .help]

    /// Which command.
    public var name: Name
    /// The argument with surrounding blanks (and quotes around a file name) removed; empty if none.
    public var argument: String
    /// Where the argument is in the line, as byte offsets.
    public var argumentSpan: Span

    /// Makes a command.
    public init(name: Name, argument: String, argumentSpan: Span) {
        self.name = name
        self.argument = argument
        self.argumentSpan = argumentSpan
    }

    /// Whether a line is a meta command rather than a statement.
    public static func isMetaCommand(_ line: String) -> Bool {
        line.drop { $0 == " " || $0 == "\t" }.first == ":"
    }

    /// Reads a meta command line (file 0 of its own source), checking its argument.
    public static func parse(_ line: String, file: FileID = 0) -> Result<MetaCommand, REPLError> {
        let bytes = Array(line.utf8)
        func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        var start = 0
        while start < bytes.count, isBlank(bytes[start]) { start += 1 }
        var end = start
        while end < bytes.count, !isBlank(bytes[end]) { end += 1 }
        var argumentStart = end
        while argumentStart < bytes.count, isBlank(bytes[argumentStart]) { argumentStart += 1 }
        var argumentEnd = bytes.count
        while argumentEnd > argumentStart, isBlank(bytes[argumentEnd - 1]) { argumentEnd -= 1 }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        let wordSpan = Span(file: file, start: start, end: end)
        var argument = String(decoding: bytes[argumentStart..<argumentEnd], as: UTF8.self)
        let argumentSpan = Span(file: file, start: argumentStart, end: argumentEnd)

        guard let name = Name(rawValue: String(word.dropFirst())) ?? aliases[word] else {
            let known = Name.allCases.map(\.typed)
            let suggestion = Suggestion.closest(to: word, among: known)
            return .failure(REPLError(kind: .unknownCommand(word, suggestion: suggestion), span: wordSpan))
        }
        switch name.argument {
        case nil where !argument.isEmpty:
            return .failure(
                REPLError(kind: .unexpectedArgument(command: name.typed, argument: argument), span: argumentSpan))
        case (let expected, true)? where argument.isEmpty:
            return .failure(
                REPLError(kind: .missingArgument(command: name.typed, expected: expected), span: wordSpan))
        default:
            break
        }
        if name == .load || name == .save { argument = unquoted(argument) }
        return .success(MetaCommand(name: name, argument: argument, argumentSpan: argumentSpan))
    }

    /// A file name without the quotes around it, if it has them.
    static func unquoted(_ text: String) -> String {
        for quote in ["\"", "'"] where text.count >= 2 && text.hasPrefix(quote) && text.hasSuffix(quote) {
            return String(text.dropFirst().dropLast())
        }
        return text
    }
}
