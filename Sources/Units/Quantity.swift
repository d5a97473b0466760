import Platform

/// How a unitless quantity is shown: as a plain number, a percentage or a multiplier.
public enum NumberStyle: Sendable, Hashable {
    case plain
    case percent
    case multiplier
}

/// An amount with a unit, which may be a range: both bounds travel through every operation.
///
/// The bounds are in the quantity's own unit (`$7M/yr` keeps 7,000,000 per year); a scalar has
/// equal bounds.
public struct Quantity: Sendable, Hashable {
    /// The low bound.
    public var low: Double
    /// The high bound.
    public var high: Double
    /// The unit both bounds are in.
    public var unit: UnitProduct
    /// How a unitless quantity is shown.
    public var style: NumberStyle

    /// A quantity with both bounds.
    public init(low: Double, high: Double, unit: UnitProduct = .none, style: NumberStyle = .plain) {
        self.low = low
        self.high = high
        self.unit = unit
        self.style = style
    }

    /// A single amount.
    public init(_ value: Double, unit: UnitProduct = .none, style: NumberStyle = .plain) {
        self.init(low: value, high: value, unit: unit, style: style)
    }

    /// Whether the bounds differ.
    public var isRange: Bool { low != high }
    /// The dimension of the unit.
    public var dimension: Dimension { unit.dimension }
    /// The midpoint.
    public var mid: Double {
        let width = high - low
        // Bounds far apart (`-1e308 to 1e308`) overflow their difference but not their halves.
        return width.isFinite ? low + width / 2 : low / 2 + high / 2
    }

    /// A range between two quantities of one dimension, in the first one's unit. A plain
    /// number takes the other bound's unit, so `7 to 8 years` is a range of years.
    public static func range(_ low: Quantity, _ high: Quantity) throws(QuantityError) -> Quantity {
        var low = low
        var high = high
        if low.unit.isNone, low.style == .plain, !high.unit.isNone {
            low = Quantity(low: low.low, high: low.high, unit: high.unit, style: high.style)
        } else if high.unit.isNone, high.style == .plain, !low.unit.isNone {
            high = Quantity(low: high.low, high: high.high, unit: low.unit, style: low.style)
        }
        let converted = try high.converted(toMatch: low.unit, operation: "make a range of")
        guard low.low <= converted.high else { throw .reversedRange }
        return Quantity(
            low: min(low.low, converted.low), high: max(low.high, converted.high), unit: low.unit, style: low.style)
    }

    /// This quantity in another unit of the same dimension.
    public func converted(to target: UnitProduct, operation: String = "convert") throws(QuantityError) -> Quantity {
        if target == unit { return self }
        guard target.dimension == dimension else {
            throw .dimensionMismatch(operation: operation, dimension, target.dimension)
        }
        let scale = unit.factor / target.factor
        return try Quantity(low: low * scale, high: high * scale, unit: target, style: style).checked(operation)
    }

    /// The right side of a pair in the left side's unit; a mismatch names the left side first,
    /// so `$5 < 3 people` is "cannot compare money and people".
    public func converted(toMatch left: UnitProduct, operation: String) throws(QuantityError) -> Quantity {
        guard left.dimension == dimension else {
            throw .dimensionMismatch(operation: operation, left.dimension, dimension)
        }
        return try converted(to: left, operation: operation)
    }

    /// The sum; the right side is converted to the left side's unit.
    public static func + (lhs: Quantity, rhs: Quantity) throws(QuantityError) -> Quantity {
        try requireSameDimension(lhs, rhs, "add")
        let right = try rhs.converted(to: lhs.unit, operation: "add")
        let style = summedStyle(lhs, rhs)
        return try Quantity(low: lhs.low + right.low, high: lhs.high + right.high, unit: lhs.unit, style: style)
            .checked("add")
    }

    /// The difference; interval subtraction pairs the low bound with the other's high bound.
    public static func - (lhs: Quantity, rhs: Quantity) throws(QuantityError) -> Quantity {
        try requireSameDimension(lhs, rhs, "subtract")
        let right = try rhs.converted(to: lhs.unit, operation: "subtract")
        let style = summedStyle(lhs, rhs)
        return try Quantity(low: lhs.low - right.high, high: lhs.high - right.low, unit: lhs.unit, style: style)
            .checked("subtract")
    }

    static func requireSameDimension(_ lhs: Quantity, _ rhs: Quantity, _ operation: String) throws(QuantityError) {
        guard lhs.dimension == rhs.dimension else {
            throw .dimensionMismatch(operation: operation, lhs.dimension, rhs.dimension)
        }
    }

