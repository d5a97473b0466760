/// A product of named units with integer powers, as written: `$/yr` is `$^1 · year^-1`.
///
/// Quantities keep the units they were written in, so `$7M/yr` stays per year and
/// `$7M/yr / $25M/yr` is exactly 0.28; units are converted only when two of the same
/// dimension meet.
public struct UnitProduct: Hashable, Sendable {
    /// A unit raised to a power.
    public struct Term: Hashable, Sendable {
        /// The unit.
        public var unit: Unit
        /// Its power, never zero.
        public var exponent: Int
    }

    /// The terms, in the order they were first written.
    public let terms: [Term]

    /// The dimension of the product, worked out once when the product is made: every sum and
    /// comparison checks it.
    public let dimension: Dimension

    /// No unit: a plain number.
    public static let none = UnitProduct(terms: [])

    /// A single unit.
    public init(_ unit: Unit) {
        terms = [Term(unit: unit, exponent: 1)]
        dimension = unit.dimension
    }

    init(terms: [Term]) {
        self.terms = terms
        dimension = terms.reduce(Dimension.none) { $0 * $1.unit.dimension.raised(to: $1.exponent) }
    }

    public static func == (lhs: UnitProduct, rhs: UnitProduct) -> Bool { lhs.terms == rhs.terms }

    public func hash(into hasher: inout Hasher) { hasher.combine(terms) }

    /// Whether there is no unit.
    public var isNone: Bool { terms.isEmpty }

    /// How many base units one of this product is.
    public var factor: Double {
        terms.reduce(1.0) { $0 * pow($1.unit.factor, $1.exponent) }
    }

    /// How many of `other` one of this product is (they have the same dimension), rounded once:
    /// from the exact factors when every unit has one, else from the factors.
    public func ratio(to other: UnitProduct) -> Double {
        guard let exact = exactRatio(to: other) else { return factor / other.factor }
        return Double(exact.numerator) / Double(exact.denominator)
    }

    /// `ratio(to:)` as a reduced fraction, when every unit has an exact factor and the fraction
    /// fits in whole numbers.
    public func exactRatio(to other: UnitProduct) -> Unit.Ratio? {
        var numerator = 1
        var denominator = 1
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        func multiply(by up: Int, _ down: Int) -> Bool {
            let (top, overflowTop) = numerator.multipliedReportingOverflow(by: up)
            let (bottom, overflowBottom) = denominator.multipliedReportingOverflow(by: down)
            guard !overflowTop, !overflowBottom else { return false }
            let common = gcd(top, bottom)
            (numerator, denominator) = (top / common, bottom / common)
            return true
        }
        for (terms, inverted) in [(terms, false), (other.terms, true)] {
            for term in terms {
                guard let exact = term.unit.exactFactor, exact.numerator > 0 else { return nil }
                // A positive exponent multiplies by the factor; dividing by `other` inverts it.
                let up = (term.exponent > 0) != inverted
                for _ in 0..<abs(term.exponent) {
                    let ok =
                        up
                        ? multiply(by: exact.numerator, exact.denominator)
                        : multiply(by: exact.denominator, exact.numerator)
                    guard ok else { return nil }
                }
            }
        }
        return Unit.Ratio(numerator: numerator, denominator: denominator)
    }

    /// The product raised to an integer power.
    public func raised(to exponent: Int) -> UnitProduct {
        if exponent == 0 { return .none }
        return UnitProduct(terms: terms.map { Term(unit: $0.unit, exponent: $0.exponent * exponent) })
    }

    /// The product raised to a power that leaves every unit with a whole exponent, or nil:
    /// `years^2` to the 0.5 is `years`, but `$` to the 0.5 is nil.
    public func raised(exactly exponent: Double) -> UnitProduct? {
        if exponent == 0 { return UnitProduct.none }
        var raised: [Term] = []
        for term in terms {
            let power = Double(term.exponent) * exponent
            guard power.rounded() == power, abs(power) <= 1_000 else { return nil }
            raised.append(Term(unit: term.unit, exponent: Int(power)))
        }
        return UnitProduct(terms: raised)
    }

    /// Multiplies two products. Units of one base dimension that meet are brought to the unit
    /// written first, so the result has one unit per dimension, with one exception: two
    /// different units of one dimension that both divide stay as written, a rate of a rate
    /// (`$10B/yr/month`, a change of annual run-rate each month). `scale` is what the magnitude
    /// must be multiplied by to stay the same amount.
    public func multiplied(by other: UnitProduct) -> (product: UnitProduct, scale: Double) {
        if other.terms.isEmpty { return (self, 1) }
        if terms.isEmpty { return (other, 1) }
        var result = terms
        var scale = 1.0
        for term in other.terms {
            if let index = result.firstIndex(where: { $0.unit == term.unit }) {
                result[index].exponent += term.exponent
            } else if term.unit.dimension.powers.count == 1,
                let index = result.firstIndex(where: {
                    $0.unit.dimension == term.unit.dimension && !($0.exponent < 0 && term.exponent < 0)
                })
            {
                scale *= pow(UnitProduct(term.unit).ratio(to: UnitProduct(result[index].unit)), term.exponent)
                result[index].exponent += term.exponent
            } else {
                result.append(term)
            }
        }
        return (UnitProduct(terms: result.filter { $0.exponent != 0 }), scale)
    }
}

/// An integer power of a Double without Foundation.
func pow(_ base: Double, _ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(exponent) { result *= base }
    return exponent < 0 ? 1 / result : result
}
