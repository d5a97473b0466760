import Diagnostics
import Syntax
import Units

/// What one statement gave.
public struct StatementResult: Sendable {
    /// The statement.
    public var statement: Statement
    /// What it produced, or nil when it failed.
    public var outcome: Outcome?
    /// Its problems.
    public var diagnostics: [Diagnostic]
    /// Values recomputed because this statement redefined a name they depend on.
    public var changes: [Change]
}

/// What a statement produced. Indirect: results and report entries copy it, and a reference is
/// cheaper to copy and to keep than a value with its previous value inline.
public indirect enum Outcome: Sendable {
    /// An expression's value.
    case value(Value)
    /// `let name = ...`, with the previous value when it was redefined.
    case binding(name: String, value: Value, previous: Value?)
    /// `let f(a, b) = ...`.
    case function(name: String, parameters: [String])
    /// `unit name`.
    case unit(Unit)
    /// `# Heading`.
    case heading(level: Int, text: String)
    /// `> prose`, with its interpolations evaluated.
    case prose([ProseOutput])
    /// `assert expr`: whether it holds, and the comparison's value (for its provenance).
    case assertion(Truth, Value)
    /// `as of Q3 2026`: the period later statements count from.
    case asOf(Period)
    /// `scenario bull: growth = 25%`: the scenario's values, checked against its params.
    case scenario(ScenarioValues)
}

/// A scenario's name and the values it gives its params, in the order written.
public struct ScenarioValues: Sendable {
    /// One param's value in the scenario.
    public struct Setting: Sendable {
        /// The param.
        public var name: String
        /// Its value in the scenario.
        public var value: Value
        /// Where the value is written.
        public var span: Span
    }

    /// The scenario's name.
    public var name: String
    /// Its values.
    public var settings: [Setting]
    /// Where the scenario is written.
    public var span: Span
}

/// A piece of evaluated prose.
public enum ProseOutput: Sendable {
    case text(String)
    case value(Value)
}

/// A value that changed because something it depends on was redefined.
public struct Change: Sendable {
    /// The defined name whose value changed.
    public var name: String
    /// Its value before, if it had one.
    public var old: Value?
    /// Its value now, or nil when recomputing failed.
    public var new: Value?
}

extension Session {
    /// Runs one parsed statement.
    public mutating func execute(_ statement: Statement) -> StatementResult {
        let analysis = stepBudget.analysis
        return AnalysisBudget.$current.withValue(analysis) { executeStatement(statement) }
    }

    mutating func executeStatement(_ statement: Statement) -> StatementResult {
        var result = StatementResult(statement: statement, outcome: nil, diagnostics: [], changes: [])
        do {
            result.outcome = try outcome(of: statement, changes: &result.changes)
        } catch {
            var error = error
            // The step limit can trip anywhere inside a function body; point at the statement.
            if case .tooManySteps = error.kind { error.span = statement.span }
            if case .dependsOnFailed = error.kind {} else { result.diagnostics.append(error.diagnostic) }
        }
        return result
    }

    mutating func outcome(of statement: Statement, changes: inout [Change]) throws(EvalError) -> Outcome {
        switch statement.kind {
        case .expression(let expr):
            return .value(try evaluate(expr, from: statement.span.start))
        case .letValue(let name, let expr):
            try checkDefinable(name, statement)
            let previous = environment.values[name.text]
            let value: Value
            do {
                value = try evaluate(expr, naming: name.text, from: statement.span.start)
            } catch {
                bind(name.text, statement, value: nil, changes: &changes)
                throw error
            }
            bind(name.text, statement, value: value, changes: &changes)
            return .binding(name: name.text, value: value, previous: previous)
        case .letFunction(let name, let parameters, let body):
            try checkDefinable(name, statement)
            for (index, parameter) in parameters.enumerated() {
                if let first = parameters[..<index].first(where: { $0.text == parameter.text }) {
                    throw EvalError(
                        .duplicateDefinition(parameter.text), parameter.span,
                        related: [("first defined here", first.span)])
                }
            }
            register(Definition(name: name.text, statement: statement), uses: uses(of: statement))
            environment.functions[name.text] = UserFunction(
                name: name.text, parameters: parameters.map(\.text), body: body)
            changes = recomputeDependents(of: name.text)
            return .function(name: name.text, parameters: parameters.map(\.text))
        case .unitDeclaration(let name, let definition):
            return .unit(try declareUnit(name, definition))
        case .heading(let level, let text):
            return .heading(level: level, text: text)
        case .prose(let parts):
            var output: [ProseOutput] = []
            for part in parts {
                switch part {
                case .text(let text): output.append(.text(text))
                case .expression(let expr):
                    output.append(.value(try evaluate(expr)))
                }
            }
            return .prose(output)
        case .param(let name, let expr):
            return try bindParam(name, expr, statement, changes: &changes)
        case .assertion(let expr):
            return try checkAssertion(expr)
        case .project(let projection):
            return .value(try runProjection(projection, statement, changes: &changes))
        case .asOf(let expr):
            let period = try asOfPeriod(expr)
            changes = setAsOf(period)
            return .asOf(period)
        case .scenario(let scenario):
            return .scenario(try defineScenario(scenario, statement))
        }
    }

