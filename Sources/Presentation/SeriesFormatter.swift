import Diagnostics
import Evaluation
import Units

/// Draws a series as a table of period, value, change from the period before, and a bar.
///
/// Bars are Unicode blocks, at most `barWidth` cells for the largest value, in eighths of a
/// cell. A range is drawn solid up to its low bound and shaded (`░`) up to its high bound.
/// Values at or below zero get no bar. Lines carry no trailing spaces.
public struct SeriesFormatter: Sendable {
    /// The number formatter for values and changes.
    public var numbers: NumberFormatter
    /// The widest bar, in cells.
    public var barWidth: Int

    /// Makes a formatter.
    public init(numbers: NumberFormatter = NumberFormatter(), barWidth: Int = 24) {
        self.numbers = numbers
        self.barWidth = max(1, barWidth)
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The table for a series.
    public func table(_ series: Series) -> String {
        let largest = series.points.map(\.value.high).max() ?? 0
        var rows: [[String]] = [["period", "value", "change", ""]]
        var previous: Quantity?
        for point in series.points {
            let change = previous.map { self.change(from: $0, to: point.value) } ?? ""
            rows.append([
                point.period.description, point.value.display(numbers), change, bar(point.value, largest: largest),
            ])
            previous = point.value
        }
        return layout(rows)
    }

    /// The table for a comparison per period.
    public func table(_ truths: TruthSeries) -> String {
        layout([["period", "holds"]] + truths.points.map { [$0.period.description, $0.truth.rawValue] })
    }

    /// One line for a series, as JSON's `display` and change notes use:
    /// `Q2 2026: $7M/yr ... Q4 2026: $28M/yr (quarterly)`.
    public func summary(_ series: Series) -> String {
        let first = series.points[0]
        let last = series.points[series.points.count - 1]
        let start = "\(first.period): \(first.value.display(numbers))"
        if series.points.count == 1 { return start + " (\(series.step.adjective))" }
        return start + " ... \(last.period): \(last.value.display(numbers)) (\(series.step.adjective))"
    }

    /// `+100%`, `-20%`, or `+58.7% to +73.2%` when the low and high paths change differently.
    func change(from old: Quantity, to new: Quantity) -> String {
        guard old.low > 0, old.high > 0 else { return "" }
        // Rounded to a billionth, so that float noise does not show as a range of changes.
        let low = ((new.low / old.low - 1) * 1e9).rounded() / 1e9
        let high = ((new.high / old.high - 1) * 1e9).rounded() / 1e9
        guard low.isFinite, high.isFinite else { return "" }
        let first = signed(min(low, high))
        let second = signed(max(low, high))
        return first == second ? first : first + " to " + second
    }

    func signed(_ ratio: Double) -> String {
        let text = numbers.format(ratio, percent: true)
        return (ratio >= 0 && !text.hasPrefix("-") ? "+" : "") + text + "%"
    }

    /// The bar for a value, scaled so that `largest` fills `barWidth` cells.
    func bar(_ value: Quantity, largest: Double) -> String {
        guard largest > 0, largest.isFinite, value.high > 0 else { return "" }
        // Each bound as a share of the largest (at most 1), so that no magnitude, however small
        // or large, overflows on the way to a count of cells.
        func cells(_ bound: Double) -> Double { min(1, max(0, bound / largest)) * Double(barWidth) }
        var solidEighths = Int((cells(value.low) * 8).rounded())
        if value.low > 0, solidEighths == 0 { solidEighths = 1 }
        var text = String(repeating: "█", count: solidEighths / 8) + SeriesFormatter.eighths[solidEighths % 8]
        let used = (solidEighths + 7) / 8
        let highCells = Int(cells(value.high).rounded())
        if value.isRange, highCells > used { text += String(repeating: "░", count: highCells - used) }
        return text
    }

    /// Columns padded to their widest cell, two spaces apart, without trailing spaces.
    func layout(_ rows: [[String]]) -> String {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column >= widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.count)
            }
        }
        var lines: [String] = []
        for row in rows {
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - cell.count + 2) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
