import ArgumentParser
import Diagnostics
import Evaluation
import Notebook
import Platform
import Presentation

/// `tnb diff NOTEBOOK` or `tnb diff OLD.json NEW.json`: which computed values changed, and why.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show which computed values changed, grouped by what caused the change.",
        discussion: """
            'tnb diff NOTEBOOK' compares the notebook's values in the working tree with the same \
            notebook at git's HEAD (or --against REV); 'tnb diff OLD.json NEW.json' compares two JSON \
            reports. Exit status: 0 nothing changed, 1 something did, 64 usage, 65 a notebook has \
            errors or a report is not JSON, 66 a file or revision cannot be read.
            """
    )

    @Argument(help: "A notebook, or two JSON reports (old, then new).")
    var paths: [String] = []

    @Option(name: .long, help: "The git revision to compare a notebook with (default: HEAD).")
    var against: String = "HEAD"

    @Option(name: .long, help: "Output format: text or json.")
    var format: String = "text"

    func validate() throws {
        guard (1...2).contains(paths.count) else {
            throw ValidationError("give a notebook, or two JSON reports to compare")
        }
        guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
        if paths.count == 2, against != "HEAD" { throw ValidationError("--against compares a notebook with git") }
    }

    func run() throws {
        let reports: (old: JSONValue, new: JSONValue)
        switch paths.count == 2 ? readReports(paths[0], paths[1]) : notebookReports(paths[0], against: against) {
        case .success(let pair): reports = pair
        case .failure(let problem):
            Output.err(problem.text)
            throw problem.status.code
        }
        let diff = ReportDiff(old: reports.old, new: reports.new)
        Output.out(format == "json" ? diff.json : diff.text)
        if !diff.isEmpty { throw ExitStatus.failure.code }
    }

    /// Why there is nothing to compare: the text to print and the status to exit with.
    struct Problem: Error {
        var text: String
        var status: ExitStatus
    }

    /// Two JSON reports, read and parsed.
    func readReports(_ old: String, _ new: String) -> Result<(old: JSONValue, new: JSONValue), Problem> {
        var parsed: [JSONValue] = []
        for path in [old, new] {
            let text: String
            switch Files.read(path) {
            case .success(let read): text = read
            case .failure(let error):
                return .failure(
                    Problem(text: "error: cannot read '\(error.path)': \(error.reason)\n", status: .noInput))
            }
            switch JSON.parse(text) {
            case .success(let value) where value["values"] != nil: parsed.append(value)
            case .success:
                return .failure(Problem(text: "error: '\(path)' is JSON but not a tnb report\n", status: .dataError))
            case .failure(let error):
                let (line, column) = SourceFile(name: path, text: text).location(of: error.offset)
                return .failure(
                    Problem(text: "\(path):\(line):\(column): error: not JSON: \(error.message)\n", status: .dataError))
            }
        }
        return .success((parsed[0], parsed[1]))
    }

    /// The notebook's report now and at a git revision, each as JSON.
    func notebookReports(_ path: String, against revision: String) -> Result<(old: JSONValue, new: JSONValue), Problem>
    {
        let current: String
        switch Files.read(path) {
        case .success(let read): current = read
        case .failure(let error):
            return .failure(Problem(text: "error: cannot read '\(error.path)': \(error.reason)\n", status: .noInput))
        }
        let (directory, file) = Files.split(path)
        let folder = directory.isEmpty ? "." : directory
        guard let inside = Subprocess.run(["git", "-C", folder, "rev-parse", "--is-inside-work-tree"]) else {
            return .failure(Problem(text: "error: cannot run git, which 'tnb diff NOTEBOOK' needs\n", status: .noInput))
        }
        guard inside.status == 0 else {
            return .failure(Problem(text: "error: '\(path)' is not in a git repository\n", status: .noInput))
        }
        guard let shown = Subprocess.run(["git", "-C", folder, "show", "\(revision):./\(file)"]) else {
            return .failure(Problem(text: "error: cannot run git\n", status: .noInput))
        }
        // A notebook that is new since the revision: every value is new.
        var earlier = ""
        if shown.status == 0 {
            earlier = shown.output
        } else if Subprocess.run(["git", "-C", folder, "rev-parse", "--verify", "--quiet", revision + "^{commit}"])?
            .status != 0
        {
            return .failure(Problem(text: "error: git has no revision '\(revision)'\n", status: .noInput))
        }
        var reports: [JSONValue] = []
        for (text, label) in [(earlier, "\(path) at \(revision)"), (current, path)] {
            let notebook = Notebook(name: label, text: text)
            let run = NotebookRun(notebook)
            if run.hasErrors {
                let rendered = DiagnosticRenderer(colour: Output.useColour(2)).render(
                    run.diagnostics, sources: [notebook.source])
                return .failure(Problem(text: rendered, status: .dataError))
            }
            let scenarios = ScenarioComparison(base: run, overrides: [:], asOf: nil, samples: run.sampler.count)
            let json = JSONRenderer().render(run, scenarios: scenarios)
            guard case .success(let value) = JSON.parse(json) else {
                return .failure(Problem(text: "error: tnb wrote a report it cannot read back\n", status: .dataError))
            }
            reports.append(value)
        }
        return .success((reports[0], reports[1]))
    }
}
