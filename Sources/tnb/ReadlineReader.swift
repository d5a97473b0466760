@preconcurrency import CReadline
import Platform
import Presentation
import REPL

// State shared with readline's C callbacks, which cannot capture context. Only the main
// thread touches it; the signal handlers only set the flags.
nonisolated(unsafe) private var finishedLine: String?
nonisolated(unsafe) private var lineIsDone = false
nonisolated(unsafe) private var inputEnded = false
nonisolated(unsafe) private var interrupted: sig_atomic_t = 0
nonisolated(unsafe) private var resized: sig_atomic_t = 0
nonisolated(unsafe) private var suspended: sig_atomic_t = 0
nonisolated(unsafe) private var activeCompleter = Completer()
nonisolated(unsafe) private var candidates: [String] = []
nonisolated(unsafe) private var nextCandidate = 0
nonisolated(unsafe) private let applicationName = UnsafePointer(strdup("tnb"))
nonisolated(unsafe) private let statementBreaks = strdup(Completer.breakCharacters(forLine: ""))
nonisolated(unsafe) private let fileNameBreaks = strdup(Completer.breakCharacters(forLine: ":load x"))

/// Called by readline with a finished line (nil at end of input); stops readline from
/// showing the prompt again until the REPL asks for the next line.
private func receiveLine(_ line: UnsafeMutablePointer<CChar>?) {
    if let line {
        finishedLine = String(cString: line)
        free(line)
    } else {
        inputEnded = true
    }
    lineIsDone = true
    rl_callback_handler_remove()
}

/// The text of readline's line up to the cursor.
private func lineBeforeCursor() -> String {
    guard let buffer = rl_line_buffer else { return "" }
    let count = max(0, Int(rl_point))
    return buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
        String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
    }
}

/// readline's completion entry point: the candidates come from the REPL's `Completer`.
private func completeWord(
    _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    rl_attempted_completion_over = 1
    let completion = activeCompleter.complete(lineBeforeCursor())
    candidates = completion.candidates
    nextCandidate = 0
    // readline resets this before each completion, so it is set here, every time.
    rl_completion_append_character = completion.appendsSpace ? 32 : 0
    guard !candidates.isEmpty else { return nil }
    return rl_completion_matches(text) { _, _ in
        guard nextCandidate < candidates.count else { return nil }
        defer { nextCandidate += 1 }
        return strdup(candidates[nextCandidate])
    }
}

/// Reads lines with GNU readline: editing keys, history, Ctrl-R, Tab completion.
///
/// It uses readline's callback interface so that Ctrl-C can end a read: the SIGINT handler
/// only sets a flag, `poll` returns, and the line (and any statement being continued) is
/// abandoned without leaving the REPL.
struct ReadlineReader: LineReader {
    /// The history file, if there is one.
    var store: HistoryStore?
    var lastEntry: String?
    var warnedAboutHistory = false
    /// A warning to show before the next prompt, after the reply it interrupted.
    var pendingWarning: String?

    init(store: HistoryStore?) {
        self.store = store
        rl_readline_name = applicationName
        rl_catch_signals = 0
        rl_catch_sigwinch = 0
        rl_attempted_completion_function = completeWord
        rl_completion_word_break_hook = {
            Completer.breakCharacters(forLine: lineBeforeCursor()) == Completer.breakCharacters(forLine: "")
                ? statementBreaks : fileNameBreaks
        }
        // A parent may have left signals blocked (exec keeps the mask); the REPL needs these.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        for number in [SIGINT, SIGWINCH, SIGHUP, SIGTERM, SIGQUIT, SIGTSTP, SIGCONT] { sigaddset(&wanted, number) }
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
        signal(SIGINT) { _ in interrupted = 1 }
        signal(SIGWINCH) { _ in resized = 1 }
        signal(SIGTSTP) { _ in suspended = 1 }
        using_history()
        stifle_history(Int32(store?.limit ?? 1000))
        for entry in store?.load() ?? [] { add_history(entry) }
        lastEntry = store?.load().last
    }

    mutating func read(prompt: String, completer: @autoclosure () -> Completer) -> LineInput {
        if let warning = pendingWarning {
            Output.err(warning)
            pendingWarning = nil
        }
        activeCompleter = completer()
        finishedLine = nil
        lineIsDone = false
        inputEnded = false
        interrupted = 0
        rl_callback_handler_install(prompt, receiveLine)
        while !lineIsDone {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, -1)
            let pollError = errno  // readline's calls below may change errno
            if interrupted != 0 {
                interrupted = 0
                Output.out("^C\n")
                rl_free_line_state()
                rl_callback_sigcleanup()
                rl_cleanup_after_signal()
                rl_callback_handler_remove()
                return .interrupted
            }
            if resized != 0 {
                resized = 0
                rl_resize_terminal()
            }
            if suspended != 0 {
                suspended = 0
                suspend()
            }
            if ready < 0 {
                if pollError == EINTR { continue }
                rl_callback_handler_remove()
                return .end
            }
            rl_callback_read_char()
        }
        if inputEnded {
            Output.out("\n")
            return .end
        }
        return .line(finishedLine ?? "")
    }

    /// Ctrl-Z: gives the terminal back as it was, stops, and on `fg` takes it again and
    /// redraws the prompt and the line being typed.
    func suspend() {
        rl_deprep_terminal()
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        signal(SIGTSTP) { _ in suspended = 1 }
        rl_prep_terminal(1)
        rl_resize_terminal()
        rl_forced_update_display()
    }

    var columns: Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    mutating func remember(_ entry: String) {
        guard !entry.isEmpty, entry != lastEntry else { return }
        add_history(entry)
        lastEntry = entry
        guard let store, let problem = store.append([entry]), !warnedAboutHistory else { return }
        warnedAboutHistory = true
        let kind = REPLErrorKind.historyNotSaved(path: store.path, reason: problem.lowercasedReason)
        pendingWarning = "warning: \(kind.message) [\(kind.id)]\n"
    }
}
