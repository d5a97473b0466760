import Evaluation
import Notebook
import Units

/// A report's scenario section as cells: one column per scenario, base first, in three parts
/// (values that differ, asserts, `when` answers). Every format lays out the same cells.
struct ScenarioTable {
    /// One part of the section.
    struct Part {
        /// `Values that differ`, `Asserts`, `When`.
        var title: String
        /// Each row: its label, then one cell per scenario.
        var rows: [(label: String, cells: [String])]
    }

    /// The scenarios' names, base first.
    var names: [String]
    /// The parts that have rows.
    var parts: [Part]
    /// What the section says above its tables: what each scenario sets, and the `--set` values
    /// that all of them share.
    var lines: [String]

    init(_ comparison: ScenarioComparison, formatter: ValueFormatter) {
        names = comparison.columns.map(\.name)
        var lines = ["base: the params' defaults"]
        for column in comparison.columns.dropFirst() {
            if let values = column.run.scenarios.first(where: { $0.name == column.name }) {
                lines.append(OutcomeText(formatter: formatter).scenarioLine(values).dropping(prefix: "scenario "))
            }
        }
        if !comparison.setNames.isEmpty {
            let names = comparison.setNames.map { "'\($0)'" }.joined(separator: ", ")
            lines.append("--set \(names) in every scenario: the scenarios' own values for it are not used")
        }
        self.lines = lines
        parts = []
        let valueRows = comparison.values.map { row in
            (label: ScenarioTable.label(row), cells: ScenarioTable.cells(row, formatter: formatter))
        }
        if !valueRows.isEmpty { parts.append(Part(title: "Values that differ", rows: valueRows)) }
        let whenRows = comparison.whens.map { ($0.label, ScenarioTable.cells($0, formatter: formatter)) }
        if !whenRows.isEmpty { parts.append(Part(title: "When", rows: whenRows)) }
        let assertRows = comparison.asserts.map { row in
            (
                label: row.label,
                cells: row.outcomes.map { outcome -> String in
                    guard case .assertion(let truth, let value)? = outcome else { return "error" }
                    return truth.assertionVerdict(chance: value.chance)
                }
            )
        }
        if !assertRows.isEmpty { parts.append(Part(title: "Asserts", rows: assertRows)) }
    }

    /// A value row's label: the name, and for a series the period its last value is of.
    static func label(_ row: ScenarioComparison.Row) -> String {
        for outcome in row.outcomes {
            if case .series(let series)? = value(outcome)?.kind { return "\(row.label) at \(series.last)" }
        }
        return row.label
    }

    /// The value an outcome holds.
    static func value(_ outcome: Outcome?) -> Value? {
        switch outcome {
        case .binding(_, let value, _)?, .value(let value)?: value
        default: nil
        }
    }

    /// A row's cells: each value (a series by its last point), and in each scenario's cell its
    /// change from base where there is one to say.
    static func cells(_ row: ScenarioComparison.Row, formatter: ValueFormatter) -> [String] {
        let values = row.outcomes.map(value)
        let base = values[0].map(shown)
        return values.enumerated().map { index, value in
            guard let value else { return "error" }
            let own = shown(value)
            var text = formatter.inlineDisplay(own)
            if index > 0, let base, let change = change(from: base, to: own, formatter: formatter) {
                text += " (\(change))"
            }
            return text
        }
    }

    /// A series by its last point; any other value as it is.
    static func shown(_ value: Value) -> Value {
        guard case .series(let series) = value.kind else { return value }
        return Value(.quantity(series.points[series.points.count - 1].value), provenance: value.provenance)
    }

    /// `+66.7%` between two single amounts of one unit, `+2 quarters` between two periods;
    /// nil when they are equal or there is nothing simple to say.
    static func change(from base: Value, to value: Value, formatter: ValueFormatter) -> String? {
        switch (base.kind, value.kind) {
        case (.quantity(let old), .quantity(let new)):
            guard !old.isRange, !new.isRange, old.unit == new.unit, old.low != new.low else { return nil }
            if old.style == .percent, new.style == .percent {
                let points = (new.low - old.low) * 100
                return (points > 0 ? "+" : "") + formatter.numbers.format(points) + " points"
            }
            guard old.low != 0 else { return nil }
            let relative = (new.low - old.low) / abs(old.low) * 100
            return (relative > 0 ? "+" : "") + formatter.numbers.format(relative) + "%"
        case (.period(let old), .period(let new)) where !old.isRange && !new.isRange:
            let granularity = old.low.granularity == new.low.granularity ? old.low.granularity : .month
            return periodChange((new.low.firstMonth - old.low.firstMonth) / granularity.months, granularity)
        default:
            return nil
        }
    }
}

/// `+2 quarters`, `-1 month`: a move of whole periods, as the scenario section and `tnb diff`
/// say it; nil for none.
func periodChange(_ steps: Int, _ granularity: Period.Granularity) -> String? {
    guard steps != 0 else { return nil }
    let noun = abs(steps) == 1 ? String(granularity.plural.dropLast()) : granularity.plural
    return (steps > 0 ? "+" : "") + "\(steps) \(noun)"
}

extension String {
    /// The text without a leading prefix, if it has it.
    func dropping(prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }
}
