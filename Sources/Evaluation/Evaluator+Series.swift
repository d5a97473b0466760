import Diagnostics
import Syntax
import Units

extension Evaluator {
    /// The points of a series paired with a quantity, or of two series on their shared periods.
    func pairs(_ l: Value, _ r: Value, _ left: Expr, _ right: Expr, _ span: Span)
        throws(EvalError) -> [(period: Period, left: Quantity, right: Quantity)]
    {
        switch (l.kind, r.kind) {
        case (.series(let a), .series(let b)):
            guard a.step == b.step else {
                throw EvalError(.seriesMismatch("one is \(a.step.adjective) and the other \(b.step.adjective)"), span)
            }
            let aligned = a.aligned(with: b)
            guard !aligned.isEmpty else {
                throw EvalError(.seriesMismatch("they share no period (\(a.span) and \(b.span))"), span)
            }
            return aligned
        case (.series(let a), _):
            let q = try quantity(r, right.span)
            return a.points.map { ($0.period, $0.value, q) }
        case (_, .series(let b)):
            let q = try quantity(l, left.span)
            return b.points.map { ($0.period, q, $0.value) }
        default:
            throw EvalError(.typeMismatch(expected: "a series", found: l.kindDescription), span)
        }
    }

    /// Arithmetic on a series, point by point.
    func seriesBinary(_ op: BinaryOperator, _ l: Value, _ r: Value, _ left: Expr, _ right: Expr, _ span: Span)
        throws(EvalError) -> Value
    {
        let pairs = try pairs(l, r, left, right, span)
        let notes = [describe(left, pairs[0].left), describe(right, pairs[0].right)]
        var points: [Series.Point] = []
        let direct = Evaluator.isWrittenPercentage(right)
        for pair in pairs {
            let value = try arithmetic(span, notes: notes) {
                try Evaluator.apply(op, pair.left, pair.right, percentWritten: direct)
            }
            points.append(Series.Point(pair.period, value))
        }
        return try seriesValue(points, l.provenance.union(r.provenance), span)
    }

    /// A comparison with a series, point by point: a truth value per period.
    func seriesCompare(_ op: CompareOperator, _ l: Value, _ r: Value, _ left: Expr, _ right: Expr, _ span: Span)
        throws(EvalError) -> Value
    {
        let pairs = try pairs(l, r, left, right, span)
        var points: [TruthSeries.Point] = []
        for pair in pairs {
            let right = try arithmetic(span, notes: [describe(left, pair.left)]) {
                try pair.right.converted(to: pair.left.unit, operation: "compare")
            }
            points.append(TruthSeries.Point(period: pair.period, truth: Evaluator.compare(op, pair.left, right)))
        }
        return Value(.truths(TruthSeries(points: points)), provenance: l.provenance.union(r.provenance))
    }

    /// `series as % of whole` when either side is a series; nil when neither is.
    func seriesShare(_ l: Value, of r: Value, _ left: Expr, _ right: Expr, _ span: Span) throws(EvalError) -> Value? {
        switch (l.kind, r.kind) {
        case (.series, _), (_, .series): break
        default: return nil
        }
        let pairs = try pairs(l, r, left, right, span)
        var points: [Series.Point] = []
        for pair in pairs {
            var ratio = try arithmetic(span, notes: [describe(left, pair.left)]) {
                try pair.left / pair.right.converted(to: pair.left.unit, operation: "take a percentage of")
            }
            guard ratio.unit.isNone else { throw EvalError(.notARatio(ratio.dimension), span) }
            ratio.style = .percent
            points.append(Series.Point(pair.period, ratio))
        }
        return try seriesValue(points, l.provenance.union(r.provenance), span)
    }

    /// A series value from points, which must be consecutive.
    func seriesValue(_ points: [Series.Point], _ provenance: Provenance, _ span: Span) throws(EvalError) -> Value {
        guard let series = Series(points) else {
            throw EvalError(.seriesMismatch("their periods do not line up"), span)
        }
        return Value(.series(series), provenance: provenance)
    }
}
