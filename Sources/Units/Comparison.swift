import Platform

/// The result of a comparison, which for ranges may hold for only part of the range.
public enum Truth: String, Sendable {
    case yes = "true"
    case no = "false"
    /// True for some values of the inputs and false for others.
    case maybe = "maybe"
}

/// A comparison between two quantities.
public enum Comparison: Sendable {
    case less, lessEqual, greater, greaterEqual, equal, notEqual

    func holds(_ x: Double, _ y: Double) -> Bool {
        switch self {
        case .less: x < y
        case .lessEqual: x <= y
        case .greater: x > y
        case .greaterEqual: x >= y
        case .equal: x == y
        case .notEqual: x != y
        }
    }
}

extension Quantity {
    /// Whether `self op other` holds for every combination of the inputs' values (yes), for
    /// none (no) or for some (maybe). `other` must be in this quantity's unit. One unknown is
    /// one unknown: `x == x` is true and `72% of r < r` is true for a range `r`.
    public func compare(_ comparison: Comparison, _ other: Quantity) -> Truth {
        if node == nil, other.node == nil {
            if !isRange, !other.isRange { return comparison.holds(low, other.low) ? .yes : .no }
            return Quantity.compareBounds(comparison, low, high, other.low, other.high)
        }
        // The sign of the difference, as a formula of the inputs.
        let difference = Formula.add(operand, other.operand, subtracting: true)
        let bounds = difference.interval
        guard bounds.lo.isFinite, bounds.hi.isFinite else {
            return Quantity.compareBounds(comparison, low, high, other.low, other.high)
        }
        if bounds.isPoint { return comparison.holds(bounds.lo, 0) ? .yes : .no }
        return Quantity.compareBounds(comparison, bounds.lo, bounds.hi, 0, 0)
    }

    static func compareBounds(
        _ comparison: Comparison, _ aLow: Double, _ aHigh: Double, _ bLow: Double, _ bHigh: Double
    )
        -> Truth
    {
        switch comparison {
        case .less, .lessEqual:
            if comparison.holds(aHigh, bLow) { return .yes }
            return comparison.holds(aLow, bHigh) ? .maybe : .no
        case .greater, .greaterEqual:
            if comparison.holds(aLow, bHigh) { return .yes }
            return comparison.holds(aHigh, bLow) ? .maybe : .no
        case .equal:
            if aLow == aHigh, bLow == bHigh, aLow == bLow { return .yes }
            return aHigh < bLow || bHigh < aLow ? .no : .maybe
        case .notEqual:
            if aLow == aHigh, bLow == bHigh, aLow == bLow { return .no }
            return aHigh < bLow || bHigh < aLow ? .yes : .maybe
        }
    }

    /// The chance that `self op other` holds, from samples (0 to 1); exactly 0 or 1 where the
    /// comparison is definite.
    public func chance(_ comparison: Comparison, _ other: Quantity, sampler: Sampler) -> Double {
        switch compare(comparison, other) {
        case .yes: return 1
        case .no: return 0
        case .maybe: break
        }
        let difference = Formula.add(operand, other.operand, subtracting: true)
        guard case .node(let node) = difference else { return comparison.holds(difference.interval.lo, 0) ? 1 : 0 }
        let samples = sampler.samples(of: node)
        let holding = samples.reduce(0) { $0 + (comparison.holds($1, 0) ? 1 : 0) }
        return Double(holding) / Double(samples.count)
    }
}
