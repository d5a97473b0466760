import Diagnostics
import Platform
import Syntax
import Units

/// The functions over a series: sum, average, total, growth, cagr, doubling.
///
/// Ranges follow their paths: the low bounds of a series form one path and the high bounds
/// another, and a rate or a doubling time is worked out along each.
enum SeriesFunctions {
    /// Their names, sorted.
    static let names = ["average", "cagr", "doubling", "growth", "sum", "total"]

    static func call(_ name: String, _ values: [Value], _ arguments: [Expr], _ span: Span, evaluator: Evaluator)
        throws(EvalError) -> Value
    {
        let provenance = values.reduce(Provenance.none) { $0.union($1.provenance) }
        let counts: ClosedRange<Int> = name == "cagr" || name == "doubling" ? 1...3 : 1...1
        guard counts.contains(values.count) else {
            let expected = counts.count == 1 ? "1 argument" : "1 to 3 arguments (a series and two periods)"
            throw EvalError(.wrongArgumentCount(function: name, expected: expected, found: values.count), span)
        }
        if name == "cagr", values.count > 1, case .quantity(let start) = values[0].kind {
            guard values.count == 3 else {
                throw EvalError(
                    .wrongArgumentCount(
                        function: name, expected: "3 arguments for two amounts (start, end, duration)",
                        found: values.count), span)
            }
            return Value(.quantity(try cagr(start, values, arguments, span, evaluator)), provenance: provenance)
        }
        guard case .series(let series) = values[0].kind else {
            throw EvalError(
                .typeMismatch(expected: "a series for '\(name)'", found: values[0].kindDescription), arguments[0].span)
        }
        func value(_ kind: ValueKind) -> Value { Value(kind, provenance: provenance) }
        switch name {
        case "sum":
            return value(.quantity(try sum(series.points.map(\.value), evaluator, span)))
        case "average":
            let total = try sum(series.points.map(\.value), evaluator, span)
            return value(
                .quantity(try evaluator.arithmetic(span) { try total / Quantity(Double(series.points.count)) }))
        case "total":
            return value(.quantity(try total(series, evaluator, span)))
        case "growth":
            return value(.series(try growth(series, span)))
        default:
            let lastIndex = series.points.count - 1
            var from = (period: series.first, moment: series.moment(ofPoint: 0), value: series.points[0].value)
            var to = (
                period: series.last, moment: series.moment(ofPoint: lastIndex), value: series.points[lastIndex].value
            )
            if values.count >= 2 { from = try point(series, values[1], arguments[1].span, evaluator) }
            if values.count == 3 { to = try point(series, values[2], arguments[2].span, evaluator) }
            guard from.moment < to.moment else {
                throw EvalError(
                    .targetNotAfterStart(target: to.period.description, start: from.period.description), span)
            }
            let years = (to.moment - from.moment) / 12
            let factor = try yearlyFactor(from.value, to.value, years: Quantity(years), span, evaluator)
            if name == "cagr" {
                var rate = try evaluator.arithmetic(span) { try factor - Quantity(1) }
                rate.style = .percent
                return value(.quantity(rate))
            }
            guard factor.low > 1 else {
                throw EvalError(.notFinite(operation: "find the doubling time of a series that does not grow"), span)
            }
            // ln 2 / ln(factor) years, in the series' own steps; one unknown, so a ranged growth
            // gives the doubling times of its own ends.
            let periodsPerYear = 12.0 / Double(series.step.months)
            var doubling = try evaluator.arithmetic(span) {
                try Quantity(log(2) * periodsPerYear) / (try factor.logarithm())
            }
            doubling.unit = UnitProduct(unit(of: series.step))
            return value(.quantity(try evaluator.arithmetic(span) { try doubling.checked("find the doubling time") }))
        }
    }

    /// The unit of one step: month, quarter or year.
    static func unit(of step: Period.Granularity) -> Unit {
        switch step {
        case .month: UnitTable.month
        case .quarter: UnitTable.quarter
        case .year: UnitTable.year
        }
    }

    static func sum(_ values: [Quantity], _ evaluator: Evaluator, _ span: Span) throws(EvalError) -> Quantity {
        var total = values[0]
        for next in values.dropFirst() { total = try evaluator.arithmetic(span) { try total + next } }
        return total
    }

