import Diagnostics
import Evaluation
import Syntax
import Units

/// A notebook run under each of its scenarios beside the base run (the params' defaults): the
/// model of a report's side-by-side section.
public struct ScenarioComparison: Sendable {
    /// One run: `base`, or a named scenario.
    public struct Column: Sendable {
        /// `base`, or the scenario's name.
        public var name: String
        /// The run.
        public var run: NotebookRun

        /// Makes a column.
        public init(name: String, run: NotebookRun) {
            self.name = name
            self.run = run
        }
    }

    /// A row of the section: a statement with what it gave in each column (nil where it failed).
    public struct Row: Sendable {
        /// What the row shows on its left: the name, or the statement's text for an assert or
        /// an expression.
        public var label: String
        /// The 1-based line of the statement.
        public var line: Int
        /// The outcome in each column, in column order.
        public var outcomes: [Outcome?]
    }

    /// `base` first, then each scenario in document order.
    public let columns: [Column]
    /// The named values (params, lets, projections) whose values differ between columns.
    public private(set) var values: [Row] = []
    /// Every assert, with its result in each column.
    public private(set) var asserts: [Row] = []
    /// Every `when` (bound to a name or on its own), with its answer in each column.
    public private(set) var whens: [Row] = []
    /// The params `--set` gave, which every scenario shares.
    public let setNames: [String]

    /// Runs every scenario of a base run (`base.scenarios`), with the same `--set` overrides,
    /// as-of and samples; nil when the notebook has no scenarios.
    public init?(base: NotebookRun, overrides: [String: Value], asOf: Period?, samples: Int) {
        guard !base.scenarios.isEmpty else { return nil }
        var columns = [Column(name: "base", run: base)]
        for scenario in base.scenarios {
            let run = NotebookRun(base.notebook, overrides: overrides, asOf: asOf, samples: samples, scenario: scenario)
            columns.append(Column(name: scenario.name, run: run))
        }
        self.init(columns: columns, setNames: overrides.keys.sorted())
    }

    /// The section from runs already made (the first is base); entries line up by position,
    /// since every run is of the same notebook.
    public init(columns: [Column], setNames: [String]) {
        self.columns = columns
        self.setNames = setNames
        let base = columns[0].run
        for (index, entry) in base.entries.enumerated() {
            let outcomes = columns.map { column in
                column.run.entries.indices.contains(index) ? column.run.entries[index].outcome : nil
            }
            switch entry.statement.kind {
            case .assertion:
                asserts.append(Row(label: entry.text, line: entry.line, outcomes: outcomes))
            case .expression(let expr) where ScenarioComparison.isWhen(expr):
                whens.append(Row(label: entry.text, line: entry.line, outcomes: outcomes))
            case .letValue(_, let expr) where ScenarioComparison.isWhen(expr):
                let name = FreeNames.definedName(of: entry.statement) ?? entry.text
                whens.append(Row(label: name, line: entry.line, outcomes: outcomes))
            case .param, .letValue, .project:
                let name = FreeNames.definedName(of: entry.statement) ?? entry.text
                let shown = outcomes.map(ScenarioComparison.key)
                if Set(shown).count > 1 { values.append(Row(label: name, line: entry.line, outcomes: outcomes)) }
            default:
                continue
            }
        }
    }

    /// Whether an expression is a `when` question.
    static func isWhen(_ expr: Expr) -> Bool {
        if case .when = expr.kind { return true }
        return false
    }

    /// A comparable form of an outcome's value: exact bounds, unit and kind, so that values that
    /// merely display alike (`$7.001M` and `$7.002M`) still count as different.
    static func key(_ outcome: Outcome?) -> String {
        guard let outcome else { return "(failed)" }
        switch outcome {
        case .binding(_, let value, _), .value(let value): return key(value)
        default: return String(describing: outcome)
        }
    }

    static func key(_ value: Value) -> String {
        switch value.kind {
        case .quantity(let quantity): return "\(quantity.low)|\(quantity.high)|\(quantity.unit)|\(quantity.style)"
        case .series(let series):
            return series.points.map { "\($0.period):\($0.value.low)|\($0.value.high)" }.joined(separator: ",")
                + "|\(series.points[0].value.unit)"
        default: return String(describing: value.kind)
        }
    }

    /// The scenarios in which an assert failed, by row: `(assert row, scenario names)`.
    public var failedAsserts: [(row: Row, scenarios: [String])] {
        asserts.compactMap { row in
            let failing = zip(columns, row.outcomes).compactMap { column, outcome -> String? in
                if case .assertion(let truth, _)? = outcome, truth != .yes { return column.name }
                return nil
            }
            return failing.isEmpty ? nil : (row, failing)
        }
    }
}
