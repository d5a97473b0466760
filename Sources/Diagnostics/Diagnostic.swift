/// How serious a diagnostic is.
public enum Severity: String, Sendable {
    case error
    case warning
    case note
}

/// Whose text a problem is in: the notebook or input being run, or the command line that ran it
/// (`--set`, `--as-of`), which makes it a usage error.
public enum Cause: Sendable, Equatable {
    /// The source text.
    case input
    /// A value given on the command line.
    case commandLine
}

/// One problem found in the user's input: a stable id, a message and where it is.
public struct Diagnostic: Sendable, Equatable {
    /// A stable kebab-case id listed in docs/diagnostics.md, e.g. `unknown-name`.
    public var id: String
    /// How serious it is.
    public var severity: Severity
    /// The message: lowercase, no final period, offending text in quotes.
    public var message: String
    /// Where it is.
    public var span: Span
    /// Further lines printed as `= note: ...`.
    public var notes: [String]
    /// Other places that matter, such as the first definition of a name defined twice.
    public var related: [(String, Span)]
    /// Whose text the problem is in.
    public var cause: Cause

    /// Makes a diagnostic.
    public init(
        id: String, severity: Severity = .error, message: String, span: Span,
        notes: [String] = [], related: [(String, Span)] = [], cause: Cause = .input
    ) {
        self.cause = cause
        self.id = id
        self.severity = severity
        self.message = message
        self.span = span
        self.notes = notes
        self.related = related
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.id == rhs.id && lhs.severity == rhs.severity && lhs.message == rhs.message
            && lhs.span == rhs.span && lhs.notes == rhs.notes && lhs.cause == rhs.cause
            && lhs.related.map(\.0) == rhs.related.map(\.0) && lhs.related.map(\.1) == rhs.related.map(\.1)
    }
}

/// A kind of error that knows its stable id and its message; each phase has one such enum.
public protocol DiagnosticKind: Sendable {
    /// The stable id.
    var id: String { get }
    /// The message.
    var message: String { get }
    /// Extra notes.
    var notes: [String] { get }
}

extension DiagnosticKind {
    public var notes: [String] { [] }

    /// The diagnostic for this kind at a span.
    public func diagnostic(at span: Span) -> Diagnostic {
        Diagnostic(id: id, message: message, span: span, notes: notes)
    }
}
