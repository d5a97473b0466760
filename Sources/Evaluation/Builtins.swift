import Diagnostics
import Platform
import Syntax
import Units

/// The built-in functions: arithmetic (min, max, round, abs, sqrt, ln, exp), the bounds of a
/// range (low, high, mid), its distribution (median, percentile, chance, normal, lognormal,
/// uniform) and which inputs move it (sensitivity).
enum Builtins {
    /// Their names, sorted.
    static let names = [
        "abs", "chance", "distribution", "exp", "high", "ln", "lognormal", "low", "max", "median", "mid", "min",
        "normal",
        "percentile", "round", "sensitivity", "sqrt", "uniform",
    ]

    static func call(_ name: String, _ values: [Value], _ arguments: [Expr], _ span: Span, evaluator: Evaluator)
        throws(EvalError) -> Value
    {
        let provenance = values.reduce(Provenance.none) { $0.union($1.provenance) }
        if name == "chance" {
            guard values.count == 1 else {
                throw EvalError(.wrongArgumentCount(function: name, expected: "1 argument", found: values.count), span)
            }
            guard let chance = values[0].chance else {
                throw EvalError(
                    .typeMismatch(
                        expected: "a comparison for 'chance' (chance(spend > payroll))",
                        found: values[0].kindDescription), arguments[0].span)
            }
            return Value(.quantity(Quantity(chance, style: .percent)), provenance: provenance)
        }
        if name == "low" || name == "high", values.count == 1,
            let answer = try periodBound(name, values[0], arguments[0])
        {
            return Value(.period(PeriodRange(answer)), provenance: provenance)
        }
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
        let sampler = evaluator.environment.sampler
        let result: Quantity
        switch name {
        case "min", "max":
            try requireCount(1...Int.max, "at least 1 argument")
            var converted = [quantities[0]]
            for next in quantities.dropFirst() {
                converted.append(
                    try evaluator.arithmetic(span) {
                        try next.converted(toMatch: quantities[0].unit, operation: "compare")
                    })
            }
            result = Quantity.extremum(minimum: name == "min", converted)
        case "round":
            try requireCount(1...2, "1 or 2 arguments")
            var scale = 1.0
            if quantities.count == 2 {
                try plain(quantities[1])
                scale = pow(10.0, quantities[1].low.rounded())
            }
            let styleScale = quantities[0].style == .percent ? 100.0 : 1.0
            result = try evaluator.arithmetic(span) { try quantities[0].rounded(scale: scale * styleScale) }
        case "abs":
            try requireCount(1...1, "1 argument")
            result = quantities[0].magnitude
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
                name == "ln" ? try quantities[0].logarithm() : try quantities[0].exponential()
            }
        case "low", "high", "mid":
            try requireCount(1...1, "1 argument")
            let q = quantities[0]
            let bound = name == "low" ? q.low : name == "high" ? q.high : q.mid
            result = Quantity(bound, unit: q.unit, style: q.style)
        case "median":
            try requireCount(1...1, "1 argument")
            result = quantities[0].percentile(0.5, sampler: sampler)
        case "percentile":
            try requireCount(2...2, "2 arguments (percentile(x, 90%))")
            let p = quantities[1]
            guard p.unit.isNone, !p.isRange, p.style == .percent || p.style == .plain, p.low >= 0, p.low <= 1 else {
                throw EvalError(
                    .typeMismatch(expected: "a percentage from 0% to 100% for 'percentile'", found: p.display()),
                    arguments[1].span)
            }
            result = quantities[0].percentile(p.low, sampler: sampler)
        case "normal", "lognormal", "uniform":
            try requireCount(1...1, "1 argument, a range (\(name)(35 to 45))")
            guard quantities[0].isRange else {
                throw EvalError(
                    .typeMismatch(
                        expected: "a range for '\(name)' (\(name)(35 to 45))", found: quantities[0].display()),
                    arguments[0].span)
            }
            let kind = DistributionKind(rawValue: name)!
            let inputName = evaluator.inputName(for: span, variant: "~" + name)
            result = try evaluator.arithmetic(span) { try quantities[0].distributed(as: kind, name: inputName) }
        case "distribution":
            try requireCount(1...1, "1 argument")
            return Value(.table(distribution(quantities[0], sampler: sampler)), provenance: provenance)
        case "sensitivity":
            try requireCount(1...1, "1 argument")
            return Value(.table(sensitivity(quantities[0], sampler: sampler)), provenance: provenance)
        default:
            throw EvalError(.unknownFunction(name, suggestion: nil), span)
        }
        return Value(.quantity(result), provenance: provenance)
    }

    /// `low` and `high` of a span of periods or of a `when` answer: its earliest and its latest
    /// period (for `when`, the first period where the condition may hold and the first where it
    /// must). Nil for anything else; an answer that never becomes certain has no `high`.
    static func periodBound(_ name: String, _ value: Value, _ argument: Expr) throws(EvalError) -> Period? {
        switch value.kind {
        case .period(let range): return name == "low" ? range.low : range.high
        case .crossing(let crossing):
            if name == "low", let earliest = crossing.earliest { return earliest }
            if name == "high", let certain = crossing.certain { return certain }
            throw EvalError(
                .typeMismatch(expected: "an answer to 'when' with a \(name) end", found: "'\(crossing.description)'"),
                argument.span)
        default: return nil
        }
    }

    /// A range's distribution as one row: its bounds with a text histogram of its samples
    /// between them (16 bins), its median and its 5th and 95th percentiles.
    static func distribution(_ quantity: Quantity, sampler: Sampler) -> Table {
        let columns = ["low", "distribution", "high", "median", "p5", "p95"]
        func cell(_ value: Double) -> TableCell {
            .value(.quantity(Quantity(value, unit: quantity.unit, style: quantity.style)))
        }
        guard quantity.isRange else {
            return Table(
                columns: columns,
                rows: [
                    [
                        cell(quantity.low), .text("|"), cell(quantity.high), cell(quantity.low), cell(quantity.low),
                        cell(quantity.low),
                    ]
                ])
        }
        let samples = quantity.samples(sampler: sampler)
        let bins = 16
        var counts = [Int](repeating: 0, count: bins)
        let width = quantity.high - quantity.low
        for sample in samples {
            let bin = Int(((sample - quantity.low) / width * Double(bins)).rounded(.down))
            counts[min(max(bin, 0), bins - 1)] += 1
        }
        let blocks = Array("▁▂▃▄▅▆▇█")
        let most = max(counts.max() ?? 1, 1)
        let bars = String(counts.map { $0 == 0 ? " " : blocks[min(7, ($0 * 8 - 1) / most)] })
        let sorted = samples.sorted()
        let row: [TableCell] = [
            cell(quantity.low), .text(bars), cell(quantity.high), cell(Sampler.percentile(0.5, ofSorted: sorted)),
            cell(Sampler.percentile(0.05, ofSorted: sorted)), cell(Sampler.percentile(0.95, ofSorted: sorted)),
        ]
        return Table(columns: columns, rows: [row])
    }

    /// The inputs of a value, each with the value at that input's low and high end (the other
    /// inputs at their medians) and the swing between them, widest first: a tornado chart.
    static func sensitivity(_ quantity: Quantity, sampler: Sampler) -> Table {
        var rows: [(label: String, input: Quantity, atLow: Quantity, atHigh: Quantity, swing: Double)] = []
        for input in quantity.uncertainInputs {
            func at(_ value: Double) -> Quantity {
                Quantity(
                    quantity.value(fixing: [(input, value)], sampler: sampler), unit: quantity.unit,
                    style: quantity.style)
            }
            let atLow = at(input.low)
            let atHigh = at(input.high)
            rows.append((input.inputLabel ?? input.display(), input, atLow, atHigh, abs(atHigh.low - atLow.low)))
        }
        rows.sort { $0.swing != $1.swing ? $0.swing > $1.swing : $0.label < $1.label }
        let widest = rows.first?.swing ?? 0
        let cells: [[TableCell]] = rows.map { row in
            let width = widest > 0 ? Int((row.swing / widest * 20).rounded()) : 0
            return [
                .text(row.label), .value(.quantity(row.atLow)), .value(.quantity(row.atHigh)),
                .value(.quantity(Quantity(row.swing, unit: quantity.unit, style: quantity.style))),
                .text(String(repeating: "█", count: width)),
            ]
        }
        var table = Table(columns: ["input", "at its low", "at its high", "swing", ""], rows: cells)
        table.purpose = .sensitivity
        return table
    }
}
