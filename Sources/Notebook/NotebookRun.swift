import Dataset
import Diagnostics
import Evaluation
import Syntax
import Units

/// One statement of a run, in document order, with what it gave.
public struct Entry: Sendable {
    /// The statement.
    public var statement: Statement
    /// Its source text on one line.
    public var text: String
    /// The 1-based line it starts on.
    public var line: Int
    /// What it produced; nil when it failed or was not evaluated.
    public var outcome: Outcome?
    /// Whether it is a `param` whose value came from `--set`.
    public var isOverridden: Bool
    /// For a `param` the run's scenario sets (and `--set` does not), the scenario's name.
    public var scenario: String? = nil
    /// For a failed assertion, the sides of its comparison that use names, with their values.
    public var sides: [AssertionSide]
}

/// A notebook evaluated: every statement's result in document order, the problems, the figures used.
public struct NotebookRun: Sendable {
    /// The notebook.
    public let notebook: Notebook
    /// The name reports show: the notebook's file name without its directories.
    public let reportName: String
    /// The period `--as-of` gave, which replaces the notebook's own `as of`, if any.
    public let asOfOverride: Period?
    /// Every statement but the title heading, in document order.
    public private(set) var entries: [Entry] = []
    /// Errors (parse, duplicate, cycle, evaluation), in source order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The dataset figures the values were derived from, in order of first use.
    public private(set) var figures: [Figure] = []
    /// How percentiles and chances were sampled (`--samples`).
    public let sampler: Sampler
    /// The scenario the run is of; nil for the params' defaults (`base`).
    public let scenario: String?
    /// The notebook's scenarios, in document order, with their values (those that were valid).
    public private(set) var scenarios: [ScenarioValues] = []

    /// Evaluates a notebook; `overrides` replace the defaults of its params, and `asOf` (from
    /// `--as-of`) replaces the as-of period, even one the notebook sets with `as of`. With a
    /// `scenario` (one of `scenarios`' names, from a base run), its values replace the defaults
    /// of the params it sets, under `overrides`.
    ///
    /// `as of` statements are header lines: they run first, in document order, whatever the
    /// dependency order, so every projection counts from the same period.
    public init(
        _ notebook: Notebook, overrides: [String: Value] = [:], asOf: Period? = nil,
        samples: Int = Sampler.defaultCount, scenario: ScenarioValues? = nil
    ) {
        self.notebook = notebook
        self.reportName = String(notebook.source.name.split(separator: "/").last ?? "")
        self.asOfOverride = asOf
        self.sampler = Sampler(count: samples)
        self.scenario = scenario?.name
        var fromScenario: [String: Value] = [:]
        for setting in scenario?.settings ?? [] where overrides[setting.name] == nil {
            fromScenario[setting.name] = setting.value
        }
        let overrides = overrides.merging(fromScenario) { given, _ in given }
        var options = SessionOptions(allowRedefinition: false, paramOverrides: overrides)
        options.samples = samples
        var session = Session(options: options)
        let file = session.addSource(notebook.source)
        var problems = notebook.parseDiagnostics
        var outcomes = [Outcome?](repeating: nil, count: notebook.statements.count)
        var sides = [[AssertionSide]](repeating: [], count: notebook.statements.count)
        // After a parse error a statement is missing: evaluating the rest would only report its
        // dependents as unknown names.
        if notebook.parseDiagnostics.isEmpty {
            let loaded = session.load(notebook.statements, asOf: asOf)
            problems += loaded.orderDiagnostics
            for (index, result) in loaded.results.enumerated() {
                guard let result else { continue }
                outcomes[index] = result.outcome
                problems += result.diagnostics
            }
            // Once everything is defined, show the sides of each failed assertion.
            for (index, outcome) in outcomes.enumerated() {
                guard case .assertion(let truth, _)? = outcome, truth != .yes,
                    case .assertion(let condition) = notebook.statements[index].kind
                else { continue }
                sides[index] = session.assertionSides(condition, source: session.source(file))
            }
        } else {
            problems += DependencyOrder(notebook.statements).diagnostics
        }
        diagnostics = problems.sorted { $0.span.start < $1.span.start }
        var seen: Set<String> = []
        entries.reserveCapacity(notebook.statements.count)
        for (index, statement) in notebook.statements.enumerated() {
            if index == 0, notebook.hasTitleHeading { continue }
            var overridden = false
            var setBy: String?
            if case .param(let name, _) = statement.kind {
                overridden = overrides[name.text] != nil && fromScenario[name.text] == nil
                if fromScenario[name.text] != nil { setBy = scenario?.name }
            }
            if case .asOf = statement.kind { overridden = asOf != nil }
            if case .scenario(let values)? = outcomes[index] { scenarios.append(values) }
            entries.append(
                Entry(
                    statement: statement, text: notebook.text(of: statement), line: notebook.line(of: statement),
                    outcome: outcomes[index], isOverridden: overridden, scenario: setBy, sides: sides[index]))
            for value in NotebookRun.values(of: outcomes[index]) {
                for id in value.provenance.ids where seen.insert(id).inserted {
                    if let figure = Dataset.figure(id) { figures.append(figure) }
                }
            }
        }
    }

    /// Whether the notebook has errors (and so no report).
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The assertions, in document order, with whether each held.
    public var assertions: [(entry: Entry, truth: Truth)] {
        entries.compactMap { entry in
            if case .assertion(let truth, _)? = entry.outcome { return (entry, truth) }
            return nil
        }
    }

    /// The assertions that did not hold.
    public var failedAssertions: [(entry: Entry, truth: Truth)] { assertions.filter { $0.truth != .yes } }

    /// The values an outcome holds, for provenance.
    static func values(of outcome: Outcome?) -> [Value] {
        switch outcome {
        case .value(let value)?, .binding(_, let value, _)?, .assertion(_, let value)?: return [value]
        case .prose(let parts)?:
            return parts.compactMap {
                if case .value(let value) = $0 { return value }
                return nil
            }
        default: return []
        }
    }
}
