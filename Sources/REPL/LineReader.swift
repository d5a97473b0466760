import Platform
import Presentation

/// What reading one line gave.
public enum LineInput: Sendable, Equatable {
    /// A line, without its newline.
    case line(String)
    /// The user pressed Ctrl-C: abandon the line and any statement still being continued.
    case interrupted
    /// The input ended (Ctrl-D on an empty line, or the end of piped input).
    case end
}

/// Where the REPL's lines come from: GNU readline on a terminal, standard input when piped,
/// or a script in tests.
public protocol LineReader {
    /// Reads one line, showing `prompt` when there is someone to show it to; `completer`
    /// offers Tab completions for the session as it is now. It is built only by a reader that
    /// completes: building it lists every name, which piped input of 10,000 definitions
    /// would otherwise pay on every line.
    mutating func read(prompt: String, completer: @autoclosure () -> Completer) -> LineInput
    /// Remembers a finished input in the history.
    mutating func remember(_ entry: String)
    /// How many columns the terminal has now, for fitting tables; nil when not a terminal.
    var columns: Int? { get }
}

extension LineReader {
    public var columns: Int? { nil }
}

/// The two streams the REPL writes to.
public enum REPLStream: Sendable, Equatable {
    /// Results.
    case output
    /// Errors, warnings and notices.
    case error
}

/// Where the REPL's text goes; only the executable writes to the terminal.
public protocol REPLOutput {
    /// Writes text to a stream.
    func write(_ text: String, to stream: REPLStream)
}

/// Reads lines from a fixed list, for tests and scripts.
public struct ScriptedReader: LineReader {
    /// What is still to be read.
    public var inputs: [LineInput]
    /// The prompts shown, in order.
    public private(set) var prompts: [String] = []
    /// The history entries remembered, in order.
    public private(set) var history: [String] = []
    /// The terminal width to report; nil for none.
    public var columns: Int?

    /// Makes a reader that returns each line in turn and then `.end`.
    public init(_ lines: [String]) {
        inputs = lines.map { .line($0) }
    }

    /// Makes a reader that returns each input in turn and then `.end`.
    public init(inputs: [LineInput]) {
        self.inputs = inputs
    }

    public mutating func read(prompt: String, completer: @autoclosure () -> Completer) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .end : inputs.removeFirst()
    }

    public mutating func remember(_ entry: String) {
        history.append(entry)
    }
}

/// Reads piped standard input: no prompt, no history, no line editing.
public struct StandardInputReader: LineReader {
    /// Makes a reader.
    public init() {}

    public mutating func read(prompt: String, completer: @autoclosure () -> Completer) -> LineInput {
        readLine(strippingNewline: true).map { .line($0) } ?? .end
    }

    public mutating func remember(_ entry: String) {}
}
