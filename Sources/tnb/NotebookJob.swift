import Dataset
import Diagnostics
import Evaluation
import Notebook
import Platform
import Presentation

/// Runs one notebook as the options say: check, list params, render, or compare with disk.
struct NotebookJob {
    let notebook: Notebook
    let options: RunOptions

    func run() -> NotebookOutcome {
        // The runs are handed back through `kept`, not set on the outcome in a `defer`: a
        // `defer` runs after the returned value is copied, so the runs (and every value of the
        // notebook) would be freed here, one by one, instead of by the process's exit.
        var kept: [NotebookRun] = []
        var outcome = run(keeping: &kept)
        outcome.runs = kept
        return outcome
    }

    func run(keeping kept: inout [NotebookRun]) -> NotebookOutcome {
        var outcome = NotebookOutcome()
        let params = Set(notebook.params.map(\.name.text))
        var overrides: [String: Value] = [:]
        for setting in options.settings where params.contains(setting.name) { overrides[setting.name] = setting.value }
        let base = NotebookRun(notebook, overrides: overrides, asOf: options.asOf, samples: options.samples)
        let renderer = DiagnosticRenderer(colour: options.colour)
        let sources = [notebook.source]
        var run = base
        var comparison: ScenarioComparison?
        defer { kept = [base, run] + (comparison?.columns.map(\.run) ?? []) }
        if !base.hasErrors, let name = options.scenario {
            // `--scenario NAME`: that scenario's report alone.
            if name != "base" {
                guard let scenario = base.scenarios.first(where: { $0.name == name }) else {
                    outcome.fail(.usage, unknownScenario(name, among: base.scenarios.map(\.name)))
                    return outcome
                }
                run = NotebookRun(
                    notebook, overrides: overrides, asOf: options.asOf, samples: options.samples, scenario: scenario)
            }
        } else if !base.hasErrors, options.mode != .params {
            comparison = ScenarioComparison(
                base: base, overrides: overrides, asOf: options.asOf, samples: options.samples)
        }
        // An error in any scenario's run is an error of the notebook, said with its scenario.
        var problems = run.diagnostics
        for column in comparison?.columns.dropFirst() ?? [] {
            for var diagnostic in column.run.diagnostics where diagnostic.severity == .error {
                diagnostic.notes.append("in scenario '\(column.name)'")
                problems.append(diagnostic)
            }
        }
        if problems.contains(where: { $0.severity == .error }) {
            let setProblem = problems.allSatisfy { $0.cause == .commandLine }
            outcome.fail(setProblem ? .usage : .dataError, renderer.render(problems, sources: sources))
            if options.mode == .render, options.format == .json, options.output == nil {
                // As `tnb eval --json` does: the errors as data on standard output (a report file
                // is left as it was).
                let errors = problems.map { "    " + $0.json(sources: sources) }
                outcome.stdout =
                    "{\n  \"notebook\": \(JSON.quote(run.reportName)),\n  \"status\": \"error\",\n  \"errors\": [\n"
                    + errors.joined(separator: ",\n") + "\n  ]\n}\n"
            }
            return outcome
        }
        // A failed assert in any scenario fails the run, and says in which.
        var failures = run.assertionDiagnostics()
        for column in comparison?.columns.dropFirst() ?? [] { failures += column.run.assertionDiagnostics() }
        if !failures.isEmpty, options.mode != .params {
            outcome.fail(.failure, renderer.render(failures, sources: sources))
        }
        switch options.mode {
        case .evaluateOnly:
            break
        case .params:
            outcome.stdout = paramList(run)
        case .render:
            if let problem = NotebookJob.tooLarge(run) {
                outcome.fail(.dataError, renderer.render([problem], sources: sources))
                return outcome
            }
            let report = render(run, comparison)
            if let problem = NotebookJob.tooLarge(report) {
                outcome.fail(.dataError, renderer.render([problem], sources: sources))
                return outcome
            }
            if let path = destination() {
                if Files.isSameFile(path, notebook.source.name) {
                    outcome.fail(.usage, "error: refusing to write the report over the notebook '\(path)'\n")
                } else {
                    // Written with the other reports of the batch (see `BatchRunner.writeReports`).
                    outcome.report = (report, path)
                }
            } else {
                outcome.stdout = report
            }
        case .checkReports:
            if let problem = NotebookJob.tooLarge(run) {
                outcome.fail(.dataError, renderer.render([problem], sources: sources))
                return outcome
            }
            compare(render(run, comparison), figures: run.figures.map(\.id), into: &outcome)
            if !outcome.stdout.isEmpty, let summary = valueSummary(run, comparison) {
                outcome.stdout = summary + outcome.stdout
            }
        }
        return outcome
    }

