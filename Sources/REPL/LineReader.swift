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

/// Reads piped standard input: no prompt, no history, no line editing. A line is at most
/// `Files.maximumReadBytes` long (and a byte): a longer one is given cut there, for the parser
/// to report as too large, and reading stops, so input without line breaks (`/dev/zero`)
/// cannot exhaust memory or run for ever.
public struct StandardInputReader: LineReader {
    var buffer: [UInt8] = []
    var start = 0
    var ended = false
    let descriptor: Int32

    /// Makes a reader of a descriptor (standard input by default).
    public init(descriptor: Int32 = STDIN_FILENO) {
        self.descriptor = descriptor
    }

    public mutating func read(prompt: String, completer: @autoclosure () -> Completer) -> LineInput {
        guard !ended else { return .end }
        var line: [UInt8] = []
        while true {
            if let newline = StandardInputReader.newline(in: buffer, from: start) {
                line += buffer[start..<newline]
                start = newline + 1
                return .line(String(decoding: line, as: UTF8.self))
            }
            line += buffer[start...]
            buffer.removeAll(keepingCapacity: true)
            start = 0
            if line.count > Files.maximumReadBytes {
                ended = true
                return .line(String(decoding: line.prefix(Files.maximumReadBytes + 1), as: UTF8.self))
            }
            guard refill() else {
                ended = true
                return line.isEmpty ? .end : .line(String(decoding: line, as: UTF8.self))
            }
        }
    }

    /// The index of the first line feed at or after `start`, if any.
    static func newline(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            while index < buffer.count, buffer[index] != UInt8(ascii: "\n") { index += 1 }
            return index < buffer.count ? index : nil
        }
    }

    /// Reads the next chunk; false at the end of input or on an error.
    mutating func refill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Platform.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            buffer += chunk[0..<count]
            return true
        }
    }

    public mutating func remember(_ entry: String) {}
}
