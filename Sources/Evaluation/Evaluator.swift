import Dataset
import Diagnostics
import Syntax
import Units

/// Evaluates expressions in an environment. One evaluator serves one statement.
struct Evaluator {
    /// How deeply user functions may call each other.
    static let maximumCallDepth = 64

    let environment: Environment
    var locals: [String: Value] = [:]
    var callDepth = 0
    /// The steps of the whole run, shared with every other evaluator of the session.
    let budget: StepBudget
    /// Whether errors carry notes that explain them (the operands' values): off where errors
    /// are dropped, as when recomputing dependents, since the notes cost more than the arithmetic.
    var explainsErrors = true
    /// What the ranges this evaluator makes are called: the definition's name, so that their
    /// samples stay the same when lines elsewhere in the notebook change.
    var inputKeyPrefix = ""
    /// Where the statement starts, so that a range's key does not move with earlier lines.
    var inputKeyBase = 0
    /// Counts user-function calls, so that a range written in a function is a new input (with
    /// its own samples) at each call.
    var calls = 0

    init(environment: Environment, budget: StepBudget = StepBudget()) {
        self.environment = environment
        self.budget = budget
    }

    /// Evaluates an expression.
    mutating func evaluate(_ expr: Expr) throws(EvalError) -> Value {
        guard budget.spend() else { throw EvalError(.tooManySteps(limit: budget.limit), expr.span) }
        switch expr.kind {
        case .number(let literal):
            return .quantity(Evaluator.quantity(of: literal))
        case .dollar:
            return .quantity(Quantity(1, unit: UnitProduct(UnitTable.dollar)))
        case .scale(let letter, let money):
            let factor = Int(Parser.scaleLetters[letter] ?? 1)
            return .quantity(Quantity(1, unit: UnitProduct(Unit.scale(letter, factor: factor, money: money))))
        case .string(let text):
            return Value(.text(text))
        case .name(let name):
            return try lookup(name, expr.span)
        case .negate(let operand):
            let value = try evaluate(operand)
            if case .series(let series) = value.kind {
                return Value(.series(series.map { $0.negated }), provenance: value.provenance)
            }
            return Value(.quantity(try quantity(value, operand.span).negated), provenance: value.provenance)
        case .binary(let op, let left, let right):
            return try binary(op, try evaluate(left), left, right, expr.span)
        case .compare(let op, let left, let right):
            return try compare(op, left, right, expr.span)
        case .range(let low, let high):
            let lowValue = try evaluate(low)
            let highValue = try evaluate(high)
            let name = inputName(for: expr.span)
            let range = try arithmetic(expr.span) {
                try Quantity.range(try quantity(lowValue, low.span), try quantity(highValue, high.span), name: name)
            }
            return Value(.quantity(range), provenance: lowValue.provenance.union(highValue.provenance))
        case .convert(let operand, let target):
            return try convert(try evaluate(operand), operand, to: target, expr.span)
        case .asPercent(let operand, let whole):
            return try asPercent(try evaluate(operand), operand, of: whole, expr.span)
        case .call(let name, let arguments):
            return try call(name, arguments, expr.span)
        case .query(let query):
            return try self.query(query, expr.span)
        case .period(let literal):
            let period = resolve(literal)
            guard period.isInRange else { throw EvalError(.periodOutOfRange, expr.span) }
            return Value(.period(PeriodRange(period)))
        case .at(let series, let period):
            return try at(try evaluate(series), series, period, expr.span)
        case .when(let condition):
            return try when(condition, expr.span)
        case .chain(let head, let links):
            return try chain(head, links)
        }
    }

