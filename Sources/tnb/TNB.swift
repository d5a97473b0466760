import ArgumentParser
import Platform
import Presentation

/// The `tnb` command: a notebook language for rough business numbers.
@main
struct TNB: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tnb",
        abstract: "A small, fast notebook language for rough business numbers.",
        version: TNB.version,
        subcommands: [
            EvalCommand.self, RunCommand.self, CheckCommand.self, DiffCommand.self, FiguresCommand.self,
            LSPCommand.self, FmtCommand.self,
            ReplCommand.self,
        ],
        defaultSubcommand: ReplCommand.self
    )

    /// What `tnb --version` prints.
    static let version = "tnb 0.2.0"

    /// Runs the command, then fails with 73 if standard output could not be written: a report
    /// or a value that never reached its reader is not a success.
    static func main() {
        var status: Int32 = ExitStatus.success.rawValue
        var caught: Error?
        do {
            var command = try parseAsRoot()
            // An interrupted write removes its temporary file. The REPL keeps Ctrl-C for itself
            // (it abandons the line being typed), so there only SIGTERM and SIGHUP do.
            TemporaryFiles.removeOnSignals(command is ReplCommand ? [SIGTERM, SIGHUP] : [SIGINT, SIGTERM, SIGHUP])
            try command.run()
        } catch {
            status = exitCode(for: error).rawValue
            caught = error
        }
        if let failure = Output.failure {
            Output.err("tnb: cannot write standard output: \(failure)\n")
            Platform.exit(max(status, ExitStatus.cannotCreate.rawValue))
        }
        if let caught { exit(withError: caught) }
    }
}
