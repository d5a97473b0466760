import Platform

/// How a unitless quantity is shown: as a plain number, a percentage or a multiplier.
public enum NumberStyle: Sendable, Hashable {
    case plain
    case percent
    case multiplier
}

/// An amount with a unit, which may be a range.
///
/// The bounds are in the quantity's own unit (`$7M/yr` keeps 7,000,000 per year); a scalar has
/// equal bounds. A range carries an uncertain node: the input it is, or the formula over inputs
/// it was computed by, so that arithmetic keeps one unknown one unknown (`r - 72% of r` is
/// `28% of r`, not two unrelated ranges). Equality compares bounds, unit and style only.
public struct Quantity: Sendable, Hashable {
    /// The low bound: the lowest value over every combination of the inputs' values.
    public private(set) var low: Double
    /// The high bound.
    public private(set) var high: Double
    /// The unit both bounds are in.
    public var unit: UnitProduct
    /// How a unitless quantity is shown.
    public var style: NumberStyle
    /// The input or formula the range is, in this quantity's unit; nil for a scalar (and for a
    /// range made from bounds alone, which counts as a new input wherever it is used).
    public private(set) var node: UncertainNode?

    /// A quantity with both bounds, with no identity of its own.
    public init(low: Double, high: Double, unit: UnitProduct = .none, style: NumberStyle = .plain) {
        self.low = low
        self.high = high
        self.unit = unit
        self.style = style
        self.node = nil
    }

    /// A single amount.
    public init(_ value: Double, unit: UnitProduct = .none, style: NumberStyle = .plain) {
        self.init(low: value, high: value, unit: unit, style: style)
    }

    /// A quantity computed by a formula.
    init(_ operand: Operand, unit: UnitProduct, style: NumberStyle) {
        switch operand {
        case .constant(let value): self.init(value, unit: unit, style: style)
        case .node(let node):
            if node.low == node.high {
                self.init(node.low, unit: unit, style: style)
            } else {
                self.init(low: node.low, high: node.high, unit: unit, style: style)
                self.node = node
            }
        }
    }

    /// An uncertain input: a range with an identity. Every use of the quantity is the same
    /// unknown. `key` names its samples (the same key gives the same samples on every run).
    public static func input(
        low: Double, high: Double, unit: UnitProduct = .none, style: NumberStyle = .plain, name: InputName,
        distribution: UncertainInput.Distribution = .uniform
    ) -> Quantity {
        guard low < high else { return Quantity(low, unit: unit, style: style) }
        let node = UncertainNode(
            input: UncertainInput(
                name: name, unit: unit, style: style, distribution: distribution, low: low, high: high))
        return Quantity(.node(node), unit: unit, style: style)
    }

