import Dataset
import Diagnostics
import Evaluation
import Units

extension ValueFormatter {
    /// The lines `--why` prints under a value, indented two spaces: for each figure its id and
    /// label, then its value, period, speaker, source and timestamp, then the quote.
    public func why(_ value: Value) -> [String] {
        let figures = value.provenance.figures
        var lines = figures.isEmpty ? ["  (no dataset figures)"] : figures.flatMap(why(figure:))
        lines += uncertainInputs(value)
        return lines
    }

    /// The uncertain inputs a range depends on, for `--why`: each range written, figure or
    /// param that its bounds and distribution come from.
    func uncertainInputs(_ value: Value) -> [String] {
        guard let quantity = value.quantity, quantity.isRange else { return [] }
        let inputs = quantity.uncertainInputs
        let shown = inputs.prefix(20).map { "    " + ($0.inputLabel ?? $0.display()) }
        let more = inputs.count > 20 ? ["    and \(inputs.count - 20) more"] : []
        return ["  uncertain inputs:"] + shown + more
    }

    /// The three lines that describe one figure.
    public func why(figure: Figure) -> [String] {
        var facts = figureDisplay(figure)
        if let period = figure.period { facts += " for " + period }
        facts += "; " + figure.speaker + ", " + figure.source
        if let timestamp = figure.timestamp { facts += " at " + timestamp }
        return ["  \(figure.id): \(figure.label)", "    " + facts, "    \"\(figure.quote)\""]
    }

    /// A figure's value as shown, or its text when it does not read.
    func figureDisplay(_ figure: Figure) -> String {
        guard case .success(let quantity) = FigureValues.parse(figure) else { return figure.value }
        return display(Value(.quantity(quantity)))
    }

    /// A figure as a JSON object: id, label, display, unit, value (or low and high), period,
    /// topics, speaker, source, document, timestamp and quote; a missing period or timestamp is null.
    public func json(figure: Figure) -> String {
        var pairs: [(String, String)] = [("id", JSON.quote(figure.id)), ("label", JSON.quote(figure.label))]
        if case .success(let quantity) = FigureValues.parse(figure) {
            pairs += jsonPairs(Value(.quantity(quantity)))
        } else {
            pairs.append(("display", JSON.quote(figure.value)))
        }
        pairs += [
            ("period", figure.period.map(JSON.quote) ?? "null"),
            ("topics", JSON.array(figure.topics.map(JSON.quote))),
            ("speaker", JSON.quote(figure.speaker)),
            ("source", JSON.quote(figure.source)),
            ("document", Dataset.documents[figure.source].map(JSON.quote) ?? "null"),
            ("timestamp", figure.timestamp.map(JSON.quote) ?? "null"),
            ("quote", JSON.quote(figure.quote)),
        ]
        return JSON.object(pairs)
    }

    /// A value's JSON pairs with `sources` as full figure objects instead of ids.
    public func jsonPairs(_ value: Value, why: Bool) -> [(String, String)] {
        var pairs = jsonPairs(value)
        guard why else { return pairs }
        pairs.removeAll { $0.0 == "sources" }
        pairs.append(("sources", JSON.array(value.provenance.figures.map(json(figure:)))))
        return pairs
    }
}
