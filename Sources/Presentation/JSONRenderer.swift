import Dataset
import Diagnostics
import Evaluation
import Notebook
import Syntax

/// Renders a run as JSON: every named value, every assertion with pass or fail, every source.
public struct JSONRenderer: Sendable {
    /// How values are shown.
    public var formatter: ValueFormatter

    /// Makes a renderer.
    public init(formatter: ValueFormatter = ValueFormatter()) {
        self.formatter = formatter
    }

    /// The report: one object, one array item per line.
    public func render(_ run: NotebookRun) -> String {
        var formatter = self.formatter
        formatter.sampler = run.sampler
        formatter = formatter.withPercentiles(of: run.entries.compactMap(\.value))
        var values: [String] = []
        var results: [String] = []
        var asserts: [String] = []
        var asOf: String?
        for entry in run.entries {
            let place: [(String, String)] = [("line", String(entry.line)), ("source", JSON.quote(entry.text))]
            switch (entry.statement.kind, entry.outcome) {
            case (.param(let name, _), .binding(_, let value, _)?):
                let kind: [(String, String)] = [
                    ("name", JSON.quote(name.text)), ("param", "true"), ("set", entry.isOverridden ? "true" : "false"),
                ]
                values.append(JSON.object(kind + [("line", String(entry.line))] + formatter.jsonPairs(value)))
            case (.letValue(let name, _), .binding(_, let value, _)?):
                values.append(
                    JSON.object(
                        [("name", JSON.quote(name.text)), ("line", String(entry.line))] + formatter.jsonPairs(value)))
            case (.expression, .value(let value)?):
                results.append(JSON.object(place + formatter.jsonPairs(value)))
            case (.project, .value(let value)?):
                // A projection defines its name as a series (after the `let` it may build on).
                let name = FreeNames.definedName(of: entry.statement) ?? ""
                let pairs = [("name", JSON.quote(name)), ("projection", "true"), ("line", String(entry.line))]
                values.append(JSON.object(pairs + formatter.jsonPairs(value)))
            case (.asOf, .asOf(let period)?):
                asOf = period.description
            case (.assertion, .assertion(let truth, let value)?):
                var pairs =
                    place + [
                        ("result", JSON.quote(truth == .yes ? "pass" : "fail")), ("truth", JSON.quote(truth.rawValue)),
                    ]
                if let note = entry.assertionNote { pairs.append(("note", JSON.quote(note))) }
                if !value.provenance.ids.isEmpty {
                    pairs.append(("sources", JSON.array(value.provenance.ids.map(JSON.quote))))
                }
                asserts.append(JSON.object(pairs))
            default:
                continue
            }
        }
        // The same figure object as `tnb eval --json --why` and `tnb figures --json` give.
        let sources = run.figures.map(formatter.json(figure:))
        let passed = run.failedAssertions.isEmpty
        var out = "{\n"
        out += "  \"notebook\": \(JSON.quote(run.reportName)),\n"
        out += "  \"title\": \(run.notebook.title.map(JSON.quote) ?? "null"),\n"
        out += "  \"as_of\": \((asOf ?? run.asOfOverride?.description).map(JSON.quote) ?? "null"),\n"
        out += "  \"status\": \(JSON.quote(passed ? "pass" : "fail")),\n"
        out += "  \"values\": " + list(values) + ",\n"
        out += "  \"results\": " + list(results) + ",\n"
        out += "  \"asserts\": " + list(asserts) + ",\n"
        out += "  \"sources\": " + list(sources) + ",\n"
        out += "  \"dataset\": " + ReportDataset.json(used: !run.figures.isEmpty) + "\n"
        return out + "}\n"
    }

    func list(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
    }
}
