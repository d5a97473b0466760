import Diagnostics
import Evaluation
import Units

extension ValueFormatter {
    /// The JSON pairs for periods, series and `when` answers, after `display`.
    ///
    /// A period gives `period` (or `low` and `high`); a series gives `unit`, `step` and `points`,
    /// each point a `period` with a `value` (or `low` and `high`) in the displayed unit; a
    /// comparison per period gives points with true, false or "maybe"; an answer of `when`
    /// with no definite period gives `period: null`, `earliest` and `within`.
    func timeJSONPairs(_ value: Value) -> [(String, String)] {
        switch value.kind {
        case .period(let period):
            if period.isRange {
                return [("low", JSON.quote(period.low.description)), ("high", JSON.quote(period.high.description))]
            }
            return [("period", JSON.quote(period.low.description))]
        case .series(let series):
            let unit = series.points[0].value.unitSymbol
            let points = series.points.map { point -> String in
                var pairs: [(String, String)] = [("period", JSON.quote(point.period.description))]
                let bounds = point.value.jsonBounds
                if point.value.isRange {
                    pairs += [("low", bounds.low), ("high", bounds.high)]
                } else {
                    pairs.append(("value", bounds.low))
                }
                return JSON.object(pairs)
            }
            return [
                ("unit", JSON.quote(unit)), ("step", JSON.quote(series.step.adjective)), ("points", JSON.array(points)),
            ]
        case .truths(let truths):
            let points = truths.points.map {
                JSON.object([
                    ("period", JSON.quote($0.period.description)),
                    ("value", $0.truth == .maybe ? JSON.quote("maybe") : $0.truth.rawValue),
                ])
            }
            return [("points", JSON.array(points))]
        case .crossing(let crossing):
            return [
                ("period", "null"),
                ("earliest", crossing.earliest.map { JSON.quote($0.description) } ?? "null"),
                (
                    "within",
                    JSON.array([
                        JSON.quote(crossing.within.low.description), JSON.quote(crossing.within.high.description),
                    ])
                ),
            ]
        case .quantity, .truth, .text, .table:
            return []
        }
    }
}
