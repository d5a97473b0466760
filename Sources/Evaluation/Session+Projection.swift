import Diagnostics
import Syntax
import Units

extension Definition {
    /// Whether recomputing gives the definition a new value: a `let` value, a projection, or a
    /// projected `param` (a param alone keeps its value, which `--set` may have given it).
    var hasValue: Bool {
        switch statement.kind {
        case .letValue, .project: true
        case .param: projection != nil
        default: false
        }
    }
}

extension Session {
    /// The value of a definition: its `let`, then the projection of it if there is one. Errors
    /// come without explanatory notes unless `explainingErrors`.
    func value(of definition: Definition, explainingErrors: Bool = true) throws(EvalError) -> Value {
        try Session.finite(
            try computedValue(of: definition, explainingErrors: explainingErrors), definition.statement.span)
    }

    /// The value of a definition as computed, before the finiteness check.
    func computedValue(of definition: Definition, explainingErrors: Bool) throws(EvalError) -> Value {
        var evaluator = Evaluator(environment: environment, budget: stepBudget)
        evaluator.explainsErrors = explainingErrors
        evaluator.inputKeyPrefix = definition.name
        evaluator.inputKeyBase = definition.statement.span.start
        switch definition.statement.kind {
        case .letValue(_, let expr):
            let base = try evaluator.evaluate(expr).inputInItsOwnUnit
            guard let statement = definition.projection, case .project(let projection) = statement.kind else {
                return base
            }
            return try evaluator.project(projection, base: base)
        case .param(let name, let expr):
            var base: Value
            if let override = options.paramOverrides[name.text] {
                base = override
                if let quantity = override.quantity, quantity.isRange {
                    base.kind = .quantity(
                        quantity.renamed(InputName(name.text, variant: " set")))
                }
            } else {
                base = try evaluator.evaluate(expr)
            }
            guard let statement = definition.projection, case .project(let projection) = statement.kind else {
                return base
            }
            return try evaluator.project(projection, base: base)
        case .project(let projection):
            return try evaluator.project(projection, base: nil)
        default:
            throw EvalError(.typeMismatch(expected: "a value", found: "a function"), definition.statement.span)
        }
    }

    /// Runs `project NAME ...`.
    ///
    /// A projection that builds on the name (no `from`, or a `from` that mentions it) joins the
    /// name's `let`: the definition of the name becomes "the let, projected", with the
    /// dependencies of both, so changing anything either uses recomputes the series. It is not
    /// a second definition, so it is allowed where redefinition is not; projecting the same name
    /// twice is (outside the REPL). A later `let` of the name replaces both. A projection with a
    /// `from` that does not mention the name is a definition of its own.
    mutating func runProjection(_ projection: Projection, _ statement: Statement, changes: inout [Change])
        throws(EvalError) -> Value
    {
        let name = projection.name
        var definition: Definition
        if FreeNames.projectionBase(of: statement) != nil {
            guard let existing = definitions[name.text] else {
                var evaluator = Evaluator(environment: environment, budget: stepBudget)
                _ = try evaluator.lookup(name.text, name.span)
                throw EvalError(.cannotProject(name.text, reason: "it is not defined with 'let' or 'param'"), name.span)
            }
            switch existing.statement.kind {
            case .letValue, .param: break
            case .project where !options.allowRedefinition:
                throw EvalError(
                    .duplicateDefinition(name.text), name.span,
                    related: [("first defined here", existing.statement.span)])
            case .project:
                throw EvalError(.cannotProject(name.text, reason: "it is already a series"), name.span)
            default:
                throw EvalError(.cannotProject(name.text, reason: "it is not defined with 'let' or 'param'"), name.span)
            }
            if let earlier = existing.projection, !options.allowRedefinition {
                throw EvalError(
                    .duplicateDefinition(name.text), name.span, related: [("first projected here", earlier.span)])
            }
            let uses = FreeNames.of(statement).subtracting([name.text])
            if let path = graph.path(from: uses, to: name.text) {
                throw EvalError(.cyclicDefinition([name.text] + path), name.span)
            }
            definition = existing
            definition.projection = statement
            register(definition, uses: FreeNames.of(existing.statement).union(uses))
        } else {
            try checkDefinable(name, statement)
            definition = Definition(name: name.text, statement: statement)
            register(definition, uses: uses(of: statement))
        }
        let value: Value
        do {
            value = try self.value(of: definition)
        } catch {
            setValue(nil, of: name.text)
            changes = recomputeDependents(of: name.text)
            throw error
        }
        setValue(value, of: name.text)
        changes = recomputeDependents(of: name.text)
        return value
    }
}

extension Session {
    /// The period a text names (`Q3 2026`, `Apr 2026`, `2028`, `end of 2026`), as `as of` reads it
    /// from the default as-of; nil when it names none.
    public static func period(_ text: String) -> Period? {
        var session = Session()
        let result = session.run("as of " + text)
        guard !result.hasErrors, result.results.count == 1, case .asOf(let period)? = result.results[0].outcome else {
            return nil
        }
        return period
    }
}

extension Session {
    /// The period of an `as of` statement.
    func asOfPeriod(_ expr: Expr) throws(EvalError) -> Period {
        var evaluator = Evaluator(environment: environment, budget: stepBudget)
        return try evaluator.period(try evaluator.evaluate(expr), expr.span)
    }
}

extension Session {
    /// Sets the as-of period, as `as of` and `--as-of` do: the statements run after this count
    /// from it, and every definition made before it is recomputed counting from it. Returns
    /// what that changed.
    @discardableResult
    public mutating func setAsOf(_ period: Period) -> [Change] {
        let analysis = stepBudget.analysis
        return AnalysisBudget.$current.withValue(analysis) { moveAsOf(to: period) }
    }

    mutating func moveAsOf(to period: Period) -> [Change] {
        options.asOf = period
        environment.asOf = period
        guard !definitions.isEmpty else { return [] }
        return recompute(graph.allInDependencyOrder)
    }
}
