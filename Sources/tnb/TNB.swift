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
        subcommands: [EvalCommand.self, RunCommand.self, CheckCommand.self, FiguresCommand.self, ReplCommand.self],
        defaultSubcommand: ReplCommand.self
    )

    /// What `tnb --version` prints.
    static let version = "tnb 0.2.0"
}
