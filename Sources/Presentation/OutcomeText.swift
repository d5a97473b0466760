import Diagnostics
import Evaluation
import Notebook
import Units

/// The words for a statement's outcome: the one place that turns what a statement gave into
/// the lines the REPL echoes, `tnb eval` prints, the docs show and reports summarise.
public struct OutcomeText: Sendable {
    /// How values are shown.
    public var formatter: ValueFormatter

    /// Makes the words with a value formatter.
    public init(formatter: ValueFormatter = ValueFormatter()) {
        self.formatter = formatter
    }

    /// The echo of an outcome, ending in a newline; empty when it shows nothing. With
    /// `definitions` (the REPL), a definition shows as `name = value (was old)`, `defined f(x)`,
    /// `defined unit seat` or `as of Q3 2026`; without (`tnb eval`), definitions are silent.
    public func echo(_ outcome: Outcome, definitions: Bool) -> String {
        switch outcome {
        case .value(let value):
            return formatter.display(value) + "\n"
        case .binding(let name, let value, let previous):
            guard definitions else { return "" }
            let shown = formatter.inlineDisplay(value)
            var out = "\(name) = \(shown)"
            if let previous, formatter.inlineDisplay(previous) != shown {
                out += " (was \(formatter.inlineDisplay(previous)))"
            }
            return out + "\n"
        case .function(let name, let parameters):
            return definitions ? "defined \(name)(\(parameters.joined(separator: ", ")))\n" : ""
        case .unit(let unit):
            return definitions ? "defined unit \(unit.name)\n" : ""
        case .heading(_, let text):
            return text + "\n"
        case .prose(let parts):
            return formatter.display(parts) + "\n"
        case .assertion(let truth, let value):
            return assertionLine(truth, chance: value.chance) + "\n"
        case .asOf(let period):
            return definitions ? "as of \(period)\n" : ""
        case .scenario(let scenario):
            return definitions ? scenarioLine(scenario) + "\n" : ""
        }
    }

    /// `scenario bull: growth = 25%, churn = 2%`, each value as it will be used.
    public func scenarioLine(_ scenario: ScenarioValues) -> String {
        let settings = scenario.settings.map { "\($0.name) = \(formatter.inlineDisplay($0.value))" }
        return "scenario \(scenario.name): " + settings.joined(separator: ", ")
    }

    /// `assert: passed`, or `assert: FAILED (maybe): holds for only part of the range`.
    public func assertionLine(_ truth: Truth, chance: Double? = nil) -> String {
        "assert: " + truth.assertionVerdict(chance: chance) + (truth.assertionNote.map { ": " + $0 } ?? "")
    }

    /// `  share = 28% → 23.3%` for a value a redefinition changed, or nil when it shows the
    /// same; `failure` is what to show for a value that could not be recomputed.
    public func changeLine(_ name: String, old: Value?, new: Value?, failure: @autoclosure () -> String = "(failed)")
        -> String?
    {
        let before = old.map(formatter.inlineDisplay) ?? "(failed)"
        let after = new.map(formatter.inlineDisplay) ?? failure()
        return before == after ? nil : "  \(name) = \(before) → \(after)\n"
    }

    /// `spend is $7M/yr; payroll is $25M/yr` for the sides of a failed assertion; sides that
    /// show as written (`4.5`, `$20M/yr`) are left out; nil when none is left.
    public func sides(_ sides: [AssertionSide]) -> String? {
        let parts = sides.compactMap { side -> String? in
            let display = formatter.inlineDisplay(side.value)
            return display == side.text ? nil : side.text + " is " + display
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

extension Truth {
    /// How a report shows an assertion with this result.
    public var assertionVerdict: String {
        switch self {
        case .yes: "passed"
        case .no: "FAILED"
        case .maybe: "FAILED (maybe)"
        }
    }

    /// The verdict with the chance that a `maybe` holds: `FAILED (maybe: 37% chance it holds)`.
    public func assertionVerdict(chance: Double?) -> String {
        guard self == .maybe, let chance else { return assertionVerdict }
        return "FAILED (maybe: \(Truth.chanceText(chance)) chance it holds)"
    }

    /// A sampled chance as a percentage, never "0%" or "100%" for what is only likely.
    public static func chanceText(_ chance: Double) -> String {
        if chance > 0, chance < 0.001 { return "under 0.1%" }
        if chance < 1, chance > 0.999 { return "over 99.9%" }
        let percent = chance * 100
        let scale = percent < 1 || percent > 99 ? 10.0 : 1.0
        return NumberFormatter(significant: 3).format((percent * scale).rounded() / scale) + "%"
    }

    /// Why an assertion with this result failed, when it is not plain.
    public var assertionNote: String? {
        self == .maybe ? "holds for only part of the range" : nil
    }
}

extension OutcomeText {
    /// The error for an assertion that did not hold: what failed, and the values of the sides
    /// of its comparison.
    public func assertionDiagnostic(
        condition: String, truth: Truth, chance: Double? = nil, span: Span, sides: [AssertionSide]
    ) -> Diagnostic {
        var verdict = truth == .maybe ? "holds for only part of the range" : "is false"
        if truth == .maybe, let chance { verdict += " (\(Truth.chanceText(chance)) chance it holds)" }
        return Diagnostic(
            id: "assertion-failed", message: "assertion failed: '\(condition)' \(verdict)", span: span,
            notes: self.sides(sides).map { [$0] } ?? [])
    }
}

extension NotebookRun {
    /// A diagnostic for each failed assertion, for the terminal.
    public func assertionDiagnostics(_ words: OutcomeText = OutcomeText()) -> [Diagnostic] {
        failedAssertions.map { failure in
            var span = failure.entry.statement.span
            if case .assertion(let condition) = failure.entry.statement.kind { span = condition.span }
            var chance: Double?
            if case .assertion(_, let value)? = failure.entry.outcome { chance = value.chance }
            var diagnostic = words.assertionDiagnostic(
                condition: notebook.source.text(of: span), truth: failure.truth, chance: chance, span: span,
                sides: failure.entry.sides)
            if let scenario { diagnostic.notes.append("in scenario '\(scenario)'") }
            return diagnostic
        }
    }
}
