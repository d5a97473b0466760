/// Formats numbers for people, deterministically and without Foundation: `2.19M`, `30,000`, `0.28`.
///
/// Every number is rounded once, from the double's exact decimal value, with ties away from
/// zero; its magnitude class is chosen after rounding, so `999,999.5` is `1M` and never
/// `1,000,000`. The classes:
/// - below a millionth: scientific, `significant` digits: `1.5e-7`;
/// - below a thousand: `significant` digits, trailing zeros dropped: `0.00825`, `583`;
/// - from a thousand up: the whole number (or more digits when `significant` asks), grouped: `1,235`;
/// - from a million up: a scale letter (M, B, T) and `significant` digits: `4.98B`; a trillion
///   count of a thousand or more is grouped (`2,500T`); from 10^18 up, scientific: `1e18`.
///
/// Money below a thousand keeps every cent it has, as two decimals, besides its significant
/// digits: `$12.50`, `$999.99`, `$0.025`, `$5`.
public struct NumberFormatter: Sendable {
    /// How many significant digits to show.
    public var significant: Int

    /// Makes a formatter; `significant` is clamped to 1...15.
    public init(significant: Int = 3) {
        self.significant = max(1, min(15, significant))
    }

    /// Formats a number; `money` selects the cents rule; `percent` shows the number times 100
    /// (shifted exactly, so `14.5%` rounds as the decimal 14.5 would).
    ///
    /// `unscaled` never adds a scale letter: a value shown in a display scale (`$2,500M`) is
    /// already scaled, so from a thousand up it is the grouped whole number (scientific from 10^18).
    public func format(_ value: Double, money: Bool = false, percent: Bool = false, unscaled: Bool = false) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == 0 { return "0" }
        let exact = NumberFormatter.decimal(of: value).shifted(by: percent ? 2 : 0)
        return (value < 0 ? "-" : "") + formatMagnitude(exact, money: money, unscaled: unscaled)
    }

    /// A double's decimal value for rounding: its shortest round-trip digits where rounding them
    /// gives what rounding the exact value would, and the exact expansion (big-number arithmetic,
    /// most of a report's formatting time) elsewhere.
    ///
    /// Why the shortest digits s are safe: `formatMagnitude` rounds at positions that keep at
    /// most 16 significant digits for magnitudes from 10^-6 to below 10^13 (before a percentage's
    /// shift of two places). A rounding boundary b there has at most 16 digits. Were b between s
    /// and the exact value x, it would lie in x's round-trip interval (which holds both), so the
    /// shortest digits would have at most b's length; two different decimals that short cannot
    /// both lie in one interval (they are at least 10^-16 apart, relatively, and the interval is
    /// narrower), so s would be b itself: a tie, which ends in 5. So unless s ends in 5, s and x
    /// round alike at every position used. Tests compare both paths over many values.
    static func decimal(of value: Double) -> ExactDecimal {
        let size = abs(value)
        guard size >= 1e-6, size < 1e13, let shortest = ExactDecimal(parsing: size.description),
            shortest.digits.last != 5
        else { return ExactDecimal(value) }
        return shortest
    }

    func formatMagnitude(_ exact: ExactDecimal, money: Bool, unscaled: Bool = false) -> String {
        let significantPosition = exact.magnitude - significant + 1
        let rounded = exact.rounded(at: significantPosition)
        if rounded.magnitude < -6 { return scientific(rounded) }
        if money, exact.magnitude < 3 {
            let cents = exact.rounded(at: min(significantPosition, -2))
            if cents.magnitude < 3 { return cents.fixed(minimumDecimals: cents.exponent < 0 ? 2 : 0) }
        } else if rounded.magnitude < 3 {
            return rounded.fixed()
        }
        let whole = exact.rounded(at: min(0, significantPosition))
        if whole.magnitude < 6 || unscaled && whole.magnitude < 18 { return grouped(whole) }
        if rounded.magnitude >= 18 { return scientific(rounded) }
        let (power, letter) = rounded.magnitude >= 12 ? (12, "T") : rounded.magnitude >= 9 ? (9, "B") : (6, "M")
        if rounded.magnitude >= 15 {
            let trillions = exact.rounded(at: min(12, significantPosition))
            return trillions.magnitude >= 18 ? scientific(rounded) : grouped(trillions.shifted(by: -12)) + letter
        }
        return rounded.shifted(by: -power).fixed() + letter
    }

    /// `1.23e21`, `1e-18`, from an already rounded number.
    func scientific(_ rounded: ExactDecimal) -> String {
        let mantissa = ExactDecimal(digits: rounded.digits, exponent: 1 - rounded.digits.count)
        return mantissa.fixed() + "e" + String(rounded.magnitude)
    }

    /// The number in plain notation with `,` between groups of three whole digits.
    func grouped(_ number: ExactDecimal) -> String {
        var bytes: [UInt8] = []
        number.appendFixed(to: &bytes, separator: UInt8(ascii: ","))
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension NumberFormatter {
    /// A number in full precision for JSON: the shortest decimal that reads back as the same
    /// double (`0.30000000000000004`), integers without `.0`, exponents from 10^15 and below 10^-6.
    ///
    /// `percent` moves the decimal point two places in that decimal, exactly, so `28%` is `28`.
    public static func json(_ value: Double, percent: Bool = false) -> String {
        guard value.isFinite else { return "null" }
        if value == 0 { return "0" }
        // Swift's description of a double is its shortest round-trip decimal.
        var shortest = ExactDecimal(parsing: "\(abs(value))") ?? ExactDecimal(value)
        if percent { shortest = shortest.shifted(by: 2) }
        let sign = value < 0 ? "-" : ""
        let magnitude = shortest.magnitude
        if magnitude >= -6, magnitude < 15 { return sign + shortest.fixed() }
        let mantissa = ExactDecimal(digits: shortest.digits, exponent: 1 - shortest.digits.count)
        return sign + mantissa.fixed() + "e" + String(magnitude)
    }
}

extension ExactDecimal {
    /// The decimal that `1.5e-07`, `0.28` or `3.0` spells; nil for anything else. One pass over
    /// the bytes: display reads every number it shows through here.
    init?(parsing text: String) {
        var text = text
        guard let parsed = text.withUTF8({ ExactDecimal(parsing: $0) }) else { return nil }
        self = parsed
    }

    init?(parsing bytes: UnsafeBufferPointer<UInt8>) {
        var digits: [UInt8] = []
        digits.reserveCapacity(17)
        var exponent = 0
        var seenPoint = false
        var power: Int?
        var powerSign = 1
        for byte in bytes {
            if var value = power {
                if byte == UInt8(ascii: "-"), value == 0 {
                    powerSign = -1
                } else if byte == UInt8(ascii: "+"), value == 0 {
                    continue
                } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                    guard value < 100_000 else { return nil }
                    power = value
                } else {
                    return nil
                }
            } else if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digits.append(byte - UInt8(ascii: "0"))
                if seenPoint { exponent -= 1 }
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                power = 0
            } else {
                return nil
            }
        }
        if let power { exponent += powerSign * power }
        guard !digits.isEmpty else { return nil }
        self.init(digits: digits, exponent: exponent)
    }
}
