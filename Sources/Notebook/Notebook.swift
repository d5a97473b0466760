import Diagnostics
import Evaluation
import Syntax
import Units

/// A parsed `.tnb` notebook: its statements in document order, its title and its params.
///
/// A notebook is a set of definitions: `DependencyOrder` decides the order they are evaluated in,
/// and reports keep the order of the document.
public struct Notebook: Sendable {
    /// The notebook's text, named as it was given (a relative path, or `<input>`).
    public let source: SourceFile
    /// Every statement that parsed, in document order.
    public let statements: [Statement]
    /// Parse problems, in source order.
    public let parseDiagnostics: [Diagnostic]
    /// The title: the first statement, when it is a level-1 heading (`# Title`).
    public let title: String?
    /// Whether `statements[0]` is the title heading.
    public let hasTitleHeading: Bool

    /// Parses a notebook's text.
    public init(name: String, text: String) {
        let source = SourceFile(name: name, text: text)
        let parsed = Parser.parse(source, file: 0)
        self.source = source
        self.statements = parsed.statements
        self.parseDiagnostics = parsed.diagnostics
        if let first = parsed.statements.first, case .heading(1, let text) = first.kind {
            title = text
            hasTitleHeading = true
        } else {
            title = nil
            hasTitleHeading = false
        }
    }

    /// The `param` definitions, in document order: name, default expression, statement.
    public var params: [(name: Name, value: Expr, statement: Statement)] {
        statements.compactMap {
            if case .param(let name, let value) = $0.kind { return (name, value, $0) }
            return nil
        }
    }

    /// The 1-based line a statement starts on.
    public func line(of statement: Statement) -> Int {
        source.location(of: statement.span.start).line
    }

    /// A statement's source text on one line, with runs of blanks (and line breaks inside
    /// brackets) collapsed to single spaces.
    public func text(of statement: Statement) -> String {
        let start = max(0, min(statement.span.start, source.bytes.count))
        let bytes = source.bytes[start..<max(start, min(statement.span.end, source.bytes.count))]
        if bytes.allSatisfy({ $0 < 0x80 }) { return Notebook.collapsingBlanks(bytes) }
        var out = ""
        var pendingSpace = false
        for character in source.text(of: statement.span) {
            if character == " " || character == "\t" || character == "\n" || character == "\r\n" || character == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}

extension Notebook {
    /// ASCII text with runs of blanks collapsed to single spaces and none at either end: the
    /// byte-wise form of `text(of:)`, without breaking the text into characters.
    static func collapsingBlanks(_ bytes: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace { out.append(UInt8(ascii: " ")) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