    /// A rate per time summed over the periods it runs for: `$/yr` over quarters gives dollars.
    static func total(_ series: Series, _ evaluator: Evaluator, _ span: Span) throws(EvalError) -> Quantity {
        let first = series.points[0].value
        guard first.dimension.powers.contains(where: { $0.base == "time" && $0.exponent < 0 }) else {
            throw EvalError(
                .typeMismatch(expected: "a rate per time such as $/yr for 'total'", found: first.dimension.description),
                span)
        }
        let step = Quantity(1, unit: UnitProduct(unit(of: series.step)))
        var amounts: [Quantity] = []
        for point in series.points { amounts.append(try evaluator.arithmetic(span) { try point.value * step }) }
        return try sum(amounts, evaluator, span)
    }

    /// The change from each period to the next, as a percentage.
    static func growth(_ series: Series, _ span: Span) throws(EvalError) -> Series {
        guard series.points.count >= 2 else {
            throw EvalError(
                .typeMismatch(expected: "a series of at least two periods for 'growth'", found: "one period"), span)
        }
        var points: [Series.Point] = []
        for (old, new) in zip(series.points, series.points.dropFirst()) {
            guard old.value.low > 0, old.value.high > 0 else {
                throw EvalError(.notFinite(operation: "find the growth from a value that is not positive"), span)
            }
            let low = new.value.low / old.value.low - 1
            let high = new.value.high / old.value.high - 1
            guard low.isFinite, high.isFinite else {
                throw EvalError(.notFinite(operation: "find the growth"), span)
            }
            points.append(
                Series.Point(new.period, Quantity(low: min(low, high), high: max(low, high), style: .percent)))
        }
        guard let result = Series(points, phase: series.phase, continues: series.continues) else {
            throw EvalError(.seriesMismatch("their periods do not line up"), span)
        }
        return result
    }

    /// A series read at a period given as an argument, at the moment the period stands for.
    static func point(_ series: Series, _ value: Value, _ span: Span, _ evaluator: Evaluator) throws(EvalError)
        -> (period: Period, moment: Double, value: Quantity)
    {
        let period = try evaluator.period(value, span)
        let moment = series.moment(of: period)
        guard let read = series.value(at: moment) else {
            throw EvalError(.periodOutsideSeries(period: period.description, series: series.span.description), span)
        }
        return (period, moment, read)
    }

    /// The growth factor per year from one point to another, along the low and the high path.
    /// `(to / from)^(1 / years)`: the factor of one year's growth, as one formula of the inputs.
    static func yearlyFactor(
        _ from: Quantity, _ to: Quantity, years: Quantity, _ span: Span, _ evaluator: Evaluator
    ) throws(EvalError) -> Quantity {
        guard from.low > 0, to.low > 0 else {
            throw EvalError(.notFinite(operation: "find the growth rate of a value that is not positive"), span)
        }
        return try evaluator.arithmetic(span) {
            let ratio = try to.converted(toMatch: from.unit, operation: "compare") / from
            var plain = ratio
            plain.style = .plain
            return try plain.raised(to: try Quantity(1) / years)
        }
    }

    /// `cagr(start, end, duration)`: the yearly rate that takes `start` to `end` in `duration`.
    static func cagr(
        _ start: Quantity, _ values: [Value], _ arguments: [Expr], _ span: Span, _ evaluator: Evaluator
    ) throws(EvalError) -> Quantity {
        let end = try evaluator.quantity(values[1], arguments[1].span)
        let duration = try evaluator.quantity(values[2], arguments[2].span)
        guard duration.dimension == .time, duration.low > 0 else {
            throw EvalError(
                .typeMismatch(expected: "a duration above zero such as '2 years'", found: duration.display()),
                arguments[2].span)
        }
        let years = try evaluator.arithmetic(span) { try duration.converted(to: UnitProduct(UnitTable.year)) }
        var plainYears = years
        plainYears.unit = .none
        let factor = try yearlyFactor(start, end, years: plainYears, span, evaluator)
        var rate = try evaluator.arithmetic(span) { try factor - Quantity(1) }
        rate.style = .percent
        return rate
    }
}
