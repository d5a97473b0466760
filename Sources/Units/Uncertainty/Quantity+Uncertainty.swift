import Platform

/// A range's distribution, its inputs, and its value with some inputs fixed: what percentiles,
/// sensitivity tables and `--why` read.
extension Quantity {
    /// The `p`th percentile (0 ≤ p ≤ 1) from samples; the value itself for a scalar.
    public func percentile(_ p: Double, sampler: Sampler) -> Quantity {
        guard isRange else { return self }
        guard case .node(let node) = operand else { return self }
        let sorted = sampler.samples(of: node).sorted()
        return Quantity(Sampler.percentile(p, ofSorted: sorted), unit: unit, style: style)
    }

    /// The samples of a range (its value for a scalar), in this quantity's unit.
    public func samples(sampler: Sampler) -> [Double] {
        guard isRange, case .node(let node) = operand else { return [low] }
        return sampler.samples(of: node)
    }

    /// The 5th, 50th and 95th percentiles of many quantities at once, each node computed once.
    public static func percentiles(
        _ ps: [Double], of quantities: [Quantity], sampler: Sampler
    ) -> [[Double]?] {
        var result = [[Double]?](repeating: nil, count: quantities.count)
        var roots: [UncertainNode] = []
        var positions: [Int] = []
        for (position, quantity) in quantities.enumerated() where quantity.isRange {
            guard let node = quantity.operand.node else { continue }
            roots.append(node)
            positions.append(position)
        }
        sampler.forEachSamples(of: roots) { index, samples in
            let sorted = samples.sorted()
            result[positions[index]] = ps.map { Sampler.percentile($0, ofSorted: sorted) }
        }
        return result
    }

    /// A range of the same bounds with another distribution: normal or lognormal with the
    /// range as its 90% interval (truncated at the 0.1st and 99.9th percentiles). Lognormal
    /// needs a range above zero.
    public func distributed(as kind: DistributionKind, name: InputName) throws(QuantityError) -> Quantity {
        guard isRange else { return self }
        let distribution: UncertainInput.Distribution
        let bounds: (Double, Double)
        switch kind {
        case .uniform:
            return Quantity.input(low: low, high: high, unit: unit, style: style, name: name)
        case .normal:
            let mean = mid
            let sigma = (high - low) / (2 * Normal.z95)
            distribution = .normal(mean: mean, sigma: sigma)
            bounds = (mean - Normal.zTruncation * sigma, mean + Normal.zTruncation * sigma)
        case .lognormal:
            guard low > 0 else { throw .notFinite(operation: "make a lognormal range that is not above zero") }
            let mu = (log(low) + log(high)) / 2
            let sigma = (log(high) - log(low)) / (2 * Normal.z95)
            distribution = .lognormal(mu: mu, sigma: sigma)
            bounds = (exp(mu - Normal.zTruncation * sigma), exp(mu + Normal.zTruncation * sigma))
        }
        return Quantity.input(
            low: bounds.0, high: bounds.1, unit: unit, style: style, name: name, distribution: distribution)
    }

    /// The inputs a range depends on, oldest first, with their labels and bounds.
    public var uncertainInputs: [Quantity] {
        guard let node else { return isRange ? [self] : [] }
        return node.allInputs(limit: 1000).map { input in
            Quantity(.node(input), unit: .none, style: .plain)
        }
    }

    /// The same input under another key and label (an input made elsewhere, such as a `--set`
    /// value, taking the name of the param it becomes); a formula stays as it is.
    public func renamed(_ name: InputName) -> Quantity {
        guard let input = node?.input else { return self }
        return Quantity.input(
            low: low, high: high, unit: unit, style: style, name: name, distribution: input.distribution)
    }

    /// The input in this quantity's own unit, under the same name (so with the same samples),
    /// when the quantity is an input written in another unit (`$35-45B/yr` is a range of
    /// dollars, per year): what sensitivity tables and `--why` then show. A formula stays as it is.
    public var inputInItsOwnUnit: Quantity {
        guard let input = node?.input, input.unit != unit || input.style != style else { return self }
        return renamed(input.name)
    }

    /// The label of an input.
    public var inputLabel: String? { node?.input?.label }

    /// This quantity's value with the given inputs fixed at points (by the input quantities'
    /// nodes) and every other input at its median.
    public func value(fixing fixed: [(input: Quantity, value: Double)], sampler: Sampler) -> Double {
        guard let node else { return low }
        var pinned: [Int: Double] = [:]
        for (input, value) in fixed { if let serial = input.node?.serial { pinned[serial] = value } }
        // In order of age, so that a chain of any length needs no deeper stack than one link.
        var nodes: [Int: UncertainNode] = [:]
        var stack = [node]
        while let next = stack.popLast() {
            guard nodes[next.serial] == nil else { continue }
            nodes[next.serial] = next
            if pinned[next.serial] == nil { stack.append(contentsOf: next.children) }
        }
        var values: [Int: Double] = [:]
        for serial in nodes.keys.sorted() {
            let next = nodes[serial]!
            if let value = pinned[serial] {
                values[serial] = value
            } else if let input = next.input {
                values[serial] = input.quantile(0.5)
            } else {
                values[serial] = next.kind.point { values[$0.serial]! }
            }
        }
        return values[node.serial]!
    }
}

/// How a range's values are spread.
public enum DistributionKind: String, Sendable {
    case uniform, normal, lognormal
}