    /// The most rows of series one report may show, and the most bytes it may have: a run of
    /// thousands of monthly projections is refused before it writes hundreds of megabytes.
    static let maximumSeriesRows = 200_000
    static let maximumReportBytes = 64 << 20

    /// The error for a run whose report would show too many series rows, or nil; it points at
    /// the notebook's first line, since the whole report is at fault.
    static func tooLarge(_ run: NotebookRun) -> Diagnostic? {
        var rows = 0
        for entry in run.entries {
            let value: Value? =
                switch entry.outcome {
                case .value(let value)?, .binding(_, let value, _)?: value
                default: nil
                }
            if case .series(let series)? = value?.kind { rows += series.points.count }
        }
        guard rows > maximumSeriesRows else { return nil }
        return Diagnostic(
            id: "report-too-large",
            message: "the report would show \(rows) rows of projections, over the limit of \(maximumSeriesRows)",
            span: Span(start: 0, end: 0), notes: ["project fewer names, or step quarterly or yearly"])
    }

    /// The error for a rendered report over the size limit, or nil.
    static func tooLarge(_ report: String) -> Diagnostic? {
        let bytes = report.utf8.count
        guard bytes > NotebookJob.maximumReportBytes else { return nil }
        return Diagnostic(
            id: "report-too-large",
            message: "the report would be \(bytes >> 20) MiB, over the limit of \(maximumReportBytes >> 20) MiB",
            span: Span(start: 0, end: 0), notes: ["split the notebook, or show fewer values"])
    }

    func render(_ run: NotebookRun, _ scenarios: ScenarioComparison?) -> String {
        let formatter = ValueFormatter(significant: options.precision)
        // Control characters from the notebook are shown escaped in text and Markdown reports,
        // as on a terminal (JSON escapes them itself).
        return switch options.format {
        case .text:
            ControlCharacters.escaped(
                TextRenderer(width: options.width, formatter: formatter).render(run, scenarios: scenarios))
        case .markdown:
            ControlCharacters.escaped(MarkdownRenderer(formatter: formatter).render(run, scenarios: scenarios))
        case .json: JSONRenderer(formatter: formatter).render(run, scenarios: scenarios)
        case .html: ControlCharacters.escaped(HTMLRenderer(formatter: formatter).render(run, scenarios: scenarios))
        }
    }

    /// Where the report goes: `-o FILE`, `-o DIR/NAME.EXT`, or (to compare) beside the notebook.
    func destination() -> String? { NotebookJob.destination(of: notebook.source.name, options: options) }

    /// Where the report of the notebook at `name` goes with these options, if anywhere.
    static func destination(of name: String, options: RunOptions) -> String? {
        guard let output = options.output else {
            return options.mode == .checkReports
                ? reportPath(beside: name, extension: options.format.fileExtension) : nil
        }
        if output.hasSuffix("/") || Files.isDirectory(output) {
            let directory = output.hasSuffix("/") ? output : output + "/"
            return directory + reportFileName(for: name, extension: options.format.fileExtension)
        }
        return output
    }

