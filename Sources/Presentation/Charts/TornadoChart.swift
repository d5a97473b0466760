import Evaluation
import Units

/// A sensitivity table as a tornado chart: one horizontal bar per uncertain input, from the
/// result at the input's low end to the result at its high end, widest swing at the top, on one
/// axis in the result's unit.
struct TornadoChart {
    /// The rows: the input's label and the result at its low and high end.
    var rows: [(label: String, atLow: Quantity, atHigh: Quantity)]
    var formatter: ValueFormatter
    var title: String
    var id: String

    /// The rows of a sensitivity table, or nil for a table of another kind.
    init?(_ table: Table, formatter: ValueFormatter, title: String, id: String) {
        guard table.purpose == .sensitivity, !table.rows.isEmpty else { return nil }
        var rows: [(String, Quantity, Quantity)] = []
        for row in table.rows {
            guard row.count >= 3, case .text(let label) = row[0], case .value(let low) = row[1],
                case .value(let high) = row[2], let atLow = low.quantity, let atHigh = high.quantity
            else { return nil }
            rows.append((label, atLow, atHigh))
        }
        self.rows = rows.map { (label: $0.0, atLow: $0.1, atHigh: $0.2) }
        self.formatter = formatter
        self.title = title
        self.id = id
    }

    static let width = 640.0
    static let rowHeight = 28.0
    static let top = 12.0
    static let bottom = 32.0

    func display(_ quantity: Quantity) -> String { formatter.display(Value(.quantity(quantity))) }

    /// The SVG element.
    func svg() -> String {
        let scale = ChartScale(covering: rows.flatMap { [$0.atLow.low, $0.atHigh.low] })
        let labelWidth = min(240, Double(rows.map(\.label.count).max() ?? 0) * SeriesChart.characterWidth + 12)
        let left = labelWidth
        let right = TornadoChart.width - 40
        let height = TornadoChart.top + Double(rows.count) * TornadoChart.rowHeight + TornadoChart.bottom
        let plotBottom = height - TornadoChart.bottom
        func x(_ value: Double) -> Double { left + (value - scale.low) / (scale.high - scale.low) * (right - left) }
        var out = "<svg class=\"chart tornado\" viewBox=\"0 0 \(SVG.number(TornadoChart.width)) \(SVG.number(height))\""
        out += " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        out += "<title id=\"\(id)-title\">\(HTML.escape(title))</title>\n"
        let words = rows.map { "\($0.label): \(display($0.atLow)) at its low, \(display($0.atHigh)) at its high" }
        out += "<desc id=\"\(id)-desc\">\(HTML.escape(title + ": " + words.joined(separator: "; ") + "."))</desc>\n"
        let sample = rows[0].atLow
        for tick in scale.ticks {
            let at = SVG.number(x(tick))
            out +=
                "<line class=\"\(tick == 0 ? "axis" : "grid")\" x1=\"\(at)\" y1=\"\(SVG.number(TornadoChart.top))\" x2=\"\(at)\""
            out += " y2=\"\(SVG.number(plotBottom))\"/>\n"
            let label = display(Quantity(tick, unit: sample.unit, style: sample.style))
            out += "<text class=\"tick\" x=\"\(at)\" y=\"\(SVG.number(plotBottom + 18))\" text-anchor=\"middle\">"
            out += HTML.escape(label) + "</text>\n"
        }
        for (index, row) in rows.enumerated() {
            let y = TornadoChart.top + Double(index) * TornadoChart.rowHeight
            let from = x(min(row.atLow.low, row.atHigh.low))
            let to = x(max(row.atLow.low, row.atHigh.low))
            out +=
                "<text class=\"period\" x=\"\(SVG.number(left - 8))\" y=\"\(SVG.number(y + TornadoChart.rowHeight / 2))\""
            out += " text-anchor=\"end\" dominant-baseline=\"middle\">\(HTML.escape(row.label))</text>\n"
            out +=
                "<rect class=\"bar\" x=\"\(SVG.number(from))\" y=\"\(SVG.number(y + 5))\" width=\"\(SVG.number(max(1, to - from)))\""
            out += " height=\"\(SVG.number(TornadoChart.rowHeight - 10))\"/>\n"
        }
        return out + "</svg>"
    }
}
