import Diagnostics
import Evaluation
import Notebook
import Platform
import Presentation

/// What running one notebook gave: text for standard output and error, and a status.
public struct NotebookOutcome: Sendable {
    /// Text for standard output.
    public var stdout = ""
    /// Text for standard error.
    public var stderr = ""
    /// The status.
    var status = ExitStatus.success
    /// A report to write, and where.
    var report: (text: String, path: String)? = nil
    /// The runs behind the outcome, kept so that they are freed by the process's exit rather
    /// than one value at a time (freeing a 100,000-line session costs about a tenth of its run).
    var runs: [NotebookRun] = []

    mutating func fail(_ status: ExitStatus, _ text: String) {
        stderr += text
        self.status = max(self.status, status)
    }
}

/// Runs notebooks concurrently, one per core, and gives their outcomes in the order given.
public enum BatchRunner {
    /// Runs every notebook; a broken one does not stop the others.
    static func run(_ paths: [String], options: RunOptions) -> (outcomes: [NotebookOutcome], status: ExitStatus) {
        if paths.count > 1, let output = options.output, options.mode == .render || options.mode == .checkReports,
            !output.hasSuffix("/"), !Files.isDirectory(output)
        {
            return usage("-o '\(output)' must be a directory when running several notebooks")
        }
        if options.mode == .render, let problem = collision(paths, options: options) { return usage(problem) }
        let notebooks = concurrently(paths.count) { index in
            Files.read(paths[index]).map { Notebook(name: paths[index], text: $0) }
        }
        let known = Set(notebooks.flatMap { (try? $0.get())?.params.map(\.name.text) ?? [] })
        for setting in options.settings where !known.contains(setting.name) {
            let suggestion =
                Suggestion.closest(to: setting.name, among: Array(known)).map { " (did you mean '\($0)'?)" } ?? ""
            return usage("--set '\(setting.name)': no notebook has a param '\(setting.name)'\(suggestion)")
        }
        var outcomes = concurrently(paths.count) { index in
            switch notebooks[index] {
            case .failure(let error):
                var outcome = NotebookOutcome()
                outcome.fail(.noInput, "error: cannot read '\(error.path)': \(error.reason)\n")
                return outcome
            case .success(let notebook):
                return NotebookJob(notebook: notebook, options: options).run()
            }
        }
        writeReports(&outcomes)
        return (outcomes, outcomes.map(\.status).max() ?? .success)
    }

    /// Writes the outcomes' reports together, so the disk is flushed once per directory
    /// rather than once per report; a report that cannot be written fails its notebook.
    static func writeReports(_ outcomes: inout [NotebookOutcome]) {
        let writing = outcomes.indices.filter { outcomes[$0].report != nil }
        let results = Files.writeAtomically(writing.compactMap { outcomes[$0].report })
        for (index, result) in zip(writing, results) {
            outcomes[index].report = nil
            if case .failure(let error) = result {
                outcomes[index].fail(.cannotCreate, "error: cannot write '\(error.path)': \(error.reason)\n")
            }
        }
    }

    /// A report that would be written over another of the run's reports, or over one of its
    /// inputs (`tnb run d/a.tnb d/a.txt -o d/`): the problem in words, or nil.
    static func collision(_ paths: [String], options: RunOptions) -> String? {
        var writers: [String: String] = [:]
        // Each input is looked at once, by name and by identity: a batch of a thousand notebooks
        // made two million `stat` calls when every destination was compared with every input.
        var inputsByName: [String: String] = [:]
        var inputsByIdentity: [Files.Identity: String] = [:]
        for path in paths {
            inputsByName[normalised(path)] = inputsByName[normalised(path)] ?? path
            if let identity = Files.identity(of: path) {
                inputsByIdentity[identity] = inputsByIdentity[identity] ?? path
            }
        }
        for path in paths {
            guard let destination = NotebookJob.destination(of: path, options: options) else { continue }
            let key = normalised(destination)
            if let other = writers[key] {
                return "the reports of '\(other)' and '\(path)' would both be written to '\(destination)'"
            }
            writers[key] = path
            if let input = inputsByName[key] ?? Files.identity(of: destination).flatMap({ inputsByIdentity[$0] }) {
                return "refusing to write the report of '\(path)' over '\(input)', an input of this run"
            }
        }
        return nil
    }

    /// A path without `./` parts and doubled slashes, to compare two spellings of one path.
    static func normalised(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.joined(separator: "/")
    }

    static func usage(_ message: String) -> (outcomes: [NotebookOutcome], status: ExitStatus) {
        ([NotebookOutcome(stdout: "", stderr: UsageError(message).text, status: .usage)], .usage)
    }
}
