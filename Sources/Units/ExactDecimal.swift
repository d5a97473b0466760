/// A non-negative decimal number `digits × 10^exponent`, held exactly: a double's binary value
/// converts to one without loss, so display rounds from the number itself and only once.
struct ExactDecimal: Sendable, Equatable {
    /// Decimal digits (0...9), most significant first; no leading or trailing zeros, empty for 0.
    var digits: [UInt8]
    /// The power of ten of the last digit.
    var exponent: Int

    init(digits: [UInt8], exponent: Int) {
        self.digits = digits
        self.exponent = exponent
        normalize()
    }

    /// The exact decimal value of a finite double's magnitude.
    init(_ value: Double) {
        let value = abs(value)
        guard value.isFinite, value != 0 else {
            self.init(digits: [], exponent: 0)
            return
        }
        var significand = value.significandBitPattern
        var power: Int
        if value.exponentBitPattern == 0 {
            power = -1074
        } else {
            significand |= 1 << 52
            power = Int(value.exponentBitPattern) - 1075
        }
        let zeros = significand.trailingZeroBitCount
        significand >>= UInt64(zeros)
        power += zeros
        // m × 2^p is m × 2^p × 10^0 when p ≥ 0, and m × 5^-p × 10^p when p < 0.
        var number = BigNatural(significand)
        if power >= 0 {
            number.multiply(byPowerOf: 2, count: power)
            self.init(digits: number.decimalDigits, exponent: 0)
        } else {
            number.multiply(byPowerOf: 5, count: -power)
            self.init(digits: number.decimalDigits, exponent: power)
        }
    }

    /// Whether the number is zero.
    var isZero: Bool { digits.isEmpty }

    /// The power of ten of the leading digit, floor(log10(x)), exactly; 0 for zero.
    var magnitude: Int { digits.isEmpty ? 0 : digits.count - 1 + exponent }

    /// The number times 10^places.
    func shifted(by places: Int) -> ExactDecimal {
        ExactDecimal(digits: digits, exponent: exponent + places)
    }

    /// The number rounded to a multiple of 10^position, a tie away from zero (`2.5` is 3).
    ///
    /// Away from zero needs only the first dropped digit: 5 or more rounds up, whatever follows.
    func rounded(at position: Int) -> ExactDecimal {
        guard !digits.isEmpty, exponent < position else { return self }
        let kept = magnitude - position + 1
        guard kept >= 0 else { return ExactDecimal(digits: [], exponent: 0) }
        var result = [UInt8]()
        result.reserveCapacity(kept + 1)
        result.append(contentsOf: digits[..<kept])
        if digits[kept] >= 5 {
            var index = kept - 1
            while index >= 0, result[index] == 9 {
                result[index] = 0
                index -= 1
            }
            if index >= 0 { result[index] += 1 } else { result.insert(1, at: 0) }
        }
        return ExactDecimal(digits: result, exponent: position)
    }

    /// Plain notation with at least `minimumDecimals` decimals: `0.025`, `12.50`, `1234`.
    func fixed(minimumDecimals: Int = 0) -> String {
        var bytes: [UInt8] = []
        appendFixed(to: &bytes, minimumDecimals: minimumDecimals)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the plain notation's bytes (see `fixed`), with `separator` between groups of
    /// three whole digits when one is given.
    func appendFixed(to bytes: inout [UInt8], minimumDecimals: Int = 0, separator: UInt8? = nil) {
        let decimals = max(minimumDecimals, -exponent)
        let zero = UInt8(ascii: "0")
        // Digit i of the number written out: leading zeros, the digits, then trailing zeros.
        let written = max(digits.count + max(0, exponent + decimals), decimals + 1)
        let leading = written - digits.count - max(0, exponent + decimals)
        let whole = written - decimals
        bytes.reserveCapacity(bytes.count + written + 2 + (separator == nil ? 0 : whole / 3))
        for index in 0..<written {
            if index == whole { bytes.append(UInt8(ascii: ".")) }
            if let separator, index > 0, index < whole, (whole - index) % 3 == 0 { bytes.append(separator) }
            let digit = index - leading
            bytes.append(digit >= 0 && digit < digits.count ? digits[digit] + zero : zero)
        }
    }

    private mutating func normalize() {
        var start = 0
        while start < digits.count, digits[start] == 0 { start += 1 }
        var end = digits.count
        while end > start, digits[end - 1] == 0 { end -= 1 }
        exponent += digits.count - end
        // Trimmed in place: the digits are usually a fresh array of their own.
        digits.removeLast(digits.count - end)
        digits.removeFirst(start)
        if digits.isEmpty { exponent = 0 }
    }
}

/// A natural number of any size, in base 10^9 limbs (least significant first): enough arithmetic
/// to write a double's exact decimal value.
struct BigNatural {
    static let base: UInt64 = 1_000_000_000
    var limbs: [UInt64]

    init(_ value: UInt64) {
        limbs = [
            value % BigNatural.base, (value / BigNatural.base) % BigNatural.base,
            value / BigNatural.base / BigNatural.base,
        ]
    }

    /// Multiplies by `factor` (2 or 5) raised to `count`, in chunks that keep limbs below 2^64.
    mutating func multiply(byPowerOf factor: UInt64, count: Int) {
        let chunk = factor == 2 ? 29 : 12
        var remaining = count
        while remaining > 0 {
            let step = min(chunk, remaining)
            var multiplier: UInt64 = 1
            for _ in 0..<step { multiplier *= factor }
            multiply(by: multiplier)
            remaining -= step
        }
    }

    mutating func multiply(by multiplier: UInt64) {
        var carry: UInt64 = 0
        for index in limbs.indices {
            let product = limbs[index] * multiplier + carry
            limbs[index] = product % BigNatural.base
            carry = product / BigNatural.base
        }
        while carry > 0 {
            limbs.append(carry % BigNatural.base)
            carry /= BigNatural.base
        }
    }

    /// The decimal digits, most significant first (leading zeros included; the caller trims).
    var decimalDigits: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(limbs.count * 9)
        for limb in limbs.reversed() {
            var value = limb
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: 9))
            for index in stride(from: start + 8, through: start, by: -1) {
                out[index] = UInt8(value % 10)
                value /= 10
            }
        }
        return out
    }
}