    /// Exit 1 with a diff when the report on disk differs from the one just rendered.
    func compare(_ report: String, figures: [String], into outcome: inout NotebookOutcome) {
        guard let path = destination() else { return }
        switch Files.read(path) {
        case .success(let onDisk):
            guard onDisk != report else { return }
            outcome.stdout = datasetNote(old: onDisk, new: report, figures: figures)
            outcome.stdout += LineDiff.unified(old: onDisk, new: report, oldName: path, newName: path + " (rendered)")
            outcome.fail(.failure, "error: report '\(path)' is stale: run 'tnb run' to update it\n")
        case .failure(let error):
            outcome.stdout = LineDiff.unified(old: "", new: report, oldName: "/dev/null", newName: path + " (rendered)")
            outcome.fail(.failure, "error: report '\(path)' is missing: \(error.reason)\n")
        }
    }

    /// Above a stale report's diff: which values changed and why (`tnb diff` of the JSON report
    /// on disk, or of the JSON report beside a text, Markdown or HTML one, against this run).
    func valueSummary(_ run: NotebookRun, _ comparison: ScenarioComparison?) -> String? {
        guard let path = destination() else { return nil }
        var json = path
        if options.format != .json, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") {
            json = path[..<dot] + ".json"
        }
        guard case .success(let text) = Files.read(json), case .success(let old) = JSON.parse(text),
            case .success(let new) = JSON.parse(JSONRenderer().render(run, scenarios: comparison))
        else { return nil }
        let diff = ReportDiff(old: old, new: new)
        guard !diff.isEmpty else { return nil }
        let from = json == path ? "" : " (the values are from \(json))"
        return "Values changed since the report\(from):\n"
            + diff.text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n") + "\n"
    }

    /// Above a stale report's diff: whether the dataset changed since the report was written,
    /// and which of its figures did.
    func datasetNote(old: String, new: String, figures: [String]) -> String {
        let changes = ReportDataset.changes(old: old, new: new, ids: figures)
        guard let version = changes.oldVersion else { return "" }
        var note = "note: the dataset changed since this report (version \(version), now \(Dataset.version))\n"
        for id in changes.figures { note += "note: figure \(id) changed since this report\n" }
        return note
    }

    /// `Notebooks/a.tnb:12: growth = 4x`, one line per param, with `(set)` for overridden ones.
    func paramList(_ run: NotebookRun) -> String {
        let formatter = ValueFormatter(significant: options.precision)
        var out = ""
        for entry in run.entries {
            guard case .param(let name, _) = entry.statement.kind, case .binding(_, let value, _)? = entry.outcome
            else { continue }
            out += "\(notebook.source.name):\(entry.line): \(name.text) = \(formatter.display(value))"
            out += entry.isOverridden ? " (set)\n" : "\n"
        }
        let words = OutcomeText(formatter: formatter)
        for entry in run.entries {
            guard case .scenario(let scenario)? = entry.outcome else { continue }
            out += "\(notebook.source.name):\(entry.line): \(words.scenarioLine(scenario))\n"
        }
        return out
    }

    /// The usage error for `--scenario NAME` naming no scenario of the notebook.
    func unknownScenario(_ name: String, among names: [String]) -> String {
        var text = "error: \(notebook.source.name) has no scenario '\(name)'"
        var search = Suggestion(for: name)
        for candidate in ["base"] + names { search.consider(candidate) }
        if let closest = search.closest { text += "; did you mean '\(closest)'?" }
        let known = (["base"] + names).map { "'\($0)'" }.joined(separator: ", ")
        return text + " (its scenarios: \(known))\n"
    }

    /// A notebook's file name with its extension replaced: `Notebooks/a.tnb` gives `a.txt` for `txt`.
    static func reportFileName(for notebook: String, extension suffix: String) -> String {
        var name = Files.split(notebook).file
        if name.hasSuffix(".tnb") { name.removeLast(4) }
        return name + "." + suffix
    }

    /// The report path beside a notebook: `Notebooks/a.tnb` gives `Notebooks/a.txt`.
    static func reportPath(beside notebook: String, extension suffix: String) -> String {
        Files.split(notebook).directory + reportFileName(for: notebook, extension: suffix)
    }
}
