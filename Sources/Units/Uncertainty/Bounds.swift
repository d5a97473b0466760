import Platform

/// The bounds of a formula over its inputs.
///
/// When a formula's operands depend on different inputs, interval arithmetic on the operands'
/// bounds is exact: every combination of the operands' values can occur. When they share an
/// input, the formula is one function of a few independent variables (`frontier`), and its
/// lowest and highest values are found by branch and bound over the variables' box: each box is
/// enclosed with interval arithmetic and forward-mode interval derivatives, a variable in which
/// the formula is monotone over the box is fixed at the end that gives the extreme, and other
/// boxes are halved until the enclosure is within 0.2% of the extremes found at points. The
/// bounds kept are the enclosure, so they are never narrower than the truth; where the search
/// runs out of its budget they are wider and the node says so (`isTight`).
/// How many branch-and-bound boxes the range analyses of one run may examine, so that a
/// notebook of many formulas whose bounds do not converge (`round(x * 10) / 10 - x` on every
/// line) stops refining, keeps sound enclosures and finishes in seconds. Deterministic: a run
/// spends it in statement order. Set for the evaluation of a run by the session
/// (`AnalysisBudget.$current`); without one, each analysis has only its own limit.
public final class AnalysisBudget: @unchecked Sendable {
    /// The boxes any run may examine.
    public static let base = 400_000
    /// The boxes added for each statement.
    public static let perStatement = 40

    @TaskLocal public static var current: AnalysisBudget?

    /// Boxes left.
    public private(set) var remaining = AnalysisBudget.base

    public init() {}

    public func reset(boxes: Int) {
        remaining = boxes
    }

    /// Takes `count` boxes; false once none are left.
    func spend(_ count: Int) -> Bool {
        remaining -= count
        return remaining >= 0
    }

    var isSpent: Bool { remaining <= 0 }
}

enum Bounds {
    /// The most variables and expanded formulas one analysis takes on.
    static let maximumVariables = 20
    static let maximumExpansions = 48
    /// The most boxes one search for a low or a high bound examines.
    static let maximumBoxes = 600

    /// A node for a formula, with its bounds.
    static func make(_ kind: UncertainNode.Kind, children: [UncertainNode]) -> UncertainNode {
        var inputs = InputSet.empty
        var disjoint = true
        var tight = true
        var depth: Int32 = 0
        for child in children {
            depth = Swift.max(depth, child.depth &+ 1)
            if disjoint, !inputs.isDisjoint(with: child.inputs) { disjoint = false }
            inputs = inputs.union(child.inputs)
            tight = tight && child.isTight
        }
        let naive = kind.interval { $0.bounds }
        if disjoint {
            return UncertainNode(
                kind: kind, low: naive.lo, high: naive.hi, isTight: tight, inputs: inputs, depth: depth)
        }
        let budget = AnalysisBudget.current
        guard budget?.isSpent != true, let variables = frontier(children) else {
            return UncertainNode(
                kind: kind, low: naive.lo, high: naive.hi, isTight: false, inputs: inputs, depth: depth)
        }
        var search = Search(kind: kind, variables: variables)
        let found = search.extremes()
        _ = budget?.spend(search.boxes)
        let low = Swift.max(found.low, naive.lo)
        let high = Swift.min(found.high, naive.hi)
        return UncertainNode(
            kind: kind, low: low, high: high, isTight: tight && found.isTight, inputs: inputs, depth: depth)
    }

    /// Independent variables the formula is a function of: its operands, with any that share an
    /// input replaced by their own operands until none do. Nil past the budget.
    static func frontier(_ children: [UncertainNode]) -> [UncertainNode]? {
        var variables = children
        var expansions = 0
        while true {
            var overlap: (Int, Int)?
            search: for i in variables.indices {
                for j in variables.indices where j > i {
                    if !variables[i].inputs.isDisjoint(with: variables[j].inputs) {
                        overlap = (i, j)
                        break search
                    }
                }
            }
            guard let (i, j) = overlap else { return variables }
            // Expand the later one (an operand is older than what uses it); an input never.
            var index = variables[i].serial > variables[j].serial ? i : j
            if variables[index].input != nil { index = index == i ? j : i }
            let expanded = variables.remove(at: index)
            guard expanded.input == nil else { return nil }
            for child in expanded.children where !variables.contains(where: { $0 === child }) {
                variables.append(child)
            }
            expansions += 1
            if expansions > maximumExpansions || variables.count > maximumVariables { return nil }
        }
    }
}

