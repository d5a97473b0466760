#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Formats numbers for people, deterministically and without Foundation: `2.19M`, `30,000`, `0.28`.
///
/// Rules: from a million up, a scale letter (M, B, T) and `significant` digits; from a thousand
/// up, a whole number with `,` grouping; below that, `significant` digits. Money below a
/// thousand shows cents when it has any (`$0.10`, `$12.50`).
public struct NumberFormatter: Sendable {
    /// How many significant digits to show.
    public var significant: Int

    /// Makes a formatter; `significant` is clamped to 1...15.
    public init(significant: Int = 3) {
        self.significant = max(1, min(15, significant))
    }

    /// Formats a number; `money` selects the cents rule.
    public func format(_ value: Double, money: Bool = false) -> String {
        if value == 0 || !value.isFinite { return value.isFinite ? "0" : "\(value)" }
        let sign = value < 0 ? "-" : ""
        return sign + formatMagnitude(abs(value), money: money)
    }

    func formatMagnitude(_ value: Double, money: Bool) -> String {
        if value >= 1e18 { return scientific(value) }
        if value >= 1e6 {
            let scales = NumberFormatter.scales
            var index = value >= 1e12 ? 2 : value >= 1e9 ? 1 : 0
            var mantissa = value / scales[index].0
            var text = significantDigits(mantissa)
            if text == "1000", index < 2 {
                index += 1
                mantissa = value / scales[index].0
                text = significantDigits(mantissa)
            }
            if mantissa >= 1000 { text = grouped(mantissa, decimals: 0) }
            return text + scales[index].1
        }
        if value >= 1000 || significantDigits(value) == "1000" {
            let integerDigits = Int(log10(value)) + 1
            return grouped(value, decimals: max(0, significant - integerDigits))
        }
        if money, value >= 0.005 {
            let cents = (value * 100).rounded()
            if cents.truncatingRemainder(dividingBy: 100) == 0 { return grouped(cents / 100, decimals: 0) }
            return fixed(cents / 100, decimals: 2, trim: false)
        }
        return significantDigits(value)
    }

    static let scales: [(Double, String)] = [(1e6, "M"), (1e9, "B"), (1e12, "T")]

    /// `value` (positive, below 1000 after rounding) with `significant` significant digits,
    /// trailing zeros trimmed.
    func significantDigits(_ value: Double) -> String {
        let magnitude = Int(floor(log10(value)))
        let decimals = max(0, min(17, significant - 1 - magnitude))
        return fixed(value, decimals: decimals, trim: true)
    }

    /// `value` rounded to `decimals` places.
    func fixed(_ value: Double, decimals: Int, trim: Bool) -> String {
        let scaled = (value * pow(10, Double(decimals))).rounded()
        guard scaled < 9e18 else { return scientific(value) }
        let integer = String(Int64(scaled))
        if decimals == 0 { return integer }
        // Digits as ASCII bytes: padded with zeros to have a digit before the point.
        let zero = UInt8(ascii: "0")
        var digits = [UInt8](repeating: zero, count: max(0, decimals + 1 - integer.utf8.count))
        digits += integer.utf8
        let point = digits.count - decimals
        var end = digits.count
        if trim { while end > point, digits[end - 1] == zero { end -= 1 } }
        let whole = String(decoding: digits[..<point], as: UTF8.self)
        return end > point ? whole + "." + String(decoding: digits[point..<end], as: UTF8.self) : whole
    }

    /// `value` with `,` between groups of three digits.
    func grouped(_ value: Double, decimals: Int) -> String {
        let text = fixed(value, decimals: decimals, trim: true).utf8
        let whole =
            text.firstIndex(of: UInt8(ascii: ".")).map { text.distance(from: text.startIndex, to: $0) } ?? text.count
        var out: [UInt8] = []
        out.reserveCapacity(text.count + whole / 3)
        for (index, byte) in text.enumerated() {
            if index > 0, index < whole, (whole - index) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `1.23e21`.
    func scientific(_ value: Double) -> String {
        let exponent = Int(floor(log10(value)))
        let mantissa = value / pow(10, Double(exponent))
        return significantDigits(mantissa) + "e" + String(exponent)
    }

    /// A number in full precision for JSON: integers without `.0`, others as Swift prints them.
    ///
    /// A value within float noise of a short decimal is written as that decimal, so that
    /// `28% * 100` is 28 and not 28.000000000000004; other values keep every digit.
    public static func json(_ value: Double) -> String {
        let value = roundedToDoublePrecision(value)
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// `value` rounded to 15 significant digits when the result has at most 12 of them, which
    /// means the lost digits were float noise; otherwise `value` unchanged.
    static func roundedToDoublePrecision(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        let magnitude = Int(floor(log10(abs(value))))
        let decimals = 14 - magnitude
        guard decimals >= 0, decimals <= 17 else { return value }
        let text = NumberFormatter(significant: 15).fixed(abs(value), decimals: decimals, trim: true)
        let significant = text.filter(\.isNumber).drop { $0 == "0" }.count
        guard significant <= 12, let rounded = Double(text) else { return value }
        return value < 0 ? -rounded : rounded
    }
}