    /// Evaluates an expression in the current environment. The evaluator's copy of the
    /// environment must be gone before the session mutates it, or every definition would copy
    /// the whole environment (quadratic time), so it lives only inside this call.
    func evaluate(_ expr: Expr, naming name: String = "", from start: Int = 0) throws(EvalError) -> Value {
        var evaluator = Evaluator(environment: environment, budget: stepBudget)
        evaluator.inputKeyPrefix = name
        evaluator.inputKeyBase = start
        return try Session.finite(try evaluator.evaluate(expr), expr.span).inputInItsOwnUnit
    }

    /// The value, or the not-finite error at `span` when a number in it is infinite or not a
    /// number: operations check their own results, and this catches any that did not.
    static func finite(_ value: Value, _ span: Span) throws(EvalError) -> Value {
        guard value.isFinite else { throw EvalError(.notFinite(operation: "compute"), span) }
        return value
    }

    /// Refuses a second definition of a name unless redefinition is allowed, and a
    /// redefinition that would make a name depend on itself.
    func checkDefinable(_ name: Name, _ statement: Statement) throws(EvalError) {
        if definitions[name.text] == nil, definitions.count >= options.maximumDefinitions {
            throw EvalError(.tooManyDefinitions(limit: options.maximumDefinitions), name.span)
        }
        guard let existing = definitions[name.text] else { return }
        guard options.allowRedefinition else {
            var error = EvalError(
                .duplicateDefinition(name.text), name.span, related: [("first defined here", existing.statement.span)])
            let pair = [existing.statement, statement]
            if pair.contains(where: DependencyOrder.isProjectionFrom),
                pair.contains(where: DependencyOrder.isValueDefinition)
            {
                error.extraNotes = [DependencyOrder.projectionFromNote(name.text)]
            }
            throw error
        }
        let uses = FreeNames.of(statement)
        if let path = graph.path(from: uses, to: name.text) {
            throw EvalError(.cyclicDefinition([name.text] + path), name.span)
        }
    }

    /// Binds a definition's value, or records its failure (so that its dependents fail
    /// quietly), then recomputes what depends on it.
    mutating func bind(_ name: String, _ statement: Statement, value: Value?, changes: inout [Change]) {
        register(Definition(name: name, statement: statement), uses: uses(of: statement))
        setValue(value, of: name)
        changes = recomputeDependents(of: name)
    }

    /// The names a statement uses: as `load`'s order worked them out, or worked out now.
    func uses(of statement: Statement) -> Set<String> {
        knownUses ?? FreeNames.of(statement)
    }

    /// Stores a definition and what it uses in the graph, replacing an earlier one.
    mutating func register(_ definition: Definition, uses: Set<String>) {
        definitions[definition.name] = definition
        graph.define(definition.name, uses: uses)
    }

    /// Binds a name to a value, or marks it failed when there is none.
    mutating func setValue(_ value: Value?, of name: String) {
        environment.values[name] = value
        // Most notebooks have no failed definition: then there is nothing to remove (and no
        // string to hash).
        if value == nil {
            environment.failed.insert(name)
        } else if !environment.failed.isEmpty {
            environment.failed.remove(name)
        }
    }

    /// Recomputes every definition that depends on `name`, in dependency order; while a batch
    /// loads, only notes the name (see `load`).
    mutating func recomputeDependents(of name: String) -> [Change] {
        if deferredRecomputation != nil {
            deferredRecomputation?.append(name)
            return []
        }
        // A definition that uses its own name failed already; it is not its own dependent.
        return recompute(graph.dependents(of: [name]).filter { $0 != name })
    }

    /// Recomputes the given definitions, which must be in dependency order.
    mutating func recompute(_ names: [String]) -> [Change] {
        var changes: [Change] = []
        for dependent in names {
            guard let definition = definitions[dependent], definition.hasValue else { continue }
            let old = environment.values[dependent]
            let new = try? value(of: definition, explainingErrors: false)
            setValue(new, of: dependent)
            changes.append(Change(name: dependent, old: old, new: new))
        }
        return changes
    }

    mutating func declareUnit(_ name: Name, _ definition: Expr?) throws(EvalError) -> Unit {
        // A unit answers to its name and its plural: either taken already means the unit is.
        for word in [name.text, Unit.pluralize(name.text)] where environment.units.unit(named: word) != nil {
            throw EvalError(.unitAlreadyDefined(word), name.span)
        }
        guard let definition else {
            let unit = Unit.count(name.text)
            environment.units.declare(unit)
            return unit
        }
        var evaluator = Evaluator(environment: environment, budget: stepBudget)
        let value = try evaluator.evaluate(definition)
        let quantity = try evaluator.quantity(value, definition.span)
        guard !quantity.isRange, quantity.low > 0 else {
            throw EvalError(
                .typeMismatch(expected: "a single positive amount", found: quantity.display()), definition.span)
        }
        // A whole number of units with exact factors keeps an exact factor (`unit sprint = 2 weeks`).
        var exact: Unit.Ratio?
        if quantity.low.rounded() == quantity.low, quantity.low < 1e9,
            let base = UnitProduct.none.exactRatio(to: quantity.unit)
        {
            exact = Unit.Ratio(numerator: Int(quantity.low) * base.denominator, denominator: base.numerator)
        }
        let unit = Unit(
            name: name.text, plural: Unit.pluralize(name.text), short: name.text,
            dimension: quantity.dimension, factor: quantity.low * quantity.unit.factor, exactFactor: exact)
        environment.units.declare(unit)
        return unit
    }
}