    /// The product.
    public static func * (lhs: Quantity, rhs: Quantity) throws(QuantityError) -> Quantity {
        let (unit, scale) = lhs.unit.multiplied(by: rhs.unit)
        let products = [lhs.low * rhs.low, lhs.low * rhs.high, lhs.high * rhs.low, lhs.high * rhs.high]
        let style = combinedStyle(lhs, rhs, unit: unit, dividing: false)
        return try Quantity(low: products.min()! * scale, high: products.max()! * scale, unit: unit, style: style)
            .checked("multiply")
    }

    /// The quotient; dividing by zero or by a range that contains zero is an error. Each bound
    /// is a true division (`13.1 / 40.9` is the IEEE quotient, not `13.1 * (1 / 40.9)`).
    public static func / (lhs: Quantity, rhs: Quantity) throws(QuantityError) -> Quantity {
        guard rhs.low > 0 || rhs.high < 0 else { throw .divisionByZero }
        let (unit, scale) = lhs.unit.multiplied(by: rhs.unit.raised(to: -1))
        let quotients = [lhs.low / rhs.low, lhs.low / rhs.high, lhs.high / rhs.low, lhs.high / rhs.high]
        let style = combinedStyle(lhs, rhs, unit: unit, dividing: true)
        let low = quotients.min() ?? 0
        let high = quotients.max() ?? 0
        return try Quantity(low: low * scale, high: high * scale, unit: unit, style: style)
            .checked("divide")
    }

    /// The quantity raised to a plain power. A unit may only be raised to a whole power.
    public func raised(to exponent: Quantity) throws(QuantityError) -> Quantity {
        guard exponent.unit.isNone else { throw .invalidPower("an exponent must be a plain number") }
        let unitPower: UnitProduct
        if unit.isNone {
            unitPower = .none
        } else {
            guard !exponent.isRange, abs(exponent.low) <= 64, let power = unit.raised(exactly: exponent.low) else {
                throw .invalidPower("a quantity with a unit can only be raised to a whole power")
            }
            unitPower = power
        }
        let candidates = [
            pow(low, exponent.low), pow(low, exponent.high), pow(high, exponent.low), pow(high, exponent.high),
        ]
        var lowest = candidates.min()!
        var highest = candidates.max()!
        if low < 0, high > 0, exponent.low == exponent.high, exponent.low > 0 {
            lowest = min(lowest, 0)
            highest = max(highest, 0)
        }
        return try Quantity(low: lowest, high: highest, unit: unitPower, style: .plain).checked("raise to a power")
    }

    /// The quantity with its sign flipped.
    public var negated: Quantity {
        Quantity(low: -high, high: -low, unit: unit, style: style)
    }

    /// Applies a function that never decreases to both bounds.
    public func mapMonotonic(_ operation: String, _ transform: (Double) -> Double) throws(QuantityError) -> Quantity {
        try Quantity(low: transform(low), high: transform(high), unit: unit, style: style).checked(operation)
    }

    /// The quantity, or an error if a bound is infinite or not a number.
    public func checked(_ operation: String) throws(QuantityError) -> Quantity {
        guard low.isFinite, high.isFinite else { throw .notFinite(operation: operation) }
        return self
    }

    /// A sum keeps a style both sides share (`10% + 5%` is 15%); otherwise it is a plain number,
    /// so `10% + 5` is 5.1 and never 510%.
    static func summedStyle(_ lhs: Quantity, _ rhs: Quantity) -> NumberStyle {
        lhs.style == rhs.style ? lhs.style : .plain
    }

    /// A percentage or multiplier stays one through arithmetic while the result has no unit
    /// or only units below the line (`20%/yr`, `20%/yr * 2 years` is 40%); `20% of $40B` is money.
    /// A percentage times a plain number is a share of it, a plain number (`50 * 10%` is 5); a
    /// percentage of a percentage stays one (`50% of 10%` is 5%).
    static func combinedStyle(_ lhs: Quantity, _ rhs: Quantity, unit: UnitProduct, dividing: Bool) -> NumberStyle {
        guard unit.terms.allSatisfy({ $0.exponent < 0 }) else { return .plain }
        if dividing {
            if lhs.style == rhs.style { return .plain }
            return rhs.style == .plain ? lhs.style : .plain
        }
        if lhs.isSharedNumber(of: rhs) || rhs.isSharedNumber(of: lhs) { return .plain }
        if lhs.style == .percent || rhs.style == .percent { return .percent }
        if lhs.style == .multiplier || rhs.style == .multiplier { return .multiplier }
        return .plain
    }

    /// Whether this is a plain number without a unit and `other` a percentage without one.
    func isSharedNumber(of other: Quantity) -> Bool {
        style == .plain && unit.isNone && other.style == .percent && other.unit.isNone
    }
}