/// A value and its derivatives with respect to each variable, all as intervals over a box.
struct Dual {
    var value: Interval
    var gradient: [Interval]
}

/// Branch and bound for the extremes of one formula over a box of independent variables.
struct Search {
    let kind: UncertainNode.Kind
    let variables: [UncertainNode]
    let index: [Int: Int]
    let full: [Interval]
    var innerLow = Double.infinity
    var innerHigh = -Double.infinity
    var boxes = 0

    init(kind: UncertainNode.Kind, variables: [UncertainNode]) {
        self.kind = kind
        self.variables = variables
        var index: [Int: Int] = [:]
        for (position, variable) in variables.enumerated() { index[variable.serial] = position }
        self.index = index
        self.full = variables.map(\.bounds)
    }

    mutating func extremes() -> (low: Double, high: Double, isTight: Bool) {
        // Points first, so that each search knows how wide the answer is.
        let whole = dual(full)
        for corner in [
            full.map(\.mid), monotoneCorner(whole, full, minimizing: true),
            monotoneCorner(whole, full, minimizing: false),
        ] {
            let value = point(corner)
            innerLow = Swift.min(innerLow, value)
            innerHigh = Swift.max(innerHigh, value)
        }
        let low = search(minimizing: true)
        let high = search(minimizing: false)
        let tolerance = 0.005 * Swift.max(high - low, 0) + 1e-12 * Swift.max(Swift.abs(low), Swift.abs(high))
        let tight = innerLow - low <= tolerance && high - innerHigh <= tolerance
        return (low, high, tight)
    }

    /// The corner the derivatives point to, where they have one sign; the middle elsewhere.
    func monotoneCorner(_ dual: Dual, _ box: [Interval], minimizing: Bool) -> [Double] {
        box.indices.map { i in
            let slope = dual.gradient[i]
            if slope.lo >= 0 { return minimizing ? box[i].lo : box[i].hi }
            if slope.hi <= 0 { return minimizing ? box[i].hi : box[i].lo }
            return box[i].mid
        }
    }

    var tolerance: Double {
        0.002 * Swift.max(innerHigh - innerLow, 0) + 1e-12 * Swift.max(Swift.abs(innerLow), Swift.abs(innerHigh))
    }

