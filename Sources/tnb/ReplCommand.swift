import ArgumentParser
import Platform
import Presentation
import REPL

/// `tnb repl` (and `tnb` alone): the interactive REPL, or piped statements read line by line.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Explore interactively (the default with no arguments).",
        discussion: """
            On a terminal: GNU readline editing, Tab completion, history in \
            $XDG_STATE_HOME/tnb/history. Type :help inside for commands.
            With standard input not a terminal, statements are read line by line with no prompt; \
            each result is printed and each error names its line (<stdin>:LINE:COLUMN).
            Exit status: 0 success, 65 when a piped line failed.
            """
    )

    @OptionGroup var precision: PrecisionOption
    @OptionGroup var samples: SamplesOption

    func run() throws {
        let interactive = isatty(STDIN_FILENO) == 1
        var repl = REPL(
            mode: interactive ? .interactive : .piped, colour: interactive && Output.useColour(STDOUT_FILENO),
            precision: precision.precision, samples: samples.samples, home: Files.environment("HOME"))
        let end: REPL.End
        if interactive {
            var reader = ReadlineReader(store: HistoryStore.defaultPath().map { HistoryStore(path: $0) })
            end = repl.run(reader: &reader, output: StandardStreams())
        } else {
            var reader = StandardInputReader()
            end = repl.run(reader: &reader, output: StandardStreams())
        }
        if end == .failedInput { throw ExitStatus.dataError.code }
    }
}

/// The REPL's text to standard output and standard error.
struct StandardStreams: REPLOutput {
    func write(_ text: String, to stream: REPLStream) {
        switch stream {
        case .output: Output.out(text)
        case .error: Output.err(text)
        }
    }
}
