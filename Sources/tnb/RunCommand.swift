import ArgumentParser
import Evaluation
import Notebook
import Platform
import Presentation
import Units

/// `tnb run NOTEBOOK...`: evaluates notebooks and writes their reports.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run notebooks and render their reports.",
        discussion: """
            Reports go to standard output, or to -o FILE (one notebook) or -o DIR (DIR/NAME.txt, .md \
            or .json). Reports are written atomically: a failed run leaves the previous report intact.
            Exit status: 0 all good, 1 an assert failed (or --check found a stale report), \
            64 usage, 65 a notebook has errors, 66 a notebook cannot be read, 73 a report cannot be \
            written. With several notebooks the highest status wins.
            """
    )

    @Argument(help: "The .tnb notebooks to run.")
    var notebooks: [String] = []

    @Option(name: .shortAndLong, help: "Write the report to FILE, or into DIR.")
    var output: String?

    @Option(name: .long, help: "Report format: text, markdown, json or html (default: from -o's extension, else text).")
    var format: String?

    @OptionGroup var set: SetOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var precision: PrecisionOption
    @OptionGroup var samples: SamplesOption

    @Flag(name: .long, help: "Compare the rendered report with the one on disk; exit 1 with a diff when stale.")
    var check = false

    @Flag(name: .long, help: "List each notebook's params and scenarios, with their values.")
    var params = false

    @Option(name: .long, help: "Render the report of one scenario alone ('base' for the params' defaults).")
    var scenario: String?

    @Option(name: .long, help: "Width of the text report in columns (40-400).")
    var width: Int = 80

    func validate() throws {
        guard !notebooks.isEmpty else { throw ValidationError("give at least one notebook") }
        _ = try reportFormat()
        guard (40...400).contains(width) else { throw ValidationError("--width must be between 40 and 400") }
        guard !(check && params) else { throw ValidationError("--check and --params cannot be used together") }
    }

    /// `--format`, or the format `-o FILE`'s extension names (`.txt`, `.md`, `.json`, `.html`), or text;
    /// a `--format` that contradicts the extension is a usage error.
    func reportFormat() throws -> ReportFormat {
        let named = output.flatMap { path -> ReportFormat? in
            guard !path.hasSuffix("/"), let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else {
                return nil
            }
            let suffix = path[path.index(after: dot)...]
            return ReportFormat.allCases.first { $0.fileExtension == suffix }
        }
        guard let format else { return named ?? .text }
        guard let given = ReportFormat(rawValue: format) else {
            throw ValidationError("--format must be text, markdown, json or html, not '\(format)'")
        }
        if let named, named != given, let output {
            throw ValidationError("--format \(format) does not match -o '\(output)' (a .\(named.fileExtension) file)")
        }
        return given
    }

    func run() throws {
        let mode: RunMode = params ? .params : check ? .checkReports : .render
        try BatchCommand.run(
            notebooks, mode: mode, format: try reportFormat(), width: width, output: output, settings: set.settings,
            asOf: asOf.period, precision: precision.precision, samples: samples.samples, scenario: scenario)
    }
}

/// `tnb check NOTEBOOK...`: parses and evaluates notebooks without rendering.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check notebooks for errors and failed asserts, without rendering reports.",
        discussion: """
            Prints nothing when all is well. Exit status as for 'tnb run': 0 all good, 1 an assert \
            failed, 65 a notebook has errors, 66 a notebook cannot be read, 64 usage.
            """
    )

    @Argument(help: "The .tnb notebooks to check.")
    var notebooks: [String] = []

    @OptionGroup var set: SetOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var samples: SamplesOption

    func validate() throws {
        guard !notebooks.isEmpty else { throw ValidationError("give at least one notebook") }
    }

    func run() throws {
        try BatchCommand.run(
            notebooks, mode: .evaluateOnly, format: .text, width: 80, output: nil, settings: set.settings,
            asOf: asOf.period, samples: samples.samples)
    }
}

/// What `run` and `check` share: parse the settings, run the batch, print in order, exit.
enum BatchCommand {
    static func run(
        _ paths: [String], mode: RunMode, format: ReportFormat, width: Int, output: String?, settings: [String],
        asOf: Period? = nil, precision: Int = 3, samples: Int = Sampler.defaultCount, scenario: String? = nil
    ) throws {
        let colour = Output.useColour(2)
        var parsed: [ParamSetting] = []
        for argument in settings {
            switch ParamSetting.parse(argument, colour: colour) {
            case .success(let setting) where parsed.contains { $0.name == setting.name }:
                Output.err(UsageError("--set '\(setting.name)' is given twice; give each param once").text)
                throw ExitStatus.usage.code
            case .success(let setting): parsed.append(setting)
            case .failure(let error):
                Output.err(error.text)
                throw ExitStatus.usage.code
            }
        }
        var options = RunOptions(
            mode: mode, format: format, width: width, output: output, settings: parsed, colour: colour, asOf: asOf,
            precision: precision, samples: samples)
        options.scenario = scenario
        let (outcomes, status) = BatchRunner.run(paths, options: options)
        // Freed by the exit, all at once, rather than value by value as the function returns.
        Lifetime.keepUntilExit(outcomes)
        var printed = false
        for outcome in outcomes {
            // Reports of several notebooks on standard output are one blank line apart.
            if printed, !outcome.stdout.isEmpty, mode == .render { Output.out("\n") }
            printed = printed || !outcome.stdout.isEmpty
            Output.out(outcome.stdout)
            Output.err(outcome.stderr)
        }
        if status != .success { throw status.code }
    }
}
