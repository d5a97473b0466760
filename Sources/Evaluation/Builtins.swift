import Diagnostics
import Platform
import Syntax
import Units

/// The built-in functions: min, max, round, abs, sqrt, ln, exp, low, high, mid.
enum Builtins {
    /// Their names, sorted.
    static let names = ["abs", "exp", "high", "ln", "low", "max", "mid", "min", "round", "sqrt"]

    static func call(_ name: String, _ values: [Value], _ arguments: [Expr], _ span: Span, evaluator: Evaluator)
        throws(EvalError) -> Value
    {
        let provenance = values.reduce(Provenance.none) { $0.union($1.provenance) }
        var quantities: [Quantity] = []
        for (value, argument) in zip(values, arguments) {
            quantities.append(try evaluator.quantity(value, argument.span))
        }
        func requireCount(_ count: ClosedRange<Int>, _ expected: String) throws(EvalError) {
            guard count.contains(quantities.count) else {
                throw EvalError(.wrongArgumentCount(function: name, expected: expected, found: quantities.count), span)
            }
        }
        func plain(_ quantity: Quantity) throws(EvalError) {
            guard quantity.unit.isNone else {
                throw EvalError(
                    .typeMismatch(expected: "a plain number for '\(name)'", found: quantity.dimension.description), span
                )
            }
        }
        let result: Quantity
        switch name {
        case "min", "max":
            try requireCount(1...Int.max, "at least 1 argument")
            var best = quantities[0]
            for next in quantities.dropFirst() {
                let other = try evaluator.arithmetic(span) {
                    try next.converted(toMatch: best.unit, operation: "compare")
                }
                best =
                    name == "min"
                    ? Quantity(
                        low: min(best.low, other.low), high: min(best.high, other.high), unit: best.unit,
                        style: best.style)
                    : Quantity(
                        low: max(best.low, other.low), high: max(best.high, other.high), unit: best.unit,
                        style: best.style)
            }
            result = best
        case "round":
            try requireCount(1...2, "1 or 2 arguments")
            var scale = 1.0
            if quantities.count == 2 {
                try plain(quantities[1])
                scale = pow(10.0, quantities[1].low.rounded())
            }
            let styleScale = quantities[0].style == .percent ? 100.0 : 1.0
            result = try evaluator.arithmetic(span) {
                try quantities[0].mapMonotonic("round") { ($0 * styleScale * scale).rounded() / scale / styleScale }
            }
        case "abs":
            try requireCount(1...1, "1 argument")
            let q = quantities[0]
            let low = q.low <= 0 && q.high >= 0 ? 0 : min(abs(q.low), abs(q.high))
            result = Quantity(low: low, high: max(abs(q.low), abs(q.high)), unit: q.unit, style: q.style)
        case "sqrt":
            try requireCount(1...1, "1 argument")
            guard quantities[0].low >= 0 else {
                throw EvalError(.notFinite(operation: "take the square root of a negative number"), span)
            }
            result = try evaluator.arithmetic(span) { try quantities[0].raised(to: Quantity(0.5)) }
        case "ln", "exp":
            try requireCount(1...1, "1 argument")
            try plain(quantities[0])
            if name == "ln", quantities[0].low <= 0 {
                throw EvalError(.notFinite(operation: "take the logarithm of a number that is not positive"), span)
            }
            result = try evaluator.arithmetic(span) {
                try Quantity(low: quantities[0].low, high: quantities[0].high).mapMonotonic(
                    name == "ln" ? "take a logarithm" : "take an exponential", name == "ln" ? log : exp)
            }
        case "low", "high", "mid":
            try requireCount(1...1, "1 argument")
            let q = quantities[0]
            let bound = name == "low" ? q.low : name == "high" ? q.high : q.mid
            result = Quantity(bound, unit: q.unit, style: q.style)
        default:
            throw EvalError(.unknownFunction(name, suggestion: nil), span)
        }
        return Value(.quantity(result), provenance: provenance)
    }
}
