/// A physical dimension as powers of base dimensions: money, time, and one per kind of count.
public struct Dimension: Hashable, Sendable, CustomStringConvertible {
    /// Base dimension names with non-zero powers, sorted by name.
    public private(set) var powers: [Power]

    /// A base dimension raised to a power.
    public struct Power: Hashable, Sendable {
        /// The base dimension's name: `money`, `time`, `people`, `tokens`...
        public var base: String
        /// Its power.
        public var exponent: Int
    }

    /// The dimension of a plain number.
    public static let none = Dimension(powers: [])
    /// Money.
    public static let money = Dimension(base: "money")
    /// Time.
    public static let time = Dimension(base: "time")

    /// A base dimension.
    public init(base: String) {
        powers = [Power(base: base, exponent: 1)]
    }

    init(powers: [Power]) {
        self.powers = powers
    }

    /// Whether this is the dimension of a plain number.
    public var isNone: Bool { powers.isEmpty }

    /// The product of two dimensions.
    public static func * (lhs: Dimension, rhs: Dimension) -> Dimension {
        if rhs.powers.isEmpty { return lhs }
        if lhs.powers.isEmpty { return rhs }
        var merged: [Power] = []
        var left = 0
        var right = 0
        while left < lhs.powers.count || right < rhs.powers.count {
            if right == rhs.powers.count || left < lhs.powers.count && lhs.powers[left].base < rhs.powers[right].base {
                merged.append(lhs.powers[left])
                left += 1
            } else if left == lhs.powers.count || rhs.powers[right].base < lhs.powers[left].base {
                merged.append(rhs.powers[right])
                right += 1
            } else {
                let exponent = lhs.powers[left].exponent + rhs.powers[right].exponent
                if exponent != 0 { merged.append(Power(base: lhs.powers[left].base, exponent: exponent)) }
                left += 1
                right += 1
            }
        }
        return Dimension(powers: merged)
    }

    /// This dimension raised to an integer power.
    public func raised(to exponent: Int) -> Dimension {
        if exponent == 0 { return .none }
        return Dimension(powers: powers.map { Power(base: $0.base, exponent: $0.exponent * exponent) })
    }

    /// The reciprocal dimension.
    public var inverse: Dimension { raised(to: -1) }

    /// The quotient of two dimensions.
    public static func / (lhs: Dimension, rhs: Dimension) -> Dimension { lhs * rhs.inverse }

    /// How messages name it: `money`, `people`, `money per time`, `a plain number`.
    public var description: String {
        if powers.isEmpty { return "a plain number" }
        func name(_ power: Power) -> String {
            let magnitude = abs(power.exponent)
            return magnitude == 1 ? power.base : "\(power.base)^\(magnitude)"
        }
        let numerator = powers.filter { $0.exponent > 0 }.map(name).joined(separator: " times ")
        let denominator = powers.filter { $0.exponent < 0 }.map(name).joined(separator: " per ")
        if denominator.isEmpty { return numerator }
        return (numerator.isEmpty ? "1" : numerator) + " per " + denominator
    }
}