    /// A chain, one link at a time in a loop, so that a sum of 100,000 terms needs no deeper
    /// stack than a sum of two.
    mutating func chain(_ head: Expr, _ links: [ChainLink]) throws(EvalError) -> Value {
        var value = try evaluate(head)
        var left = head
        for link in links {
            let span = left.span.union(link.span)
            guard budget.spend() else { throw EvalError(.tooManySteps(limit: budget.limit), span) }
            switch link.kind {
            case .binary(let op, let right): value = try binary(op, value, left, right, span)
            case .convert(let target): value = try convert(value, left, to: target, span)
            case .asPercent(let whole): value = try asPercent(value, left, of: whole, span)
            case .at(let period): value = try at(value, left, period, span)
            }
            // The chain so far is the next link's left operand. Only its span is read from it,
            // and that it is no name (notes say "payroll is ..." for a name alone), as when the
            // chain was a nested node.
            left = Expr(.string(""), span)
        }
        return value
    }

    /// The key of a range written at `span`: stable across runs, different for each range.
    func inputName(for span: Span, variant: String = "") -> InputName {
        InputName(inputKeyPrefix, place: span.start - inputKeyBase, call: callDepth > 0 ? calls : 0, variant: variant)
    }

    /// The quantity a number literal stands for.
    static func quantity(of literal: NumberLiteral) -> Quantity {
        let unit = literal.dollar ? UnitProduct(UnitTable.dollar) : .none
        switch literal.suffix {
        case .none: return Quantity(literal.scaledValue, unit: unit)
        case .percent: return Quantity(literal.scaledValue / 100, unit: unit, style: .percent)
        case .multiplier: return Quantity(literal.scaledValue, unit: unit, style: .multiplier)
        }
    }

    // MARK: - Names

    mutating func lookup(_ name: String, _ span: Span) throws(EvalError) -> Value {
        if let local = locals[name] { return local }
        if let value = environment.values[name] { return value }
        if environment.failed.contains(name) { throw EvalError(.dependsOnFailed(name), span) }
        if let unit = environment.units.unit(named: name) { return .quantity(Quantity(1, unit: UnitProduct(unit))) }
        if let figure = Dataset.figure(name) { return try FigureValues.value(of: figure, span) }
        if let literal = Parser.periodWord(name) {
            let period = resolve(literal)
            guard period.isInRange else { throw EvalError(.periodOutOfRange, span) }
            return Value(.period(PeriodRange(period)))
        }
        throw EvalError(.unknownName(name, suggestion: suggestion(for: name)), span)
    }

    /// The closest known name, for did-you-mean.
    func suggestion(for name: String) -> String? {
        guard explainsErrors, budget.spendSuggestion() else { return nil }
        // Read from each table in place: copying a long notebook's names on every lookup made
        // thousands of misspelt names quadratic.
        var search = Suggestion(for: name)
        for candidate in environment.values.keys { search.consider(candidate) }
        for candidate in environment.functions.keys { search.consider(candidate) }
        for candidate in Builtins.names + SeriesFunctions.names + environment.units.names { search.consider(candidate) }
        for candidate in locals.keys { search.consider(candidate) }
        for figure in Dataset.figures { search.consider(figure.id) }
        if search.closest == nil, name.contains(".") {
            return Suggestion.dottedTail(of: name, among: Dataset.figures.map(\.id) + environment.knownNames)
        }
        return search.closest
    }

    // MARK: - Operators

    func quantity(_ value: Value, _ span: Span) throws(EvalError) -> Quantity {
        guard let quantity = value.quantity else {
            throw EvalError(.typeMismatch(expected: "a number", found: value.kindDescription), span)
        }
        return quantity
    }

    /// Runs quantity arithmetic, turning its errors into diagnostics at a span.
    func arithmetic(
        _ span: Span, notes: @autoclosure () -> [String] = [], _ body: () throws -> Quantity
    ) throws(EvalError) -> Quantity {
        do {
            return try body()
        } catch let error as QuantityError {
            var wrapped = EvalError(wrapping: error, at: span)
            if case .dimensionMismatch = error, explainsErrors { wrapped.extraNotes = notes() }
            throw wrapped
        } catch let error as EvalError {
            throw error
        } catch {
            throw EvalError(.notFinite(operation: "compute"), span)
        }
    }

