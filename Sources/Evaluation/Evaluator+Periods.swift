import Diagnostics
import Syntax
import Units

extension Evaluator {
    /// The period a literal names; a quarter or month without a year is the next one on or
    /// after as-of (from Apr 2026, `Q2` is Q2 2026 and `Q1` is Q1 2027).
    func resolve(_ literal: PeriodLiteral) -> Period {
        let asOf = environment.asOf
        switch literal.kind {
        case .quarter(let quarter):
            if let year = literal.year { return .quarter(quarter, year) }
            let candidate = Period.quarter(quarter, asOf.year)
            return candidate < asOf.start(as: .quarter) ? candidate.advanced(by: 4) : candidate
        case .month(let month):
            if let year = literal.year { return .month(month, year) }
            let candidate = Period.month(month, asOf.year)
            return candidate < asOf.start(as: .month) ? candidate.advanced(by: 12) : candidate
        case .year:
            return .year(literal.year ?? asOf.year)
        case .endOfYear:
            return .month(12, literal.year ?? asOf.year)
        }
    }

    /// One period from a value: a period, or a plain whole number from 1000 to 9999 as a year.
    func period(_ value: Value, _ span: Span) throws(EvalError) -> Period {
        switch value.kind {
        case .period(let range) where !range.isRange:
            return range.low
        case .quantity(let quantity) where quantity.unit.isNone && quantity.style == .plain && !quantity.isRange:
            if let year = Int(exactly: quantity.low), Period.years.contains(year) { return .year(year) }
        default:
            break
        }
        throw EvalError(.typeMismatch(expected: "a period such as 'Q4 2026'", found: value.kindDescription), span)
    }

    /// `series at period`: the value of a series (or a comparison per period) at the moment the
    /// period stands for (`Series.moment(of:)`): a point's own value for a period of the series'
    /// step, and the path between points for another period, so every step agrees.
    mutating func at(_ value: Value, _ seriesExpr: Expr, _ periodExpr: Expr, _ span: Span) throws(EvalError) -> Value {
        let period = try self.period(try evaluate(periodExpr), periodExpr.span)
        switch value.kind {
        case .series(let series):
            guard let read = series.value(at: series.moment(of: period)) else {
                throw EvalError(
                    .periodOutsideSeries(period: period.description, series: series.span.description), periodExpr.span)
            }
            return Value(.quantity(read), provenance: value.provenance)
        case .truths(let truths):
            let moment = Series.moment(of: period, origin: truths.first.firstMonth + truths.phase)
            guard moment >= Double(truths.first.firstMonth), moment < Double(truths.last.lastMonth + 1),
                let truth = truths.truth(at: moment)
            else {
                let span = PeriodRange(truths.first, truths.last).description
                throw EvalError(.periodOutsideSeries(period: period.description, series: span), periodExpr.span)
            }
            return Value(.truth(truth), provenance: value.provenance)
        default:
            throw EvalError(
                .typeMismatch(expected: "a series before 'at'", found: value.kindDescription), seriesExpr.span)
        }
    }

    /// `when condition`: the period that holds the first moment where a comparison involving a
    /// series holds (see `TruthSeries.crossing`).
    mutating func when(_ condition: Expr, _ span: Span) throws(EvalError) -> Value {
        let value = try evaluate(condition)
        guard case .truths(let truths) = value.kind else {
            throw EvalError(
                .typeMismatch(expected: "a comparison involving a series after 'when'", found: value.kindDescription),
                condition.span)
        }
        let crossing = truths.crossing
        if let periods = crossing.periods { return Value(.period(periods), provenance: value.provenance) }
        return Value(.crossing(crossing), provenance: value.provenance)
    }

    /// Arithmetic and comparisons where a period or series takes part; nil when none does.
    mutating func periodOrSeriesArithmetic(
        _ op: BinaryOperator, _ l: Value, _ r: Value, _ left: Expr, _ right: Expr, _ span: Span
    )
        throws(EvalError) -> Value?
    {
        let provenance = l.provenance.union(r.provenance)
        switch (l.kind, r.kind) {
        case (.period(let period), .quantity(let duration)) where op == .add || op == .subtract:
            let moved = try shift(period, by: op == .add ? duration : duration.negated, right.span, span)
            return Value(.period(moved), provenance: provenance)
        case (.quantity(let duration), .period(let period)) where op == .add:
            return Value(.period(try shift(period, by: duration, left.span, span)), provenance: provenance)
        case (.period(let a), .period(let b)) where op == .subtract:
            return Value(.quantity(difference(a, b)), provenance: provenance)
        case (.series, _), (_, .series):
            return try seriesBinary(op, l, r, left, right, span)
        default:
            return nil
        }
    }

    /// A comparison where a period or series takes part; nil when none does.
    func periodOrSeriesComparison(
        _ op: CompareOperator, _ l: Value, _ r: Value, _ left: Expr, _ right: Expr, _ span: Span
    )
        throws(EvalError) -> Value?
    {
        switch (l.kind, r.kind) {
        case (.period(let a), .period(let b)):
            let truth = Evaluator.compare(op, Evaluator.months(a), Evaluator.months(b))
            return Value(.truth(truth), provenance: l.provenance.union(r.provenance))
        case (.series, _), (_, .series):
            return try seriesCompare(op, l, r, left, right, span)
        default:
            return nil
        }
    }

    /// The first months of a period range, as a quantity for comparing.
    static func months(_ period: PeriodRange) -> Quantity {
        Quantity(low: Double(period.low.firstMonth), high: Double(period.high.firstMonth))
    }

    /// `Q4 2026 - Q2 2026` is 2 quarters; periods of different lengths differ in months.
    func difference(_ a: PeriodRange, _ b: PeriodRange) -> Quantity {
        let granularity = a.low.granularity == b.low.granularity ? a.low.granularity : .month
        let unit: Unit =
            granularity == .month ? UnitTable.month : granularity == .quarter ? UnitTable.quarter : UnitTable.year
        let length = Double(granularity.months)
        let low = Double(a.low.firstMonth - b.high.firstMonth) / length
        let high = Double(a.high.firstMonth - b.low.firstMonth) / length
        return Quantity(low: min(low, high), high: max(low, high), unit: UnitProduct(unit))
    }

    /// A period moved by a duration; a range of durations gives a range of periods.
    func shift(_ period: PeriodRange, by duration: Quantity, _ durationSpan: Span, _ span: Span)
        throws(EvalError) -> PeriodRange
    {
        guard duration.dimension == .time else {
            throw EvalError(
                .typeMismatch(expected: "a duration such as '6 months'", found: duration.dimension.description),
                durationSpan)
        }
        func months(_ amount: Double) throws(EvalError) -> Int {
            let months = amount * duration.unit.factor / (365.0 / 12)
            guard abs(months) <= 120_000 else { throw EvalError(.periodOutOfRange, span) }
            let whole = months.rounded()
            guard abs(months - whole) < 1e-6 else {
                throw EvalError(.unevenPeriodStep(duration: duration.display(), period: period.description), span)
            }
            return Int(whole)
        }
        func moved(_ period: Period, _ amount: Double) throws(EvalError) -> Period {
            guard let result = period.adding(months: try months(amount)) else {
                throw EvalError(.unevenPeriodStep(duration: duration.display(), period: period.description), span)
            }
            guard result.isInRange else { throw EvalError(.periodOutOfRange, span) }
            return result
        }
        return PeriodRange(try moved(period.low, duration.low), try moved(period.high, duration.high))
    }
}
