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

    /// The report: one object, one array item per line. With `scenarios`, a `scenarios` array
    /// gives every scenario's settings, values and asserts (base first).
    public func render(_ run: NotebookRun, scenarios: ScenarioComparison? = nil) -> String {
        var formatter = self.formatter
        formatter.sampler = run.sampler
        formatter = formatter.withPercentiles(of: run.entries.compactMap(\.value))
        let parts = items(run, formatter)
        // The same figure object as `tnb eval --json --why` and `tnb figures --json` give.
        let sources = run.figures.map(formatter.json(figure:))
        let passed = run.failedAssertions.isEmpty && (scenarios?.failedAsserts.isEmpty ?? true)
        var out = "{\n"
        out += "  \"notebook\": \(JSON.quote(run.reportName)),\n"
        out += "  \"title\": \(run.notebook.title.map(JSON.quote) ?? "null"),\n"
        out += "  \"as_of\": \((parts.asOf ?? run.asOfOverride?.description).map(JSON.quote) ?? "null"),\n"
        out += "  \"status\": \(JSON.quote(passed ? "pass" : "fail")),\n"
        if let scenario = run.scenario { out += "  \"scenario\": \(JSON.quote(scenario)),\n" }
        out += "  \"values\": " + list(parts.values) + ",\n"
        out += "  \"results\": " + list(parts.results) + ",\n"
        out += "  \"asserts\": " + list(parts.asserts) + ",\n"
        if let scenarios { out += "  \"scenarios\": " + scenarioList(scenarios) + ",\n" }
        out += "  \"sources\": " + list(sources) + ",\n"
        out += "  \"dataset\": " + ReportDataset.json(used: !run.figures.isEmpty) + "\n"
        return out + "}\n"
    }

    /// Each scenario as one object: its name, what it sets, whether its asserts passed, and its
    /// values and asserts as the report's own are given.
    func scenarioList(_ comparison: ScenarioComparison) -> String {
        var objects: [String] = []
        for column in comparison.columns {
            var formatter = self.formatter
            formatter.sampler = column.run.sampler
            formatter = formatter.withPercentiles(of: column.run.entries.compactMap(\.value))
            let parts = items(column.run, formatter)
            let settings = column.run.scenarios.first { $0.name == column.name }?.settings ?? []
            let set = settings.map { setting in
                JSON.object([("name", JSON.quote(setting.name))] + formatter.jsonPairs(setting.value))
            }
            var object = "{\n      \"name\": \(JSON.quote(column.name)),\n"
            object += "      \"status\": \(JSON.quote(column.run.failedAssertions.isEmpty ? "pass" : "fail")),\n"
            object += "      \"settings\": " + list(set, indent: "      ") + ",\n"
            object += "      \"values\": " + list(parts.values, indent: "      ") + ",\n"
            object += "      \"asserts\": " + list(parts.asserts, indent: "      ") + "\n    }"
            objects.append(object)
        }
        return "[\n" + objects.map { "    " + $0 }.joined(separator: ",\n") + "\n  ]"
    }

    /// A run's named values, expression results and asserts as JSON objects, and its as-of.
    func items(_ run: NotebookRun, _ formatter: ValueFormatter)
        -> (values: [String], results: [String], asserts: [String], asOf: String?)
    {
        var values: [String] = []
        var results: [String] = []
        var asserts: [String] = []
        var asOf: String?
        // What each definition uses among the notebook's own names: `tnb diff` follows these to
        // say which value changed because of which.
        let defined = Set(run.entries.compactMap { FreeNames.definedName(of: $0.statement) })
        func origin(_ entry: Entry, _ name: String) -> [(String, String)] {
            let uses = FreeNames.of(entry.statement).intersection(defined).subtracting([name]).sorted()
            return [("source", JSON.quote(entry.text)), ("uses", JSON.array(uses.map(JSON.quote)))]
        }
        for entry in run.entries {
            let place: [(String, String)] = [("line", String(entry.line)), ("source", JSON.quote(entry.text))]
            switch (entry.statement.kind, entry.outcome) {
            case (.param(let name, _), .binding(_, let value, _)?):
                var kind: [(String, String)] = [
                    ("name", JSON.quote(name.text)), ("param", "true"), ("set", entry.isOverridden ? "true" : "false"),
                ]
                if let scenario = entry.scenario { kind.append(("scenario", JSON.quote(scenario))) }
                values.append(
                    JSON.object(
                        kind + [("line", String(entry.line))] + origin(entry, name.text) + formatter.jsonPairs(value)))
            case (.letValue(let name, _), .binding(_, let value, _)?):
                values.append(
                    JSON.object(
                        [("name", JSON.quote(name.text)), ("line", String(entry.line))] + origin(entry, name.text)
                            + formatter.jsonPairs(value)))
            case (.expression, .value(let value)?):
                results.append(JSON.object(place + formatter.jsonPairs(value)))
            case (.project, .value(let value)?):
                // A projection defines its name as a series (after the `let` it may build on).
                let name = FreeNames.definedName(of: entry.statement) ?? ""
                let pairs = [("name", JSON.quote(name)), ("projection", "true"), ("line", String(entry.line))]
                values.append(JSON.object(pairs + origin(entry, name) + formatter.jsonPairs(value)))
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
        return (values, results, asserts, asOf)
    }

    func list(_ items: [String], indent: String = "  ") -> String {
        items.isEmpty ? "[]" : "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n\(indent)]"
    }
}
