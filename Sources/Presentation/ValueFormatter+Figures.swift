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

    /// The lines that describe one figure: its id and label; its value with its hedges, period,
    /// who said and wrote it, where; the quote; then any reading, inferred period or
    /// disagreement.
    public func why(figure: Figure) -> [String] {
        var facts = figureDisplay(figure)
        if let period = figure.periodText { facts += " for " + period }
        facts += "; " + figure.citation
        return ["  \(figure.id): \(figure.label)", "    " + facts, "    \"\(figure.quote)\""]
            + figure.caveats.map { "    " + $0 }
    }

    /// A figure's value as shown, with its hedges (`over 25%`); a date as the data spells it,
    /// and the value text when it does not read.
    func figureDisplay(_ figure: Figure) -> String {
        if FigureValues.date(of: figure) != nil { return figure.qualified(figure.value) }
        guard let quantity = FigureValues.quantity(of: figure) else { return figure.value }
        return figure.qualified(display(Value(.quantity(quantity))))
    }

    /// A figure as a JSON object: id, label, display (with its hedges), unit, value (or low and
    /// high), qualifier, basis, reading, period, period_basis, period_reason, topics, speaker,
    /// author, form, source, document, timestamp, quote and disagreements; a missing field is null.
    public func json(figure: Figure) -> String {
        var pairs: [(String, String)] = [("id", JSON.quote(figure.id)), ("label", JSON.quote(figure.label))]
        if let date = FigureValues.date(of: figure) {
            pairs.append(("display", JSON.quote(figure.qualified(figure.value))))
            pairs += [("kind", JSON.quote("date")), ("from", JSON.quote(date.low.description))]
            pairs.append(("to", JSON.quote(date.high.description)))
        } else if let quantity = FigureValues.quantity(of: figure) {
            var value = jsonPairs(Value(.quantity(quantity)))
            if let index = value.firstIndex(where: { $0.0 == "display" }) {
                value[index].1 = JSON.quote(figure.qualified(display(Value(.quantity(quantity)))))
            }
            pairs += value
        } else {
            pairs.append(("display", JSON.quote(figure.value)))
        }
        func optional(_ text: String?) -> String { text.map(JSON.quote) ?? "null" }
        pairs += [
            ("qualifier", JSON.array(figure.qualifiers.map(JSON.quote))),
            ("basis", JSON.quote(figure.basis.rawValue)),
            ("reading", optional(figure.reading)),
            ("period", optional(figure.period)),
            ("period_basis", optional(figure.periodBasis?.rawValue)),
            ("period_reason", optional(figure.periodReason)),
            ("topics", JSON.array(figure.topics.map(JSON.quote))),
            ("speaker", JSON.quote(figure.speaker)),
            ("author", JSON.quote(figure.author)),
            ("form", JSON.quote(figure.form.rawValue)),
            ("source", JSON.quote(figure.source)),
            ("document", Dataset.documents[figure.source].map(JSON.quote) ?? "null"),
            ("timestamp", optional(figure.timestamp)),
            ("quote", JSON.quote(figure.quote)),
            ("disagreements", JSON.array((Dataset.disagreementsByFigure[figure.id] ?? []).map { JSON.quote($0.id) })),
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

extension ValueFormatter {
    /// A disagreement as text: its id and kind, the figures on each side, and what differs,
    /// wrapped to `width`.
    public func lines(disagreement: Disagreement, width: Int) -> [String] {
        let heading = disagreement.id + " (" + disagreement.kind + "): " + disagreement.rows.joined(separator: ", ")
        return TextWrap.lines(heading, width: width)
            + TextWrap.lines(disagreement.differs, width: width - 2).map { "  " + $0 }
    }

    /// A disagreement as a JSON object: id, kind, rows and differs.
    public func json(disagreement: Disagreement) -> String {
        JSON.object([
            ("id", JSON.quote(disagreement.id)), ("kind", JSON.quote(disagreement.kind)),
            ("rows", JSON.array(disagreement.rows.map(JSON.quote))), ("differs", JSON.quote(disagreement.differs)),
        ])
    }
}
