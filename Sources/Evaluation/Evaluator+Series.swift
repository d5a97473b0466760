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
        return try seriesValue(
            points, l.provenance.union(r.provenance), span, phase: Evaluator.phase(l, r),
            continues: Evaluator.continues(l, r))
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
        // Between points, the comparison of the two sides read along their paths.
        let sides = (l.kind, r.kind)
        let probe: @Sendable (Double) -> Truth? = { moment in
            func side(_ kind: ValueKind) -> Quantity? {
                switch kind {
                case .series(let series): series.value(at: moment)
                case .quantity(let quantity): quantity
                default: nil
                }
            }
            guard let a = side(sides.0), let b = side(sides.1),
                let converted = try? b.converted(to: a.unit, operation: "compare")
            else { return nil }
            return Evaluator.compare(op, a, converted)
        }
        let truths = TruthSeries(
            points: points, phase: Evaluator.phase(l, r), continues: Evaluator.continues(l, r), probe: probe)
        return Value(.truths(truths), provenance: l.provenance.union(r.provenance))
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
        return try seriesValue(
            points, l.provenance.union(r.provenance), span, phase: Evaluator.phase(l, r),
            continues: Evaluator.continues(l, r))
    }

    /// The phase of a series made from two operands: the left's when it is a series, else the right's.
    static func phase(_ l: Value, _ r: Value) -> Int {
        for case .series(let series) in [l.kind, r.kind] { return series.phase }
        return 0
    }

    /// Whether a series made from two operands runs on past its last point: when every series
    /// among them does.
    static func continues(_ l: Value, _ r: Value) -> Bool {
        for case .series(let series) in [l.kind, r.kind] where !series.continues { return false }
        return true
    }

    /// A series value from points, which must be consecutive, each standing `phase` months into
    /// its period.
    func seriesValue(
        _ points: [Series.Point], _ provenance: Provenance, _ span: Span, phase: Int = 0, continues: Bool = false
    ) throws(EvalError) -> Value {
        guard let series = Series(points, phase: phase, continues: continues) else {
            throw EvalError(.seriesMismatch("their periods do not line up"), span)
        }
        return Value(.series(series), provenance: provenance)
    }
}
