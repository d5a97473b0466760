import Diagnostics
import Platform
import Presentation

/// What the REPL itself can find wrong (the language's own errors come from Syntax and
/// Evaluation); every message lives here.
public enum REPLErrorKind: DiagnosticKind, Equatable {
    case unknownCommand(String, suggestion: String?)
    case missingArgument(command: String, expected: String)
    case unexpectedArgument(command: String, argument: String)
    case unknownHelpTopic(String, suggestion: String?)
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case historyNotSaved(path: String, reason: String)

    public var id: String {
        switch self {
        case .unknownCommand: "unknown-command"
        case .missingArgument: "missing-argument"
        case .unexpectedArgument: "unexpected-argument"
        case .unknownHelpTopic: "unknown-help-topic"
        case .cannotRead: "cannot-read-file"
        case .cannotWrite: "cannot-write-file"
        case .historyNotSaved: "history-not-saved"
        }
    }

    public var message: String {
        switch self {
        case .unknownCommand(let name, _): "unknown command '\(name)'"
        case .missingArgument(let command, let expected): "'\(command)' needs \(expected)"
        case .unexpectedArgument(let command, let argument): "'\(command)' takes no argument, found '\(argument)'"
        case .unknownHelpTopic(let topic, _): "no help on '\(topic)'"
        case .cannotRead(let path, let reason): "cannot read '\(path)': \(reason)"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .historyNotSaved(let path, let reason): "history not saved to '\(path)': \(reason)"
        }
    }

    public var notes: [String] {
        switch self {
        case .unknownCommand(_, let suggestion?), .unknownHelpTopic(_, let suggestion?):
            ["did you mean '\(suggestion)'?"]
        case .unknownCommand: ["type ':help' for the list of commands"]
        case .unknownHelpTopic: ["type ':help' for the list of topics"]
        default: []
        }
    }
}

/// A problem the REPL found: its kind and where it is in the typed line.
public struct REPLError: Error, Sendable {
    /// What went wrong.
    public var kind: REPLErrorKind
    /// Where, in the line's source.
    public var span: Span

    /// The diagnostic to show.
    public var diagnostic: Diagnostic { kind.diagnostic(at: span) }
}
