import Diagnostics
import Platform
import Syntax
import Units

extension Evaluator {
    /// The most steps one projection may take.
    static let maximumProjectionSteps = 600

    /// Evaluates `project NAME ...` into a series. `base` is the name's current value when the
    /// projection builds on it (no `from`).
    ///
    /// The series starts at as-of (or at the period after `in`), in the step's period that holds
    /// the start's first month, and ends in the step's period that holds the end period's last
    /// month. Its points stand for the start of that first month and the same moment every step
    /// after it. Growth compounds: each step multiplies by the same factor. A range of growth or
    /// of target gives a low path (low start, low growth) and a high path, so every point is a
    /// range.
    mutating func project(_ projection: Projection, base: Value?) throws(EvalError) -> Value {
        let name = projection.name
        let startValue: Value
        let startSpan = projection.start?.span ?? name.span
        if let start = projection.start {
            startValue = try evaluate(start)
        } else if let base {
            startValue = base
        } else {
            startValue = try lookup(name.text, name.span)
        }
        let start = try projectable(startValue, name.text, startSpan)
        var provenance = startValue.provenance

        let endValue = try evaluate(projection.end)
        provenance = provenance.union(endValue.provenance)
        let end = try period(endValue, projection.end.span)
        let step = projection.step.map(Evaluator.granularity) ?? (end.granularity == .year ? .year : .quarter)
        var origin = environment.asOf.firstMonth
        if let startPeriod = projection.startPeriod {
            origin = try period(try evaluate(startPeriod), startPeriod.span).firstMonth
        }
        let first = Period(step, containingMonth: origin)
        let last = end.end(as: step)
        guard first.isInRange, last.isInRange else { throw EvalError(.periodOutOfRange, projection.end.span) }
        let steps = first.steps(to: last)
        guard steps > 0 else {
            throw EvalError(
                .targetNotAfterStart(target: last.description, start: first.description), projection.end.span)
        }
        guard steps <= Evaluator.maximumProjectionSteps else {
            throw EvalError(
                .projectionTooLong(steps: steps, step: step.adjective, limit: Evaluator.maximumProjectionSteps),
                projection.end.span)
        }

        let growth = try pathGrowth(projection, start: start, steps: steps, step: step, provenance: &provenance)
        var points: [Series.Point] = []
        for t in 0...steps {
            // Every point is the one start and the one growth: `s at Q4 / s at Q3` is the growth.
            var value = try arithmetic(projection.end.span) {
                try start * growth.factor.raised(to: Quantity(growth.exponent * Double(t)))
            }
            value.style = start.style
            if t == steps, let target = growth.target { value = target }
            points.append(
                Series.Point(
                    first.advanced(by: t), try arithmetic(projection.end.span) { try value.checked("project") }))
        }
        return try seriesValue(
            points, provenance, projection.end.span, phase: origin - first.firstMonth, continues: growth.continues)
    }

    /// The step a projection is written with, as a period length.
    static func granularity(_ step: ProjectionStep) -> Period.Granularity {
        switch step {
        case .monthly: .month
        case .quarterly: .quarter
        case .yearly: .year
        }
    }

    /// The start of a projection: a single quantity or range above zero.
    func projectable(_ value: Value, _ name: String, _ span: Span) throws(EvalError) -> Quantity {
        switch value.kind {
        case .quantity(let quantity):
            guard quantity.low > 0 else {
                throw EvalError(
                    .cannotProject(
                        name, reason: "growth compounds, so it must start above zero, not at \(quantity.display())"),
                    span)
            }
            return quantity
        case .series:
            throw EvalError(.cannotProject(name, reason: "it is already a series"), span)
        default:
            throw EvalError(.typeMismatch(expected: "a number to project", found: value.kindDescription), span)
        }
    }

    /// The growth of a projection: each step multiplies by `factor^exponent`, one input however
    /// many points use it; `target` is the exact last value when the projection names one, and
    /// `continues` says whether the path runs on past the last point (a growth per duration does;
    /// a total growth or a target is reached at the last point and stops there).
    mutating func pathGrowth(
        _ projection: Projection, start: Quantity, steps: Int, step: Period.Granularity, provenance: inout Provenance
    ) throws(EvalError) -> (factor: Quantity, exponent: Double, target: Quantity?, continues: Bool) {
        let name = projection.name.text
        switch projection.path {
        case .target(let expr):
            let value = try evaluate(expr)
            provenance = provenance.union(value.provenance)
            let written = try quantity(value, expr.span)
            let target = try arithmetic(
                expr.span,
                notes: [
                    describe(projection.start ?? Expr(.name(name), projection.name.span), start),
                    describe(expr, written),
                ]
            ) {
                try written.converted(to: start.unit, operation: "project between")
            }
            guard target.low > 0 else {
                throw EvalError(
                    .cannotProject(name, reason: "the target must be above zero, not \(written.display())"), expr.span)
            }
            var exact = target
            exact.style = start.style
            var ratio = try arithmetic(expr.span) { try target / start }
            ratio.unit = .none
            ratio.style = .plain
            return (ratio, 1 / Double(steps), exact, false)
        case .growth(let written, let writtenPer):
            var expr = written
            var per = writtenPer
            // `20%/yr` is a growth per year, as `20% per year` is.
            if per == nil, case .binary(.divide, let rate, let duration) = written.kind,
                (try? evaluate(duration))?.quantity?.dimension == .time
            {
                expr = rate
                per = duration
            }
            let value = try evaluate(expr)
            provenance = provenance.union(value.provenance)
            let amount = try quantity(value, expr.span)
            guard amount.unit.isNone else { throw EvalError(.invalidGrowth(amount.dimension.description), expr.span) }
            // A plain number would be read either way (0.15 as 15% or as 0.15x): it must say which.
            guard amount.style != .plain else {
                throw EvalError(.invalidGrowth("the plain number \(amount.display())"), expr.span)
            }
            var factor = amount
            if amount.style == .percent {
                factor = try arithmetic(expr.span) { try Quantity(1) + amount }
            }
            factor.style = .plain
            guard factor.low > 0 else {
                throw EvalError(
                    .cannotProject(name, reason: "a growth of \(amount.display()) leaves nothing to compound"),
                    expr.span)
            }
            guard let per else { return (factor, 1 / Double(steps), nil, false) }
            let durationValue = try evaluate(per)
            provenance = provenance.union(durationValue.provenance)
            let duration = try quantity(durationValue, per.span)
            guard duration.dimension == .time, !duration.isRange, duration.low > 0 else {
                throw EvalError(
                    .typeMismatch(expected: "a single duration such as 'year' after 'per'", found: duration.display()),
                    per.span)
            }
            let stepDays = Double(step.months) * 365 / 12
            return (factor, stepDays / (duration.low * duration.unit.factor), nil, true)
        }
    }
}
