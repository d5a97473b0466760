import Platform

/// A number a formula is built from: a constant or an uncertain node.
enum Operand: Sendable {
    case constant(Double)
    case node(UncertainNode)

    var interval: Interval {
        switch self {
        case .constant(let value): Interval(value)
        case .node(let node): node.bounds
        }
    }

    var node: UncertainNode? {
        if case .node(let node) = self { return node }
        return nil
    }
}

/// Builds formulas over uncertain nodes in a canonical form, so that what cancels on paper
/// cancels here: sums collect their terms (`r - 72% of r` is `28% of r`), products collect
/// their factors (`gp / r` with `gp = 72% of r` is the constant 72%, `x * x` is `x^2`).
///
/// Collecting stops at `flattenLimit` terms or factors (a longer formula keeps its operands
/// whole), so that a chain of 100,000 definitions costs the same per line as a chain of ten.
enum Formula {
    static let flattenLimit = 4

    // MARK: - Sums

    /// `a + b`, or `a - b` when `subtracting`.
    static func add(_ a: Operand, _ b: Operand, subtracting: Bool = false) -> Operand {
        let sign = subtracting ? -1.0 : 1.0
        if case .constant(let x) = a, case .constant(let y) = b { return .constant(x + sign * y) }
        let left = linear(a)
        let right = linear(b)
        let constant = left.constant + sign * right.constant
        var terms: [UncertainNode.Term] = []
        terms.reserveCapacity(left.terms.count + right.terms.count)
        var i = 0
        var j = 0
        while i < left.terms.count || j < right.terms.count {
            if j == right.terms.count
                || (i < left.terms.count && left.terms[i].node.serial < right.terms[j].node.serial)
            {
                terms.append(left.terms[i])
                i += 1
            } else if i == left.terms.count || right.terms[j].node.serial < left.terms[i].node.serial {
                terms.append(
                    UncertainNode.Term(coefficient: sign * right.terms[j].coefficient, node: right.terms[j].node))
                j += 1
            } else {
                let x = left.terms[i].coefficient
                let y = sign * right.terms[j].coefficient
                let sum = x + y
                // What cancels on paper leaves a rounding error of a few units in the last place.
                if Swift.abs(sum) > 1e-13 * (Swift.abs(x) + Swift.abs(y)) {
                    terms.append(UncertainNode.Term(coefficient: sum, node: left.terms[i].node))
                }
                i += 1
                j += 1
            }
        }
        if terms.count > flattenLimit {
            // Keep the operands whole.
            terms = []
            var whole = 0.0
            for (operand, coefficient) in [(a, 1.0), (b, sign)] {
                switch operand {
                case .constant(let value): whole += coefficient * value
                case .node(let node): terms.append(UncertainNode.Term(coefficient: coefficient, node: node))
                }
            }
            if terms.count == 2, terms[0].node === terms[1].node {
                return multiply(.constant(terms[0].coefficient + terms[1].coefficient), .node(terms[0].node))
            }
            terms.sort { $0.node.serial < $1.node.serial }
            return sum(whole, terms)
        }
        return sum(constant, terms)
    }

    /// A sum in its simplest form.
    static func sum(_ constant: Double, _ terms: [UncertainNode.Term]) -> Operand {
        if terms.isEmpty { return .constant(constant) }
        if terms.count == 1, constant == 0 { return multiply(.constant(terms[0].coefficient), .node(terms[0].node)) }
        return .node(Bounds.make(.sum(constant, terms), children: terms.map(\.node)))
    }

    static func linear(_ operand: Operand) -> (constant: Double, terms: [UncertainNode.Term]) {
        switch operand {
        case .constant(let value): return (value, [])
        case .node(let node):
            switch node.kind {
            case .sum(let constant, let terms): return (constant, terms)
            case .product(let coefficient, let factors) where factors.count == 1 && factors[0].exponent == 1:
                return (0, [UncertainNode.Term(coefficient: coefficient, node: factors[0].node)])
            default: return (0, [UncertainNode.Term(coefficient: 1, node: node)])
            }
        }
    }

    // MARK: - Products

    /// `a * b`.
    static func multiply(_ a: Operand, _ b: Operand) -> Operand {
        switch (a, b) {
        case (.constant(let x), .constant(let y)): return .constant(x * y)
        case (.constant(let k), .node(let node)), (.node(let node), .constant(let k)): return scale(node, by: k)
        case (.node(let x), .node(let y)):
            let left = monomial(x)
            let right = monomial(y)
            var factors = merge(left.factors, right.factors)
            let coefficient = left.coefficient * right.coefficient
            if factors.count > flattenLimit {
                factors =
                    x === y
                    ? [UncertainNode.Factor(node: x, exponent: 2)]
                    : [UncertainNode.Factor(node: x, exponent: 1), UncertainNode.Factor(node: y, exponent: 1)].sorted {
                        $0.node.serial < $1.node.serial
                    }
                return product(1, factors)
            }
            return product(coefficient, factors)
        }
    }

