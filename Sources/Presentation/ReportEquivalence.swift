import Notebook

/// Whether two texts of a notebook give the same reports: what `tnb fmt` and the language
/// server's formatting check before they change a notebook.
public enum ReportEquivalence {
    /// Whether both texts give byte-identical text and JSON reports (scenarios included) and
    /// the same diagnostics.
    public static func same(_ old: String, _ new: String, name: String) -> Bool {
        func reports(_ text: String) -> [String] {
            let notebook = Notebook(name: name, text: text)
            let run = NotebookRun(notebook)
            let scenarios = ScenarioComparison(base: run, overrides: [:], asOf: nil, samples: run.sampler.count)
            // Where each problem is as a person reads it: its line and column, not its byte offset.
            let diagnostics = run.diagnostics.map { diagnostic in
                let (line, column) = notebook.source.location(of: diagnostic.span.start)
                return "\(diagnostic.id) \(line):\(column) \(diagnostic.message)"
            }
            return [
                TextRenderer().render(run, scenarios: scenarios), JSONRenderer().render(run, scenarios: scenarios),
            ] + diagnostics
        }
        return reports(old) == reports(new)
    }
}