    public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.low == rhs.low && lhs.high == rhs.high && lhs.unit == rhs.unit && lhs.style == rhs.style
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(low)
        hasher.combine(high)
        hasher.combine(unit)
        hasher.combine(style)
    }

    /// Whether the bounds differ.
    public var isRange: Bool { low != high }
    /// Whether the bounds are the exact extremes (false only where the analysis of a formula
    /// that uses an input more than once ran out of its budget and kept wider bounds).
    public var hasTightBounds: Bool { node?.isTight ?? true }
    /// The dimension of the unit.
    public var dimension: Dimension { unit.dimension }
    /// The midpoint.
    public var mid: Double {
        let width = high - low
        // Bounds far apart (`-1e308 to 1e308`) overflow their difference but not their halves.
        return width.isFinite ? low + width / 2 : low / 2 + high / 2
    }

    /// The number as a formula operand.
    var operand: Operand {
        if let node { return .node(node) }
        if low == high { return .constant(low) }
        // A range without an identity is a new input each time it is used.
        let input = UncertainInput(
            name: InputName("range \(low) \(high)"), unit: unit, style: style, distribution: .uniform, low: low,
            high: high)
        return .node(UncertainNode(input: input))
    }

    /// Whether arithmetic can work on the bounds alone.
    var isPlain: Bool { node == nil && low == high }

    /// A range between two quantities of one dimension, in the first one's unit. A plain
    /// number takes the other bound's unit, so `7 to 8 years` is a range of years. The range is
    /// a new input named `key`.
    public static func range(
        _ low: Quantity, _ high: Quantity, name: InputName = InputName("range")
    ) throws(QuantityError) -> Quantity {
        var low = low
        var high = high
        if low.unit.isNone, low.style == .plain, !high.unit.isNone {
            low = Quantity(low: low.low, high: low.high, unit: high.unit, style: high.style)
        } else if high.unit.isNone, high.style == .plain, !low.unit.isNone {
            high = Quantity(low: high.low, high: high.high, unit: low.unit, style: low.style)
        }
        let converted = try high.converted(toMatch: low.unit, operation: "make a range of")
        guard low.low <= converted.high else { throw .reversedRange }
        let bounds = (min(low.low, converted.low), max(low.high, converted.high))
        return input(low: bounds.0, high: bounds.1, unit: low.unit, style: low.style, name: name)
    }

    /// This quantity in another unit of the same dimension.
    public func converted(to target: UnitProduct, operation: String = "convert") throws(QuantityError) -> Quantity {
        if target == unit { return self }
        guard target.dimension == dimension else {
            throw .dimensionMismatch(operation: operation, dimension, target.dimension)
        }
        let scale = unit.ratio(to: target)
        if let node {
            return try Quantity(Formula.scale(node, by: scale), unit: target, style: style).checked(operation)
        }
        // Multiplied by the exact numerator, then divided by the denominator: `7 months in years`
        // is the double nearest 7/12, not 7 times the double nearest 1/12.
        if let exact = unit.exactRatio(to: target) {
            func converted(_ value: Double) -> Double { value * Double(exact.numerator) / Double(exact.denominator) }
            return try Quantity(low: converted(low), high: converted(high), unit: target, style: style).checked(
                operation)
        }
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
        if lhs.isPlain, right.isPlain {
            return try Quantity(lhs.low + right.low, unit: lhs.unit, style: style).checked("add")
        }
        return try Quantity(Formula.add(lhs.operand, right.operand), unit: lhs.unit, style: style).checked("add")
    }

    /// The difference: a value minus itself is zero.
    public static func - (lhs: Quantity, rhs: Quantity) throws(QuantityError) -> Quantity {
        try requireSameDimension(lhs, rhs, "subtract")
        let right = try rhs.converted(to: lhs.unit, operation: "subtract")
        let style = summedStyle(lhs, rhs)
        if lhs.isPlain, right.isPlain {
            return try Quantity(lhs.low - right.low, unit: lhs.unit, style: style).checked("subtract")
        }
        return try Quantity(Formula.add(lhs.operand, right.operand, subtracting: true), unit: lhs.unit, style: style)
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
        let style = combinedStyle(lhs, rhs, unit: unit, dividing: false)
        if lhs.isPlain, rhs.isPlain {
            return try Quantity(lhs.low * rhs.low * scale, unit: unit, style: style).checked("multiply")
        }
        let product = Formula.multiply(Formula.multiply(lhs.operand, rhs.operand), .constant(scale))
        return try Quantity(product, unit: unit, style: style).checked("multiply")
    }

    /// The quotient; dividing by zero or by a range that contains zero is an error. A scalar
    /// quotient is a true division (`13.1 / 40.9` is the IEEE quotient, not `13.1 * (1 / 40.9)`).
    public static func / (lhs: Quantity, rhs: Quantity) throws(QuantityError) -> Quantity {
        guard rhs.low > 0 || rhs.high < 0 else { throw .divisionByZero }
        let (unit, scale) = lhs.unit.multiplied(by: rhs.unit.raised(to: -1))
        let style = combinedStyle(lhs, rhs, unit: unit, dividing: true)
        if lhs.isPlain, rhs.isPlain {
            return try Quantity(lhs.low / rhs.low * scale, unit: unit, style: style).checked("divide")
        }
        let quotient = Formula.multiply(
            Formula.multiply(lhs.operand, Formula.power(rhs.operand, -1)), .constant(scale))
        return try Quantity(quotient, unit: unit, style: style).checked("divide")
    }

    /// The quantity raised to a plain power. A unit may only be raised to a whole power; a range
    /// through zero has no negative power, a range below zero no fractional one, and a range of
    /// exponents needs a base above zero.
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
        if exponent.isRange {
            guard low > 0 else { throw .invalidPower("a range of exponents needs a base above zero") }
            let logarithm = Formula.apply(.ln, operand)
            let result = Formula.apply(.exp, Formula.multiply(exponent.operand, logarithm))
            return try Quantity(result, unit: unitPower, style: .plain).checked("raise to a power")
        }
        let p = exponent.low
        if isPlain { return try Quantity(pow(low, p), unit: unitPower, style: .plain).checked("raise to a power") }
        if p < 0, low <= 0, high >= 0 {
            throw .invalidPower("a negative power of a range that reaches zero has no bound")
        }
        if p != p.rounded(), low < 0 { throw .notFinite(operation: "raise a negative number to a fractional power") }
        return try Quantity(Formula.power(operand, p), unit: unitPower, style: .plain).checked("raise to a power")
    }

    /// The quantity with its sign flipped.
    public var negated: Quantity {
        if isPlain { return Quantity(-low, unit: unit, style: style) }
        return Quantity(Formula.multiply(operand, .constant(-1)), unit: unit, style: style)
    }

    /// The exponential, of a plain number.
    public func exponential() throws(QuantityError) -> Quantity {
        try Quantity(Formula.apply(.exp, operand), unit: unit, style: style).checked("take an exponential")
    }

    /// The natural logarithm, of a plain number above zero.
    public func logarithm() throws(QuantityError) -> Quantity {
        try Quantity(Formula.apply(.ln, operand), unit: unit, style: style).checked("take a logarithm")
    }

    /// The absolute value.
    public var magnitude: Quantity {
        Quantity(Formula.apply(.abs, operand), unit: unit, style: style)
    }

    /// Rounded to a multiple of `1 / scale`.
    public func rounded(scale: Double) throws(QuantityError) -> Quantity {
        try Quantity(Formula.apply(.round(scale), operand), unit: unit, style: style).checked("round")
    }

    /// The lowest (or highest) of quantities in one unit, with this one's unit and style.
    public static func extremum(minimum: Bool, _ quantities: [Quantity]) -> Quantity {
        let first = quantities[0]
        if quantities.allSatisfy(\.isPlain) {
            let values = quantities.map(\.low)
            return Quantity(minimum ? values.min()! : values.max()!, unit: first.unit, style: first.style)
        }
        return Quantity(
            Formula.extremum(minimum: minimum, quantities.map(\.operand)), unit: first.unit, style: first.style)
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
