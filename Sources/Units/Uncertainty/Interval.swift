import Platform

/// A closed interval of doubles, for enclosing a formula's values over a box of its inputs.
///
/// Bounds may be infinite (a derivative at a square root's zero); a product of zero and an
/// infinite bound is zero, so that a variable that does not move a result never makes it unbounded.
struct Interval: Sendable, Equatable {
    var lo: Double
    var hi: Double

    init(_ lo: Double, _ hi: Double) {
        self.lo = lo
        self.hi = hi
    }

    init(_ point: Double) {
        self.init(point, point)
    }

    static let zero = Interval(0)

    var isPoint: Bool { lo == hi }
    var width: Double { hi - lo }
    var mid: Double {
        let width = hi - lo
        return width.isFinite ? lo + width / 2 : lo / 2 + hi / 2
    }
    /// The smallest interval holding both.
    func hull(_ other: Interval) -> Interval { Interval(Swift.min(lo, other.lo), Swift.max(hi, other.hi)) }

    static func + (a: Interval, b: Interval) -> Interval { Interval(a.lo + b.lo, a.hi + b.hi) }
    static func - (a: Interval, b: Interval) -> Interval { Interval(a.lo - b.hi, a.hi - b.lo) }
    static prefix func - (a: Interval) -> Interval { Interval(-a.hi, -a.lo) }

    static func * (a: Interval, b: Interval) -> Interval {
        if a.isPoint, b.isPoint { return Interval(times(a.lo, b.lo)) }
        let products = (times(a.lo, b.lo), times(a.lo, b.hi), times(a.hi, b.lo), times(a.hi, b.hi))
        return Interval(
            Swift.min(products.0, products.1, products.2, products.3),
            Swift.max(products.0, products.1, products.2, products.3))
    }

    /// A product in which zero times infinity is zero.
    static func times(_ x: Double, _ y: Double) -> Double { x == 0 || y == 0 ? 0 : x * y }

    /// `a * k` for a constant.
    func scaled(_ k: Double) -> Interval {
        k >= 0
            ? Interval(Interval.times(lo, k), Interval.times(hi, k))
            : Interval(Interval.times(hi, k), Interval.times(lo, k))
    }

    /// The interval raised to a power: any power of a base above zero, a whole power of any base
    /// (a negative whole power only of a base without zero), a fractional power of a base at or
    /// above zero. Exact: powers are monotone on each side of zero.
    func raised(to p: Double) -> Interval {
        if isPoint { return Interval(pow(lo, p)) }
        let a = pow(lo, p)
        let b = pow(hi, p)
        var result = Interval(Swift.min(a, b), Swift.max(a, b))
        if lo < 0, hi > 0 {
            // A whole power across zero: even powers reach 0, odd powers are monotone.
            if p > 0, p.truncatingRemainder(dividingBy: 2) == 0 {
                result = Interval(0, Swift.max(a, b))
            } else if p < 0 {
                result = Interval(-.infinity, .infinity)
            }
        }
        return result
    }

    func mapIncreasing(_ f: (Double) -> Double) -> Interval { Interval(f(lo), f(hi)) }

    var magnitude: Interval {
        if lo >= 0 { return self }
        if hi <= 0 { return -self }
        return Interval(0, Swift.max(-lo, hi))
    }

    static func minimum(_ a: Interval, _ b: Interval) -> Interval {
        Interval(Swift.min(a.lo, b.lo), Swift.min(a.hi, b.hi))
    }

    static func maximum(_ a: Interval, _ b: Interval) -> Interval {
        Interval(Swift.max(a.lo, b.lo), Swift.max(a.hi, b.hi))
    }
}