    /// The lowest (or highest) value over the box, as an enclosure's bound.
    mutating func search(minimizing: Bool) -> Double {
        let sign = minimizing ? 1.0 : -1.0
        var open: [(bound: Double, box: [Interval])] = []
        var examined = 0
        func best(_ search: Search) -> Double { minimizing ? search.innerLow : -search.innerHigh }

        func consider(_ box: [Interval], _ search: inout Search) -> (Double, [Interval]) {
            var box = box
            var result = search.dual(box)
            // Fix each variable the formula is monotone in at the end that gives the extreme.
            for _ in 0..<3 {
                var changed = false
                for i in box.indices where !box[i].isPoint {
                    let slope = result.gradient[i].scaled(sign)
                    if slope.lo >= 0 {
                        box[i] = Interval(box[i].lo)
                        changed = true
                    } else if slope.hi <= 0 {
                        box[i] = Interval(box[i].hi)
                        changed = true
                    }
                }
                if !changed { break }
                result = search.dual(box)
            }
            let value = search.point(box.map(\.mid))
            search.innerLow = Swift.min(search.innerLow, value)
            search.innerHigh = Swift.max(search.innerHigh, value)
            if box.allSatisfy(\.isPoint) { return (sign * value, box) }
            return (minimizing ? result.value.lo : -result.value.hi, box)
        }

        // The lowest enclosure bound of every box let go, so that what is kept is never
        // narrower than the truth.
        var released = Double.infinity
        let first = consider(full, &self)
        open.append(first)
        while examined < Bounds.maximumBoxes {
            guard let position = open.indices.min(by: { open[$0].bound < open[$1].bound }) else { break }
            let (bound, box) = open[position]
            if bound >= best(self) - tolerance || box.allSatisfy(\.isPoint) { break }
            open.remove(at: position)
            // Halve the variable that is widest for its range.
            var widest = 0
            var ratio = -1.0
            for i in box.indices where !box[i].isPoint {
                let share = full[i].width > 0 ? box[i].width / full[i].width : 0
                if share > ratio {
                    ratio = share
                    widest = i
                }
            }
            let middle = box[widest].mid
            var lower = box
            lower[widest] = Interval(box[widest].lo, middle)
            var upper = box
            upper[widest] = Interval(middle, box[widest].hi)
            for half in [lower, upper] {
                examined += 1
                let entry = consider(half, &self)
                if entry.0 < best(self) - tolerance {
                    open.append(entry)
                } else {
                    released = Swift.min(released, entry.0)
                }
            }
        }
        boxes += examined
        let bound = Swift.min(open.map(\.bound).min() ?? .infinity, best(self), released)
        return sign * bound
    }

    // MARK: - Evaluation

    func point(_ values: [Double]) -> Double {
        var memo: [Int: Double] = [:]
        func value(_ node: UncertainNode) -> Double {
            if let i = index[node.serial] { return values[i] }
            if let known = memo[node.serial] { return known }
            let result = node.kind.point(value)
            memo[node.serial] = result
            return result
        }
        return kind.point(value)
    }

    func dual(_ box: [Interval]) -> Dual {
        let dimension = box.count
        var memo: [Int: Dual] = [:]
        func value(_ node: UncertainNode) -> Dual {
            if let i = index[node.serial] {
                var gradient = [Interval](repeating: .zero, count: dimension)
                gradient[i] = Interval(1)
                return Dual(value: box[i], gradient: gradient)
            }
            if let known = memo[node.serial] { return known }
            let result = node.kind.dual(dimension, value)
            memo[node.serial] = result
            return result
        }
        return kind.dual(dimension, value)
    }
}

extension UncertainNode.Kind {
    /// The formula over intervals, its operands given.
    func interval(_ operand: (UncertainNode) -> Interval) -> Interval {
        switch self {
        case .input(let input): return Interval(input.low, input.high)
        case .sum(let constant, let terms):
            var total = Interval(constant)
            for term in terms { total = total + operand(term.node).scaled(term.coefficient) }
            return total
        case .product(let coefficient, let factors):
            var total = Interval(coefficient)
            for factor in factors { total = total * operand(factor.node).raised(to: factor.exponent) }
            return total
        case .power(let base, let exponent):
            let value = operand(base)
            return Interval(Swift.max(value.lo, 0), Swift.max(value.hi, 0)).raised(to: exponent)
        case .function(let function, let node):
            let value = operand(node)
            switch function {
            case .abs: return value.magnitude
            case .exp, .ln, .round: return value.mapIncreasing(function.apply)
            }
        case .extremum(let minimum, let nodes, let constant):
            var result = constant.map { Interval($0) } ?? operand(nodes[0])
            for node in nodes {
                result = minimum ? Interval.minimum(result, operand(node)) : Interval.maximum(result, operand(node))
            }
            return result
        }
    }

    /// The formula at a point, its operands' values given.
    func point(_ operand: (UncertainNode) -> Double) -> Double {
        switch self {
        case .input(let input): return input.low
        case .sum(let constant, let terms):
            var total = constant
            for term in terms { total += term.coefficient * operand(term.node) }
            return total
        case .product(let coefficient, let factors):
            var total = coefficient
            for factor in factors {
                let value = operand(factor.node)
                total *=
                    factor.exponent == 1 ? value : factor.exponent == 2 ? value * value : pow(value, factor.exponent)
            }
            return total
        case .power(let base, let exponent): return pow(Swift.max(operand(base), 0), exponent)
        case .function(let function, let node): return function.apply(operand(node))
        case .extremum(let minimum, let nodes, let constant):
            var result = constant ?? operand(nodes[0])
            for node in nodes { result = minimum ? Swift.min(result, operand(node)) : Swift.max(result, operand(node)) }
            return result
        }
    }

