/// A linear scale from values to pixels, with round ticks: the axis of a chart.
///
/// Ticks are 1, 2 or 5 times a power of ten (as Heckbert's "nice numbers" and most chart
/// libraries choose them), at most `maximumTicks` of them, covering the data; the domain is
/// widened to the outer ticks so the data never touches the frame. A domain that includes
/// zero keeps it, and amounts that are all positive start at zero, so bars and bands are not
/// exaggerated.
struct ChartScale: Equatable {
    /// The lowest and highest values the axis shows.
    var low: Double
    var high: Double
    /// The tick values, low to high.
    var ticks: [Double]

    /// A scale that covers `values`, with about `maximumTicks` round ticks.
    init(covering values: [Double], maximumTicks: Int = 5) {
        let finite = values.filter(\.isFinite)
        let low = min(0, finite.min() ?? 0)
        var high = max(0, finite.max() ?? 1)
        if low == high { high = low + 1 }
        let step = ChartScale.niceStep(for: (high - low) / Double(max(1, maximumTicks - 1)))
        // Ticks are whole multiples of the step, each computed from its multiple so that no
        // error builds up (0.3, not 0.1 + 0.1 + 0.1).
        let first = Int((low / step).rounded(.down))
        var last = Int((high / step).rounded(.up))
        if last == first { last += 1 }
        let ticks = (first...last).map { ChartScale.multiple($0, of: step) }
        self.low = ticks[0]
        self.high = ticks[ticks.count - 1]
        self.ticks = ticks
    }

    /// `count` times a step of 1, 2 or 5 times a power of ten, rounded once.
    static func multiple(_ count: Int, of step: Double) -> Double {
        if count == 0 { return 0 }
        var power = 1.0
        var exponent = 0
        while power * 10 <= step * (1 + 1e-12) {
            power *= 10
            exponent += 1
        }
        while power > step * (1 + 1e-12) {
            power /= 10
            exponent -= 1
        }
        let mantissa = Int((step / power).rounded())
        var scale = 1.0
        for _ in 0..<abs(exponent) { scale *= 10 }
        return exponent >= 0 ? Double(count * mantissa) * scale : Double(count * mantissa) / scale
    }

    /// The smallest of 1, 2 and 5 times a power of ten at least `raw`.
    static func niceStep(for raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= raw { power *= 10 }
        while power > raw { power /= 10 }
        for multiple in [1.0, 2, 5, 10] where power * multiple >= raw * (1 - 1e-12) { return power * multiple }
        return power * 10
    }

    /// The pixel for a value, with `top` the pixel of `high` and `bottom` that of `low`.
    func position(_ value: Double, top: Double, bottom: Double) -> Double {
        guard high > low else { return bottom }
        return bottom - (value - low) / (high - low) * (bottom - top)
    }
}

/// Which category labels an axis can show without two of them overlapping: every `stride`-th,
/// always the first and, when it fits, the last.
enum LabelThinning {
    /// The indices to label, for `count` labels of at most `labelWidth` pixels each on an axis of
    /// `width` pixels.
    static func indices(count: Int, labelWidth: Double, width: Double) -> [Int] {
        guard count > 0 else { return [] }
        let slot = width / Double(count)
        let stride = max(1, Int((labelWidth * 1.2 / slot).rounded(.up)))
        var shown = Array(Swift.stride(from: 0, to: count, by: stride))
        // The last period matters most in a projection: show it, dropping the one before if
        // the two would touch.
        if let last = shown.last, last != count - 1 {
            if shown.count > 1, Double(count - 1 - last) * slot < labelWidth * 1.2 { shown.removeLast() }
            shown.append(count - 1)
        }
        return shown
    }
}

/// Numbers in SVG: a coordinate to a tenth of a pixel, without locale: `12`, `12.5`, `-3.2`.
enum SVG {
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return sign + String(magnitude / 10) + (magnitude % 10 == 0 ? "" : "." + String(magnitude % 10))
    }
}
