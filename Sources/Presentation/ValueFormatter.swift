import Diagnostics
import Evaluation
import Units

/// Shows values to people and to JSON.
public struct ValueFormatter: Sendable {
    /// The number formatter.
    public var numbers: NumberFormatter
    /// The most columns a table may take; nil for no limit.
    public var tableWidth: Int?
    /// How JSON's percentiles are sampled.
    public var sampler = Sampler()
    /// Percentiles computed ahead for many values at once (`withPercentiles(of:)`), by node.
    var percentiles: [ObjectIdentifier: [Double]] = [:]

    /// The percentiles JSON gives for every range.
    static let jsonPercentiles: [(name: String, p: Double)] = [("p5", 0.05), ("p50", 0.5), ("p95", 0.95)]

    /// The formatter with the JSON percentiles of these values computed in one pass, each
    /// formula under them sampled once.
    public func withPercentiles(of values: [Value]) -> ValueFormatter {
        var quantities: [Quantity] = []
        for value in values {
            switch value.kind {
            case .quantity(let quantity) where quantity.node != nil: quantities.append(quantity)
            default: break
            }
        }
        var copy = self
        let found = Quantity.percentiles(ValueFormatter.jsonPercentiles.map(\.p), of: quantities, sampler: sampler)
        for (quantity, result) in zip(quantities, found) {
            if let node = quantity.node, let result { copy.percentiles[ObjectIdentifier(node)] = result }
        }
        return copy
    }

    /// `p5`, `p50`, `p95` of a range, in the JSON bounds' unit.
    func percentilePairs(_ quantity: Quantity) -> [(String, String)] {
        guard quantity.isRange else { return [] }
        let values =
            quantity.node.flatMap { percentiles[ObjectIdentifier($0)] }
            ?? ValueFormatter.jsonPercentiles.map { quantity.percentile($0.p, sampler: sampler).low }
        let percent = quantity.style == .percent
        return zip(ValueFormatter.jsonPercentiles, values).map {
            ($0.name, NumberFormatter.json($1, percent: percent))
        }
    }

    /// Makes a formatter showing `significant` digits.
    public init(significant: Int = 3, tableWidth: Int? = nil) {
        numbers = NumberFormatter(significant: significant)
        self.tableWidth = tableWidth
    }

    /// The compact display: `$2.19M/yr`, `28%`, `$35B to $45B`, `true`.
    public func display(_ value: Value) -> String {
        switch value.kind {
        case .quantity(let quantity): quantity.display(numbers)
        case .truth(let truth, _): truth.rawValue
        case .text(let text): "\"" + text + "\""
        case .table(let table): display(table)
        case .period(let period): period.description
        case .series(let series): SeriesFormatter(numbers: numbers).table(series)
        case .truths(let truths): SeriesFormatter(numbers: numbers).table(truths)
        case .crossing(let crossing): crossing.description
        }
    }

    /// The display on one line: a series becomes a summary such as
    /// `$7M/yr in Q2 2026 to $28M/yr in Q4 2026 (quarterly)`; other values display as usual.
    public func inlineDisplay(_ value: Value) -> String {
        switch value.kind {
        case .series(let series): SeriesFormatter(numbers: numbers).summary(series)
        case .truths(let truths):
            truths.points.map { "\($0.period): \($0.truth.rawValue)" }.joined(separator: ", ")
        default: display(value)
        }
    }

    /// Prose with its values filled in.
    public func display(_ prose: [ProseOutput]) -> String {
        prose.map {
            switch $0 {
            case .text(let text): text
            case .value(let value): display(value)
            }
        }.joined()
    }

    /// The JSON pairs for a value: display, unit, and value or low and high, in full precision.
    public func jsonPairs(_ value: Value) -> [(String, String)] {
        var pairs: [(String, String)] = [("display", JSON.quote(inlineDisplay(value)))]
        switch value.kind {
        case .quantity(let quantity):
            pairs.append(("unit", JSON.quote(quantity.unitSymbol)))
            let bounds = quantity.jsonBounds
            if quantity.isRange {
                pairs.append(("low", bounds.low))
                pairs.append(("high", bounds.high))
                pairs += percentilePairs(quantity)
                if !quantity.hasTightBounds { pairs.append(("bounds", JSON.quote("enclosure"))) }
            } else {
                pairs.append(("value", bounds.low))
            }
        case .truth(let truth, let chance):
            pairs.append(("value", truth == .maybe ? JSON.quote("maybe") : truth.rawValue))
            if truth == .maybe, let chance { pairs.append(("chance", NumberFormatter.json(chance))) }
        case .text(let text):
            pairs.append(("value", JSON.quote(text)))
        case .table(let table):
            pairs = [("columns", JSON.array(table.columns.map(JSON.quote))), ("rows", JSON.array(jsonRows(table)))]
        case .period, .series, .truths, .crossing:
            pairs += timeJSONPairs(value)
        }
        if !value.provenance.ids.isEmpty {
            pairs.append(("sources", JSON.array(value.provenance.ids.map(JSON.quote))))
        }
        return pairs
    }
}