    /// The formula and its derivatives over intervals.
    func dual(_ dimension: Int, _ operand: (UncertainNode) -> Dual) -> Dual {
        func combine(_ parts: [(Interval, Dual)]) -> [Interval] {
            var gradient = [Interval](repeating: .zero, count: dimension)
            for (slope, dual) in parts {
                for i in 0..<dimension where dual.gradient[i] != .zero {
                    gradient[i] = gradient[i] + slope * dual.gradient[i]
                }
            }
            return gradient
        }
        switch self {
        case .input(let input):
            return Dual(value: Interval(input.low, input.high), gradient: Array(repeating: .zero, count: dimension))
        case .sum(let constant, let terms):
            var total = Interval(constant)
            var parts: [(Interval, Dual)] = []
            for term in terms {
                let value = operand(term.node)
                total = total + value.value.scaled(term.coefficient)
                parts.append((Interval(term.coefficient), value))
            }
            return Dual(value: total, gradient: combine(parts))
        case .product(let coefficient, let factors):
            let values = factors.map { operand($0.node) }
            let powers = zip(factors, values).map { $1.value.raised(to: $0.exponent) }
            var total = Interval(coefficient)
            for power in powers { total = total * power }
            var parts: [(Interval, Dual)] = []
            for (i, factor) in factors.enumerated() {
                // d/dx_i of c Π x^e is c e x_i^(e-1) Π_{j≠i} x_j^e_j.
                var slope = Interval(coefficient * factor.exponent) * values[i].value.raised(to: factor.exponent - 1)
                for (j, power) in powers.enumerated() where j != i { slope = slope * power }
                parts.append((slope, values[i]))
            }
            return Dual(value: total, gradient: combine(parts))
        case .power(let base, let exponent):
            let value = operand(base)
            let clamped = Interval(Swift.max(value.value.lo, 0), Swift.max(value.value.hi, 0))
            let slope = Interval(exponent) * clamped.raised(to: exponent - 1)
            return Dual(value: clamped.raised(to: exponent), gradient: combine([(slope, value)]))
        case .function(let function, let node):
            let value = operand(node)
            let slope: Interval
            let result: Interval
            switch function {
            case .exp:
                result = value.value.mapIncreasing(function.apply)
                slope = result
            case .ln:
                result = value.value.mapIncreasing(function.apply)
                slope = value.value.raised(to: -1)
            case .abs:
                result = value.value.magnitude
                slope = value.value.lo >= 0 ? Interval(1) : value.value.hi <= 0 ? Interval(-1) : Interval(-1, 1)
            case .round:
                result = value.value.mapIncreasing(function.apply)
                slope = Interval(0, .infinity)
            }
            return Dual(value: result, gradient: combine([(slope, value)]))
        case .extremum(let minimum, let nodes, let constant):
            let values = nodes.map(operand)
            var result = constant.map { Interval($0) } ?? values[0].value
            for value in values {
                result = minimum ? Interval.minimum(result, value.value) : Interval.maximum(result, value.value)
            }
            // Every operand that can be the extreme somewhere in the box contributes its slope.
            var gradient = [Interval]?.none
            for value in values where minimum ? value.value.lo <= result.hi : value.value.hi >= result.lo {
                gradient = gradient.map { zip($0, value.gradient).map { $0.hull($1) } } ?? value.gradient
            }
            if let constant, minimum ? constant <= result.hi : constant >= result.lo {
                gradient = gradient.map { $0.map { $0.hull(.zero) } }
            }
            return Dual(value: result, gradient: gradient ?? Array(repeating: .zero, count: dimension))
        }
    }
}
