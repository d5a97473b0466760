import REPL

/// Collects what the REPL writes, stream by stream.
final class CollectedOutput: REPLOutput {
    var output = ""
    var errors = ""
    /// Both streams in the order written, as a terminal shows them.
    var screen = ""

    func write(_ text: String, to stream: REPLStream) {
        screen += text
        switch stream {
        case .output: output += text
        case .error: errors += text
        }
    }
}

/// What running some lines through a REPL gave.
struct Transcript {
    var output: String
    var errors: String
    var screen: String
    var status: REPL.End
    var prompts: [String]
    var history: [String]
    var repl: REPL
}

/// Runs lines through a REPL as a user (interactive) or a script (piped) would.
func transcript(_ inputs: [LineInput], mode: REPL.Mode = .interactive) -> Transcript {
    var repl = REPL(mode: mode)
    var reader = ScriptedReader(inputs: inputs)
    let collected = CollectedOutput()
    let status = repl.run(reader: &reader, output: collected)
    var output = collected.output
    let banner = "tnb: type :help for help, :quit or Ctrl-D to leave\n"
    if output.hasPrefix(banner) { output.removeFirst(banner.count) }
    var screen = collected.screen
    if screen.hasPrefix(banner) { screen.removeFirst(banner.count) }
    return Transcript(
        output: output, errors: collected.errors, screen: screen, status: status, prompts: reader.prompts,
        history: reader.history, repl: repl)
}

func transcript(_ lines: [String], mode: REPL.Mode = .interactive) -> Transcript {
    transcript(lines.map { .line($0) }, mode: mode)
}
