import Diagnostics
import Syntax
import Units

extension Session {
    /// `param name = expr`: binds the default, or the override given for `name`, which must have
    /// the default's dimension.
    mutating func bindParam(_ name: Name, _ expr: Expr, _ statement: Statement, changes: inout [Change])
        throws(EvalError) -> Outcome
    {
        try checkDefinable(name, statement)
        let previous = environment.values[name.text]
        let value: Value
        do {
            let defaultValue = try evaluate(expr, naming: name.text, from: statement.span.start)
            if var override = options.paramOverrides[name.text] {
                try Session.checkOverride(override, against: defaultValue, name: name.text, expr.span)
                if let quantity = override.quantity, quantity.isRange {
                    override.kind = .quantity(
                        quantity.renamed(InputName(name.text, variant: " set")))
                }
                value = override
            } else {
                value = defaultValue
            }
        } catch {
            bind(name.text, statement, value: nil, changes: &changes)
            throw error
        }
        bind(name.text, statement, value: value, changes: &changes)
        return .binding(name: name.text, value: value, previous: previous)
    }

    /// Refuses an override whose dimension (or kind) differs from the default's: a `--set` value,
    /// or the value `scenario` gives a param.
    static func checkOverride(
        _ override: Value, against defaultValue: Value, name: String, _ span: Span, scenario: String? = nil
    ) throws(EvalError) {
        func mismatch(found: String, expected: String) -> EvalErrorKind {
            if let scenario {
                return .scenarioValueMismatch(
                    scenario: scenario, name: name, value: override.messageText, found: found,
                    defaultValue: defaultValue.messageText, expected: expected)
            }
            return .paramOverrideMismatch(
                name: name, value: override.messageText, found: found, defaultValue: defaultValue.messageText,
                expected: expected)
        }
        if let given = override.quantity, let expected = defaultValue.quantity, given.dimension == expected.dimension {
            // A percentage or multiplier default keeps its kind: `--set g=0.2` for `param g = 15%`
            // would otherwise be read as 0.2%, or as a factor, depending on where g is used.
            guard expected.unit.isNone, expected.style != .plain, given.style != expected.style else { return }
            var error = EvalError(mismatch(found: Session.kind(of: given), expected: Session.kind(of: expected)), span)
            var meant = given
            meant.style = expected.style
            var hint = "write \(meant.display())"
            if expected.style == .percent, given.style == .plain, abs(given.high) >= 1 {
                // `--set share=30` more likely means 30% than 3,000%.
                hint += " for \(given.display()) as a share, or \(given.display())% for \(given.display()) percent"
            }
            error.extraNotes = [hint]
            throw error
        }
        if override.quantity == nil, defaultValue.quantity == nil,
            override.kindDescription == defaultValue.kindDescription
        {
            return
        }
        throw EvalError(
            mismatch(
                found: override.quantity.map(kind) ?? override.kindDescription,
                expected: defaultValue.quantity.map(kind) ?? defaultValue.kindDescription),
            span)
    }

    /// What a unitless quantity is by its style: a percentage, a multiplier, or its dimension.
    static func kind(of quantity: Quantity) -> String {
        guard quantity.unit.isNone else { return quantity.dimension.description }
        switch quantity.style {
        case .percent: return "a percentage"
        case .multiplier: return "a multiplier"
        case .plain: return quantity.dimension.description
        }
    }

    /// An assert evaluated again in the session as it is now (after redefinitions): its
    /// outcome, or nil when it cannot be computed.
    public func recheck(_ statement: Statement) -> Outcome? {
        guard case .assertion(let condition) = statement.kind else { return nil }
        let analysis = stepBudget.analysis
        return AnalysisBudget.$current.withValue(analysis) { try? checkAssertion(condition) }
    }

    /// `assert expr`: evaluates a comparison; failing is a result, not an error.
    func checkAssertion(_ expr: Expr) throws(EvalError) -> Outcome {
        let value = try evaluate(expr)
        guard case .truth(let truth, _) = value.kind else {
            throw EvalError(.notACondition(found: value.kindDescription), expr.span)
        }
        return .assertion(truth, value)
    }

    /// The sides of a failed `assert a < b` that use names, each with its text as written and
    /// its value, so a report can show by how much it failed; empty for a non-comparison.
    public func assertionSides(_ condition: Expr, source: SourceFile) -> [AssertionSide] {
        guard case .compare(_, let left, let right) = condition.kind else { return [] }
        var sides: [AssertionSide] = []
        for side in [left, right] {
            if FreeNames.of(side).isEmpty { continue }
            guard let value = try? evaluate(side) else { continue }
            sides.append(AssertionSide(text: source.text(of: side.span), value: value))
        }
        return sides
    }

    /// Evaluates a standalone value written in the language, such as the text of `--set growth=5x`,
    /// with the built-in units and the dataset but no session names.
    /// The diagnostics index into the returned sources.
    public static func evaluateLiteral(_ text: String, name: String)
        -> (value: Value?, diagnostics: [Diagnostic], sources: [SourceFile])
    {
        var scratch = Session()
        let result = scratch.run(text, name: name)
        if result.hasErrors { return (nil, result.diagnostics, scratch.sources) }
        guard result.results.count == 1, case .value(let value)? = result.results[0].outcome else {
            let span = Span(start: 0, end: text.utf8.count)
            let problem = EvalError(.typeMismatch(expected: "one value", found: "'\(text)'"), span)
            return (nil, [problem.diagnostic], scratch.sources)
        }
        return (value, [], scratch.sources)
    }
}

/// One side of a comparison in an `assert`: its source text and its value.
public struct AssertionSide: Sendable {
    /// The side as written: `spend`.
    public var text: String
    /// Its value.
    public var value: Value
}

extension Value {
    /// The value as error messages show it: `$5M`, `Q3 2026`, or what kind it is.
    var messageText: String {
        switch kind {
        case .quantity(let quantity): quantity.display()
        case .truth(let truth, _): truth.rawValue
        case .text(let text): "\"" + text + "\""
        case .period(let period): period.description
        case .table, .series, .truths, .crossing: kindDescription
        }
    }
}
