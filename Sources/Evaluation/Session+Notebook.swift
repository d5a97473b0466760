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
            let defaultValue = try evaluate(expr)
            if let override = options.paramOverrides[name.text] {
                try Session.checkOverride(override, against: defaultValue, name: name.text, expr.span)
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

    /// Refuses an override whose dimension (or kind) differs from the default's.
    static func checkOverride(_ override: Value, against defaultValue: Value, name: String, _ span: Span)
        throws(EvalError)
    {
        let formatter = ValueFormatter()
        if let given = override.quantity, let expected = defaultValue.quantity, given.dimension == expected.dimension {
            return
        }
        if override.quantity == nil, defaultValue.quantity == nil,
            override.kindDescription == defaultValue.kindDescription
        {
            return
        }
        throw EvalError(
            .paramOverrideMismatch(
                name: name, value: formatter.display(override), found: override.kindDescription,
                defaultValue: formatter.display(defaultValue), expected: defaultValue.kindDescription),
            span)
    }

    /// `assert expr`: evaluates a comparison; failing is a result, not an error.
    func checkAssertion(_ expr: Expr) throws(EvalError) -> Outcome {
        let value = try evaluate(expr)
        guard case .truth(let truth) = value.kind else {
            throw EvalError(.notACondition(found: value.kindDescription), expr.span)
        }
        return .assertion(truth, value)
    }

    /// The values of the two sides of a failed `assert a < b`, shown as `a is X; b is Y` so a
    /// reader sees by how much it failed. Sides that show as written (`4.5`, `$20M/yr`) are left out; nil for a non-comparison.
    public func assertionOperands(_ condition: Expr, source: SourceFile) -> String? {
        guard case .compare(_, let left, let right) = condition.kind else { return nil }
        let formatter = ValueFormatter()
        var parts: [String] = []
        for side in [left, right] {
            if FreeNames.of(side).isEmpty { continue }
            guard let value = try? evaluate(side) else { continue }
            let text = source.text(of: side.span)
            let display = formatter.inlineDisplay(value)
            if display != text { parts.append(text + " is " + display) }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
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

extension Truth {
    /// How a report shows an assertion with this result.
    public var assertionVerdict: String {
        switch self {
        case .yes: "passed"
        case .no: "FAILED"
        case .maybe: "FAILED (maybe)"
        }
    }

    /// Why an assertion with this result failed, when it is not plain.
    public var assertionNote: String? {
        self == .maybe ? "holds for only part of the range" : nil
    }
}
