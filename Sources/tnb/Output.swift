import Platform
import Presentation

/// Writes text to standard output or standard error in one call, with control characters
/// from the input shown escaped (see `ControlCharacters`), and remembers a write that failed.
enum Output {
    static func out(_ text: String) { write(text, to: STDOUT_FILENO) }
    static func err(_ text: String) { write(text, to: STDERR_FILENO) }

    /// The first write to standard output that failed, with the system's reason: a full disk,
    /// a closed pipe. The command then exits 73 (see `TNB.main`).
    nonisolated(unsafe) static var failure: String?

    /// Writes bytes a protocol frames (`tnb lsp`'s messages, whose JSON escapes what it must)
    /// exactly as given.
    static func protocolOut(_ text: String) { write(text, to: STDOUT_FILENO, escaping: false) }

    /// Writes all of `text`, retrying after partial writes and interrupts.
    static func write(_ text: String, to descriptor: Int32, escaping: Bool = true) {
        guard !text.isEmpty else { return }
        var text = escaping ? ControlCharacters.escaped(text, keepingColour: true) : text
        let problem: Int32? = text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Platform.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let problem, descriptor == STDOUT_FILENO, failure == nil {
            failure = String(cString: strerror(problem))
        }
    }

    /// Whether a stream is a terminal and colours are allowed (never with NO_COLOR set).
    static func useColour(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1 && getenv("NO_COLOR") == nil
    }

    /// Standard input, up to the most tnb reads from one source (and a byte more, so that the
    /// parser can say it is too large).
    static func readStandardInput() -> String {
        (try? Files.readAll(STDIN_FILENO, name: "<stdin>").get()) ?? ""
    }
}

/// Values that live until the process exits: a batch's sessions hold millions of small values,
/// and letting the exit reclaim them at once is faster than freeing each in turn.
enum Lifetime {
    nonisolated(unsafe) static var kept: [Any] = []

    /// Keeps `value` alive until the process exits. Only the main thread calls this.
    static func keepUntilExit(_ value: Any) { kept.append(value) }
}
