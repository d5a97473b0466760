import Platform
import Synchronization

/// Samples of uncertain values, for percentiles and chances: deterministic, so that the same
/// notebook gives the same report on every run and machine.
///
/// Each input draws `count` values by Latin hypercube sampling (one value from each of `count`
/// equally likely strata, in an order shuffled by SplitMix64 seeded from the input's key and
/// `seed`); a formula's samples are the formula applied sample by sample, so every use of an
/// input sees the same draw. Bounds never depend on samples.
public struct Sampler: Sendable {
    /// The number of samples when none is asked for.
    public static let defaultCount = 10_000
    /// The seed of every run.
    public static let seed: UInt64 = 0x746E_6200_2026_1202

    public private(set) var count: Int
    /// The samples of recently sampled formulas, shared by the copies of this sampler (one per
    /// session), so that percentiles of the last hundred lines of a long model sample each
    /// formula once rather than once per question.
    let cache: SampleCache

    public init(count: Int = Sampler.defaultCount) {
        self.count = max(count, 1)
        cache = SampleCache(capacity: max(16, 40_000_000 / (8 * max(count, 1))))
    }

    /// The samples of a node.
    func samples(of node: UncertainNode) -> [Double] {
        var result: [Double] = []
        forEachSamples(of: [node]) { _, samples in result = samples }
        return result
    }

    /// Calls `body` with the samples of each root, in order of the roots' age, computing every
    /// node under them once and keeping a node's samples only until its last user has them.
    func forEachSamples(of roots: [UncertainNode], _ body: (Int, [Double]) -> Void) {
        var nodes: [Int: UncertainNode] = [:]
        var users: [Int: Int] = [:]
        var computed: [Int: [Double]] = [:]
        var stack = roots
        while let node = stack.popLast() {
            guard nodes[node.serial] == nil else { continue }
            nodes[node.serial] = node
            if let known = cache.samples(node.serial) {
                computed[node.serial] = known
                continue
            }
            for child in node.children {
                users[child.serial, default: 0] += 1
                stack.append(child)
            }
        }
        var rootPositions: [Int: [Int]] = [:]
        for (position, root) in roots.enumerated() { rootPositions[root.serial, default: []].append(position) }
        // The newest formulas are the ones later lines build on: keep those.
        let serials = nodes.keys.sorted()
        let keepFrom = serials.count > cache.capacity ? serials[serials.count - cache.capacity] : Int.min
        var kept: [(Int, [Double])] = []
        for serial in serials {
            let node = nodes[serial]!
            let samples = computed[serial] ?? evaluate(node) { computed[$0.serial]! }
            if computed[serial] == nil {
                for child in node.children {
                    users[child.serial]! -= 1
                    if users[child.serial] == 0 { computed[child.serial] = nil }
                }
                if serial >= keepFrom { kept.append((serial, samples)) }
            }
            if let positions = rootPositions[serial] { for position in positions { body(position, samples) } }
            if users[serial, default: 0] > 0 { computed[serial] = samples }
        }
        cache.store(kept)
    }

    func evaluate(_ node: UncertainNode, _ operand: (UncertainNode) -> [Double]) -> [Double] {
        switch node.kind {
        case .input(let input): return draw(input)
        case .sum(let constant, let terms):
            var total = [Double](repeating: constant, count: count)
            for term in terms {
                let values = operand(term.node)
                for i in 0..<count { total[i] += term.coefficient * values[i] }
            }
            return total
        case .product(let coefficient, let factors):
            var total = [Double](repeating: coefficient, count: count)
            for factor in factors {
                let values = operand(factor.node)
                switch factor.exponent {
                case 1: for i in 0..<count { total[i] *= values[i] }
                case 2: for i in 0..<count { total[i] *= values[i] * values[i] }
                case -1: for i in 0..<count { total[i] /= values[i] }
                default: for i in 0..<count { total[i] *= pow(values[i], factor.exponent) }
                }
            }
            return total
        default:
            var columns: [Int: [Double]] = [:]
            for child in node.children { columns[child.serial] = operand(child) }
            return (0..<count).map { i in node.kind.point { columns[$0.serial]![i] } }
        }
    }

