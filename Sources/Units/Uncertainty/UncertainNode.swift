import Platform
import Synchronization

/// One uncertain number: an input (a range with an identity) or a formula over inputs.
///
/// A quantity that is a range carries one. Formulas share their operands, so a name used twice
/// is the same node twice, and the bounds of a formula are those of one function of its inputs,
/// not of unrelated ranges (see `Bounds`). Nodes are immutable once made and may be read from
/// any thread; serial numbers grow in the order nodes are made, so every operand is older than
/// the formulas that use it.
public final class UncertainNode: @unchecked Sendable {
    /// What the node computes.
    enum Kind: Sendable {
        /// A range that enters a computation: written, from the dataset, a param, a growth.
        case input(UncertainInput)
        /// `constant + Σ coefficient × term`, the terms sorted by serial.
        case sum(Double, [Term])
        /// `coefficient × Π factor ^ exponent`, the factors sorted by serial. An exponent that is
        /// not whole belongs only to a factor whose low bound is above zero.
        case product(Double, [Factor])
        /// A fractional power of a value that is at or above zero but may reach it.
        case power(UncertainNode, Double)
        /// A function of one operand.
        case function(UnaryFunction, UncertainNode)
        /// The lowest (`true`) or highest of some nodes and, optionally, a constant.
        case extremum(Bool, [UncertainNode], Double?)
    }

    struct Term: Sendable {
        var coefficient: Double
        var node: UncertainNode
    }

    struct Factor: Sendable {
        var node: UncertainNode
        var exponent: Double
    }

    private static let counter = Atomic<Int>(0)

    let serial: Int
    /// Emptied only while the node is being freed (see `deinit`).
    private(set) var kind: Kind
    /// The lowest and highest values over every combination of the inputs' values; never
    /// narrower than the truth (see `isTight`).
    let low: Double
    let high: Double
    /// Whether the bounds are the exact extremes, to within 1% of their width: false only
    /// where the analysis ran out of its budget and kept an enclosure.
    let isTight: Bool
    let inputs: InputSet
    /// The longest path to an input, so that only a deep chain is freed a node at a time.
    let depth: Int32

    init(kind: Kind, low: Double, high: Double, isTight: Bool, inputs: InputSet, depth: Int32) {
        self.depth = depth
        self.serial = UncertainNode.counter.wrappingAdd(1, ordering: .relaxed).newValue
        self.kind = kind
        self.low = low
        self.high = high
        self.isTight = isTight
        self.inputs = inputs
    }

    /// Frees a long chain of formulas one node at a time: releasing operands from operands'
    /// deinitialisers would recurse once per link, and a notebook of a million lines would
    /// overflow the stack when its values are freed.
    deinit {
        guard depth < 256 else {
            var pending = children
            kind = .sum(0, [])
            while var node = pending.popLast() {
                if isKnownUniquelyReferenced(&node) {
                    pending.append(contentsOf: node.children)
                    node.kind = .sum(0, [])
                }
            }
            return
        }
    }

    /// The operands, each once (a formula's terms and factors are distinct by construction).
    var children: [UncertainNode] {
        switch kind {
        case .input: []
        case .sum(_, let terms): terms.map(\.node)
        case .product(_, let factors): factors.map(\.node)
        case .power(let node, _), .function(_, let node): [node]
        case .extremum(_, let nodes, _): nodes
        }
    }

    /// A new input.
    init(input: UncertainInput) {
        let serial = UncertainNode.counter.wrappingAdd(1, ordering: .relaxed).newValue
        self.serial = serial
        self.kind = .input(input)
        self.low = input.low
        self.high = input.high
        self.isTight = true
        self.inputs = InputSet(single: serial)
        self.depth = 0
    }

    var bounds: Interval { Interval(low, high) }

    /// The input, if this node is one.
    var input: UncertainInput? {
        if case .input(let input) = kind { return input }
        return nil
    }

    /// Every input under this node, oldest first.
    func allInputs(limit: Int = 100_000) -> [UncertainNode] {
        var seen: Set<Int> = []
        var stack: [UncertainNode] = [self]
        var found: [UncertainNode] = []
        while let node = stack.popLast(), found.count < limit {
            guard seen.insert(node.serial).inserted else { continue }
            if node.input != nil { found.append(node) } else { stack.append(contentsOf: node.children) }
        }
        return found.sorted { $0.serial < $1.serial }
    }
}

/// The functions a node can apply to one operand.
enum UnaryFunction: Sendable, Equatable {
    case exp
    case ln
    case abs
    /// Rounding to a multiple of `1 / scale`.
    case round(Double)

    func apply(_ x: Double) -> Double {
        switch self {
        case .exp: naturalExp(x)
        case .ln: naturalLog(x)
        case .abs: Swift.abs(x)
        case .round(let scale): (x * scale).rounded() / scale
        }
    }
}

/// A range with an identity: where it came from and how its values are spread.
public struct UncertainInput: Sendable {
    /// Where it was written: a stable name for its samples.
    public var name: InputName
    /// The unit and style its bounds are shown in.
    var unit: UnitProduct
    var style: NumberStyle
    public var distribution: Distribution
    /// The lowest and highest values it can take.
    public var low: Double
    public var high: Double

    /// The same key gives the same samples on every run.
    public var key: String { name.key }

    /// What a sensitivity table calls it: `r = $35B/yr to $45B/yr`.
    public var label: String {
        let shown = Quantity(low: low, high: high, unit: unit, style: style).display()
        return name.name.isEmpty ? shown : "\(name.name) = \(shown)"
    }

    /// How an input's values are spread between its bounds.
    public enum Distribution: Sendable, Equatable {
        /// Every value between the bounds equally likely.
        case uniform
        /// A normal distribution whose 5th and 95th percentiles are the written range,
        /// truncated at its 0.1st and 99.9th percentiles.
        case normal(mean: Double, sigma: Double)
        /// A lognormal distribution whose 5th and 95th percentiles are the written range,
        /// truncated at its 0.1st and 99.9th percentiles.
        case lognormal(mu: Double, sigma: Double)
    }
}

private func naturalExp(_ x: Double) -> Double { exp(x) }
private func naturalLog(_ x: Double) -> Double { log(x) }

/// Where an input was written, as its key is built (only when its samples are drawn): the
/// definition or figure, the offset of the range in its statement, and the user-function call.
public struct InputName: Sendable {
    public var name: String
    public var place: Int
    public var call: Int
    public var variant: String

    public init(_ name: String, place: Int = 0, call: Int = 0, variant: String = "") {
        self.name = name
        self.place = place
        self.call = call
        self.variant = variant
    }

    var key: String { "\(name)@\(place)#\(call)\(variant)" }
}
