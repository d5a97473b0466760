import Evaluation
import Units

/// A projected series as an inline SVG chart: a line through its values, or for a range a band
/// between the low and high paths with the median line inside it; ticks in the series' own unit;
/// `when` answers marked where they cross. Deterministic: coordinates are rounded to a tenth of a
/// pixel and written without locale.
struct SeriesChart {
    /// A `when` answer to mark: from the first period where the condition may hold to the first
    /// where it surely holds.
    struct Marker {
        /// What the marker says: `when spend > payroll: Q4 2026`.
        var label: String
        /// The periods, within the series.
        var from: Period
        var to: Period
    }

    var series: Series
    var formatter: ValueFormatter
    /// What the chart shows, for its title: the name of the series.
    var title: String
    var markers: [Marker] = []
    /// A page-unique id for the chart's title and description.
    var id: String

    static let width = 640.0
    static let height = 260.0
    static let right = 16.0
    static let top = 24.0
    static let bottom = 40.0
    /// An estimate of one character's width in the chart's 12px labels.
    static let characterWidth = 7.0

    /// The series' points as (low, median, high) in its unit.
    var values: [(low: Double, median: Double, high: Double)] {
        series.points.map { point in
            let quantity = point.value
            guard quantity.isRange else { return (quantity.low, quantity.low, quantity.high) }
            let median = quantity.percentile(0.5, sampler: formatter.sampler).low
            return (quantity.low, median, quantity.high)
        }
    }

    /// A tick's label in the series' unit: `$10M/yr`, `20%`.
    func label(_ value: Double) -> String {
        let sample = series.points[0].value
        return formatter.display(Value(.quantity(Quantity(value, unit: sample.unit, style: sample.style))))
    }

    /// The SVG element.
    func svg() -> String {
        let values = self.values
        let scale = ChartScale(covering: values.flatMap { [$0.low, $0.high] })
        let tickLabels = scale.ticks.map(label)
        let left = max(48, Double(tickLabels.map(\.count).max() ?? 0) * SeriesChart.characterWidth + 14)
        let plotRight = SeriesChart.width - SeriesChart.right
        let plotBottom = SeriesChart.height - SeriesChart.bottom
        let slot = (plotRight - left) / Double(values.count)
        func x(_ index: Int) -> Double { left + (Double(index) + 0.5) * slot }
        func y(_ value: Double) -> Double { scale.position(value, top: SeriesChart.top, bottom: plotBottom) }

        var out = "<svg class=\"chart\" viewBox=\"0 0 \(n(SeriesChart.width)) \(n(SeriesChart.height))\" role=\"img\""
        out += " aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        out += "<title id=\"\(id)-title\">\(HTML.escape(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(HTML.escape(description(values)))</desc>\n"
        // Grid lines and value ticks.
        for (tick, text) in zip(scale.ticks, tickLabels) {
            let at = n(y(tick))
            let kind = tick == 0 ? "axis" : "grid"
            out += "<line class=\"\(kind)\" x1=\"\(n(left))\" y1=\"\(at)\" x2=\"\(n(plotRight))\" y2=\"\(at)\"/>\n"
            out +=
                "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(at)\" text-anchor=\"end\" dominant-baseline=\"middle\">"
            out += HTML.escape(text) + "</text>\n"
        }
        // Period labels, thinned so that none overlap.
        let periods = series.points.map(\.period.description)
        let widest = Double(periods.map(\.count).max() ?? 0) * SeriesChart.characterWidth
        for index in LabelThinning.indices(count: periods.count, labelWidth: widest, width: plotRight - left) {
            out += "<text class=\"period\" x=\"\(n(x(index)))\" y=\"\(n(plotBottom + 18))\" text-anchor=\"middle\">"
            out += HTML.escape(periods[index]) + "</text>\n"
        }
        // `when` answers: a shaded span from the first possible to the first certain period.
        for marker in markers {
            guard let from = series.points.firstIndex(where: { $0.period == marker.from }),
                let to = series.points.firstIndex(where: { $0.period == marker.to })
            else { continue }
            let start = x(from) - slot / 2
            let end = x(to) + slot / 2
            out +=
                "<rect class=\"marker-span\" x=\"\(n(start))\" y=\"\(n(SeriesChart.top))\" width=\"\(n(end - start))\""
            out += " height=\"\(n(plotBottom - SeriesChart.top))\"/>\n"
            // The label starts at the span, or ends at it in the right half so it stays inside.
            let rightHalf = start > (left + plotRight) / 2
            out += "<text class=\"marker\" x=\"\(n(rightHalf ? end - 4 : start + 4))\" y=\"\(n(SeriesChart.top - 8))\""
            out += rightHalf ? " text-anchor=\"end\">" : ">"
            out += HTML.escape(marker.label) + "</text>\n"
        }
        let isRange = values.contains { $0.low != $0.high }
        if isRange {
            let upper = values.indices.map { "\(n(x($0))),\(n(y(values[$0].high)))" }
            let lower = values.indices.reversed().map { "\(n(x($0))),\(n(y(values[$0].low)))" }
            out += "<polygon class=\"band\" points=\"\((upper + lower).joined(separator: " "))\"/>\n"
        }
        let middle = values.indices.map { "\(n(x($0))),\(n(y(values[$0].median)))" }
        out += "<polyline class=\"line\" points=\"\(middle.joined(separator: " "))\"/>\n"
        for index in values.indices {
            out += "<circle class=\"point\" cx=\"\(n(x(index)))\" cy=\"\(n(y(values[index].median)))\" r=\"3\"/>\n"
        }
        return out + "</svg>"
    }

    /// The chart's data in words, for screen readers.
    func description(_ values: [(low: Double, median: Double, high: Double)]) -> String {
        let points = series.points.map { "\($0.period): \(formatter.display(Value(.quantity($0.value))))" }
        var text = "\(title), \(series.step.adjective): " + points.joined(separator: "; ")
        for marker in markers { text += ". " + marker.label }
        return text + "."
    }

    /// A coordinate, as SVG writes it.
    func n(_ value: Double) -> String { SVG.number(value) }
}