    /// A node times a constant: into each term of a sum, into the coefficient of a product.
    static func scale(_ node: UncertainNode, by k: Double) -> Operand {
        if k == 1 { return .node(node) }
        if k == 0 { return .constant(0) }
        switch node.kind {
        case .sum(let constant, let terms):
            return sum(
                constant * k, terms.map { UncertainNode.Term(coefficient: $0.coefficient * k, node: $0.node) })
        case .product(let coefficient, let factors):
            return product(coefficient * k, factors)
        default:
            return product(k, [UncertainNode.Factor(node: node, exponent: 1)])
        }
    }

    /// A product in its simplest form.
    static func product(_ coefficient: Double, _ factors: [UncertainNode.Factor]) -> Operand {
        if factors.isEmpty || coefficient == 0 { return .constant(coefficient) }
        if factors.count == 1, factors[0].exponent == 1, coefficient == 1 { return .node(factors[0].node) }
        return .node(Bounds.make(.product(coefficient, factors), children: factors.map(\.node)))
    }

    static func monomial(_ node: UncertainNode) -> (coefficient: Double, factors: [UncertainNode.Factor]) {
        if case .product(let coefficient, let factors) = node.kind { return (coefficient, factors) }
        return (1, [UncertainNode.Factor(node: node, exponent: 1)])
    }

    static func merge(_ left: [UncertainNode.Factor], _ right: [UncertainNode.Factor]) -> [UncertainNode.Factor] {
        var factors: [UncertainNode.Factor] = []
        factors.reserveCapacity(left.count + right.count)
        var i = 0
        var j = 0
        while i < left.count || j < right.count {
            if j == right.count || (i < left.count && left[i].node.serial < right[j].node.serial) {
                factors.append(left[i])
                i += 1
            } else if i == left.count || right[j].node.serial < left[i].node.serial {
                factors.append(right[j])
                j += 1
            } else {
                let exponent = left[i].exponent + right[j].exponent
                if exponent != 0 { factors.append(UncertainNode.Factor(node: left[i].node, exponent: exponent)) }
                i += 1
                j += 1
            }
        }
        return factors
    }

    // MARK: - Powers and functions

    /// `a ^ p` for a constant exponent. The caller has checked that it is defined: a negative
    /// power only of an operand without zero, a fractional power only of one at or above zero.
    static func power(_ a: Operand, _ p: Double) -> Operand {
        guard case .node(let node) = a else {
            if case .constant(let value) = a { return .constant(pow(value, p)) }
            return a
        }
        if p == 1 { return a }
        if p == 0 { return .constant(1) }
        let whole = p == p.rounded()
        let parts = monomial(node)
        // (k Π x^e)^p is k^p Π x^(e p) for a whole p, or when k and every x are above zero.
        if whole || (parts.coefficient > 0 && parts.factors.allSatisfy { $0.node.low > 0 }) {
            let factors = parts.factors.map { UncertainNode.Factor(node: $0.node, exponent: $0.exponent * p) }
            return product(pow(parts.coefficient, p), factors)
        }
        if node.low > 0 { return product(1, [UncertainNode.Factor(node: node, exponent: p)]) }
        return .node(Bounds.make(.power(node, p), children: [node]))
    }

    /// A function of one operand.
    static func apply(_ function: UnaryFunction, _ a: Operand) -> Operand {
        guard case .node(let node) = a else {
            if case .constant(let value) = a { return .constant(function.apply(value)) }
            return a
        }
        if function == .abs {
            if node.low >= 0 { return a }
            if node.high <= 0 { return scale(node, by: -1) }
        }
        return .node(Bounds.make(.function(function, node), children: [node]))
    }

    /// The lowest or highest of some operands.
    static func extremum(minimum: Bool, _ operands: [Operand]) -> Operand {
        var constant: Double?
        var nodes: [UncertainNode] = []
        for operand in operands {
            switch operand {
            case .constant(let value):
                constant = constant.map { minimum ? Swift.min($0, value) : Swift.max($0, value) } ?? value
            case .node(let node):
                if !nodes.contains(where: { $0 === node }) { nodes.append(node) }
            }
        }
        // An operand that can never be the answer drops out.
        var candidates: [Operand] = nodes.map { .node($0) } + (constant.map { [.constant($0)] } ?? [])
        candidates = candidates.filter { candidate in
            !candidates.contains { other in
                minimum ? other.interval.hi < candidate.interval.lo : other.interval.lo > candidate.interval.hi
            }
        }
        if candidates.count == 1 { return candidates[0] }
        let kept = candidates.compactMap(\.node).sorted { $0.serial < $1.serial }
        let keptConstant: Double? =
            candidates.contains { if case .constant = $0 { true } else { false } } ? constant : nil
        if kept.isEmpty { return .constant(constant ?? 0) }
        return .node(Bounds.make(.extremum(minimum, kept, keptConstant), children: kept))
    }
}
