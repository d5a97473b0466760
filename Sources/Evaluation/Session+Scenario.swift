import Diagnostics
import Syntax
import Units

extension Session {
    /// `scenario NAME: PARAM = VALUE, ...`: checks that each name is a param set once, and
    /// evaluates each value on its own (units and figures, no names), checked against the kind
    /// of the param's value as a `--set` value is.
    mutating func defineScenario(_ scenario: Scenario, _ statement: Statement) throws(EvalError) -> ScenarioValues {
        let name = scenario.name.text
        if let first = scenarioSpans[name], first != scenario.name.span, !options.allowRedefinition {
            throw EvalError(
                .duplicateScenario("scenario '\(name)'"), scenario.name.span, related: [("first given here", first)])
        }
        scenarioSpans[name] = scenario.name.span
        var settings: [ScenarioValues.Setting] = []
        for (index, setting) in scenario.settings.enumerated() {
            let param = setting.name.text
            if let first = scenario.settings[..<index].first(where: { $0.name.text == param }) {
                throw EvalError(
                    .duplicateScenario("'\(param)' in scenario '\(name)'"), setting.name.span,
                    related: [("first given here", first.name.span)])
            }
            guard let definition = definitions[param], case .param = definition.statement.kind else {
                throw EvalError(
                    .unknownParam(param, scenario: name, suggestion: closestParam(to: param)), setting.name.span)
            }
            let value = try standaloneValue(setting.value)
            if let current = environment.values[param] {
                try Session.checkOverride(value, against: current, name: param, setting.value.span, scenario: name)
            }
            settings.append(ScenarioValues.Setting(name: param, value: value, span: setting.value.span))
        }
        return ScenarioValues(name: name, settings: settings, span: statement.span)
    }

    /// An expression's value on its own: the session's units and as-of, none of its names.
    func standaloneValue(_ expr: Expr) throws(EvalError) -> Value {
        var standalone = Environment()
        standalone.units = environment.units
        standalone.asOf = environment.asOf
        standalone.sampler = environment.sampler
        var evaluator = Evaluator(environment: standalone, budget: stepBudget)
        do {
            return try Session.finite(try evaluator.evaluate(expr), expr.span)
        } catch {
            var error = error
            if case .unknownName = error.kind {
                error.extraNotes.append(
                    "a scenario's values stand on their own, as '--set' values do: numbers, units and dataset figures")
            }
            throw error
        }
    }

    /// The param whose name is closest to `name`, for did-you-mean.
    func closestParam(to name: String) -> String? {
        var search = Suggestion(for: name)
        for (candidate, definition) in definitions.sorted(by: { $0.key < $1.key }) {
            if case .param = definition.statement.kind { search.consider(candidate) }
        }
        return search.closest
    }
}