    mutating func binary(_ op: BinaryOperator, _ leftValue: Value, _ left: Expr, _ right: Expr, _ span: Span)
        throws(EvalError) -> Value
    {
        let rightValue = try evaluate(right)
        if let timed = try periodOrSeriesArithmetic(op, leftValue, rightValue, left, right, span) { return timed }
        let a = try quantity(leftValue, left.span)
        let b = try quantity(rightValue, right.span)
        let direct = Evaluator.isWrittenPercentage(right)
        let result = try arithmetic(span, notes: [describe(left, a), describe(right, b)]) {
            try Evaluator.apply(op, a, b, percentWritten: direct)
        }
        return Value(.quantity(result), provenance: leftValue.provenance.union(rightValue.provenance))
    }

    /// One arithmetic operator on two quantities. `percentWritten` says the right side is written
    /// as a percentage (see `isWrittenPercentage`), which alone lets `+` and `-` scale.
    static func apply(
        _ op: BinaryOperator, _ a: Quantity, _ b: Quantity, percentWritten: Bool = false
    ) throws -> Quantity {
        switch op {
        case .add, .subtract:
            // The calculator rule: `$100 + 10%` is $110. Only for a percentage written as the right
            // operand, never for one that came out of arithmetic on the way.
            if percentWritten, b.style == .percent, b.unit.isNone, !(a.style == .percent && a.unit.isNone) {
                let one = Quantity(1)
                return try a * (op == .add ? try one + b : try one - b)
            }
            return op == .add ? try a + b : try a - b
        case .multiply, .of: return try a * b
        case .divide, .per: return try a / b
        case .power: return try a.raised(to: b)
        }
    }