    /// An input's samples.
    func draw(_ input: UncertainInput) -> [Double] {
        var generator = SplitMix64(seed: Sampler.seed ^ fnv1a(input.key))
        var strata = Array(0..<count)
        if count > 1 {
            for i in stride(from: count - 1, to: 0, by: -1) {
                let j = Int(generator.next() % UInt64(i + 1))
                strata.swapAt(i, j)
            }
        }
        let n = Double(count)
        return strata.map { stratum in
            let u = (Double(stratum) + generator.nextUnit()) / n
            return Swift.min(Swift.max(input.quantile(u), input.low), input.high)
        }
    }

    /// The `p`th percentile of samples (0 ≤ p ≤ 1), interpolating linearly between order
    /// statistics as numpy's default does.
    public static func percentile(_ p: Double, ofSorted sorted: [Double]) -> Double {
        guard sorted.count > 1 else { return sorted.first ?? 0 }
        let position = p * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = Swift.min(below + 1, sorted.count - 1)
        let fraction = position - Double(below)
        return sorted[below] + (sorted[above] - sorted[below]) * fraction
    }
}

extension UncertainInput {
    /// The value at cumulative probability `u` of its distribution.
    func quantile(_ u: Double) -> Double {
        switch distribution {
        case .uniform: return low + (high - low) * u
        case .normal(let mean, let sigma):
            return mean + sigma * Normal.quantile(Normal.truncatedProbability(u))
        case .lognormal(let mu, let sigma):
            return exp(mu + sigma * Normal.quantile(Normal.truncatedProbability(u)))
        }
    }
}

/// The standard normal distribution's quantiles.
enum Normal {
    /// The 95th percentile's z.
    static let z95 = 1.6448536269514722
    /// Where a normal input is truncated: its 0.1st and 99.9th percentiles.
    static let truncation = 0.001
    static let zTruncation = 3.090232306167813

    static func truncatedProbability(_ u: Double) -> Double {
        truncation + (1 - 2 * truncation) * u
    }

    /// Φ⁻¹(p), by Acklam's rational approximation refined with one Halley step (about 1e-15).
    static func quantile(_ p: Double) -> Double {
        let a = [
            -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
        ]
        let b = [
            -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01,
        ]
        let c = [
            -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
        ]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let low = 0.02425
        var x: Double
        if p < low {
            let q = (-2 * log(p)).squareRoot()
            x =
                (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        } else if p <= 1 - low {
            let q = p - 0.5
            let r = q * q
            x =
                (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
        } else {
            let q = (-2 * log(1 - p)).squareRoot()
            x =
                -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        let e = 0.5 * erfc(-x / 2.0.squareRoot()) - p
        let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
        x = x - u / (1 + x * u / 2)
        return x
    }
}

/// SplitMix64: a small, fast generator whose output is the same on every platform (the samples'
/// generator, and the property tests').
public struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A double in [0, 1) with 53 random bits.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}

/// FNV-1a of a string's UTF-8 bytes.
func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
}

/// Samples kept between questions: at most `capacity` formulas', the newest kept.
final class SampleCache: Sendable {
    let capacity: Int
    private let state = Mutex<[Int: [Double]]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    func samples(_ serial: Int) -> [Double]? {
        state.withLock { $0[serial] }
    }

    func store(_ entries: [(Int, [Double])]) {
        guard !entries.isEmpty else { return }
        state.withLock { table in
            for (serial, samples) in entries { table[serial] = samples }
            if table.count > capacity {
                for serial in table.keys.sorted().prefix(table.count - capacity) { table[serial] = nil }
            }
        }
    }
}