    /// Whether an expression is written as a percentage for the calculator rule: a percentage
    /// literal (`10%`, `10-20%`, `-10%`) or a name (whose value must then be a percentage). A
    /// product, a call or any other arithmetic is not, whatever its value shows as.
    static func isWrittenPercentage(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .number(let literal): return literal.suffix == .percent
        case .name: return true
        case .negate(let operand): return isWrittenPercentage(operand)
        case .range(let low, let high):
            let lowIsLiteral = if case .number = low.kind { true } else { false }
            return lowIsLiteral && isWrittenPercentage(high)
        default: return false
        }
    }

    /// `payroll is $25M/yr`, for the notes under a mismatch.
    func describe(_ expr: Expr, _ quantity: Quantity) -> String {
        if case .name(let name) = expr.kind {
            return "\(name) is \(quantity.display()) (\(quantity.dimension))"
        }
        return "\(quantity.display()) is \(quantity.dimension)"
    }

    mutating func compare(_ op: CompareOperator, _ left: Expr, _ right: Expr, _ span: Span) throws(EvalError) -> Value {
        let leftValue = try evaluate(left)
        let rightValue = try evaluate(right)
        if let timed = try periodOrSeriesComparison(op, leftValue, rightValue, left, right, span) { return timed }
        let a = try quantity(leftValue, left.span)
        let b = try arithmetic(span, notes: [describe(left, a)]) {
            try quantity(rightValue, right.span).converted(toMatch: a.unit, operation: "compare")
        }
        let truth = Evaluator.compare(op, a, b)
        let chance = truth == .maybe ? a.chance(Evaluator.comparison(op), b, sampler: environment.sampler) : nil
        return Value(.truth(truth, chance: chance), provenance: leftValue.provenance.union(rightValue.provenance))
    }

    /// Compares two quantities in one unit: yes if it holds everywhere, no if nowhere.
    static func compare(_ op: CompareOperator, _ a: Quantity, _ b: Quantity) -> Truth {
        a.compare(comparison(op), b)
    }

    /// The comparison an operator stands for.
    static func comparison(_ op: CompareOperator) -> Comparison {
        switch op {
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        case .equal: .equal
        case .notEqual: .notEqual
        }
    }

    mutating func convert(_ value: Value, _ operand: Expr, to target: Expr, _ span: Span) throws(EvalError) -> Value {
        let targetValue = try evaluate(target)
        let unit = try quantity(targetValue, target.span)
        if case .series(let series) = value.kind {
            var points: [Series.Point] = []
            for point in series.points {
                var converted = try arithmetic(span, notes: [describe(operand, point.value)]) {
                    try point.value.converted(to: unit.unit, operation: "convert")
                }
                if unit.unit.isNone { converted.style = unit.style }
                points.append(Series.Point(point.period, converted))
            }
            return try seriesValue(
                points, value.provenance, span, phase: series.phase, continues: series.continues)
        }
        let source = try quantity(value, operand.span)
        var converted = try arithmetic(span, notes: [describe(operand, source)]) {
            try source.converted(to: unit.unit, operation: "convert")
        }
        if unit.unit.isNone { converted.style = unit.style }
        return Value(.quantity(converted), provenance: value.provenance)
    }

    mutating func asPercent(_ operandValue: Value, _ operand: Expr, of whole: Expr?, _ span: Span) throws(EvalError)
        -> Value
    {
        var value = operandValue
        if let whole {
            let wholeValue = try evaluate(whole)
            if let share = try seriesShare(value, of: wholeValue, operand, whole, span) { return share }
            let part = try quantity(value, operand.span)
            let ratio = try arithmetic(span, notes: [describe(operand, part)]) {
                let base = try quantity(wholeValue, whole.span).converted(toMatch: part.unit, operation: "compare")
                return try part / base
            }
            value = Value(.quantity(ratio), provenance: value.provenance.union(wholeValue.provenance))
        }
        if case .series(let series) = value.kind {
            guard series.points[0].value.unit.isNone else {
                throw EvalError(.notARatio(series.points[0].value.dimension), span)
            }
            return Value(
                .series(
                    series.map {
                        var ratio = $0
                        ratio.style = .percent
                        return ratio
                    }), provenance: value.provenance)
        }
        var ratio = try quantity(value, operand.span)
        guard ratio.unit.isNone else { throw EvalError(.notARatio(ratio.dimension), span) }
        ratio.style = .percent
        return Value(.quantity(ratio), provenance: value.provenance)
    }

    // MARK: - Calls

    mutating func call(_ name: String, _ arguments: [Expr], _ span: Span) throws(EvalError) -> Value {
        if let function = environment.functions[name] {
            guard function.parameters.count == arguments.count else {
                let expected = function.parameters.count == 1 ? "1 argument" : "\(function.parameters.count) arguments"
                throw EvalError(.wrongArgumentCount(function: name, expected: expected, found: arguments.count), span)
            }
            guard callDepth < Evaluator.maximumCallDepth else {
                throw EvalError(.recursionTooDeep(limit: Evaluator.maximumCallDepth), span)
            }
            var frame: [String: Value] = [:]
            for (parameter, argument) in zip(function.parameters, arguments) {
                frame[parameter] = try evaluate(argument)
            }
            let saved = locals
            locals = frame
            callDepth += 1
            calls += 1
            defer {
                locals = saved
                callDepth -= 1
            }
            return try evaluate(function.body)
        }
        if SeriesFunctions.names.contains(name) {
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument)) }
            return try SeriesFunctions.call(name, values, arguments, span, evaluator: self)
        }
        if Builtins.names.contains(name) {
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument)) }
            return try Builtins.call(name, values, arguments, span, evaluator: self)
        }
        let candidates = Array(environment.functions.keys) + Builtins.names + SeriesFunctions.names
        throw EvalError(.unknownFunction(name, suggestion: Suggestion.closest(to: name, among: candidates)), span)
    }
}
