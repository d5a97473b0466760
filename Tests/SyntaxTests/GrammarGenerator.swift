/// Expands the syntactic rules of a grammar at random into sentences, for the grammar tests.
///
/// Deterministic for a seed; nesting is bounded: past `maximumDepth` the generator takes the
/// shortest way out of every rule. Tokens (UPPER_CASE rules) are not expanded but replaced by
/// a sample from `samples`; a syntactic rule that has samples is replaced the same way, for
/// rules whose valid sentences depend on values (a tight range must run from low to high).
struct GrammarGenerator {
    /// A piece of output text and whether it is written with no blank on either side.
    struct Piece {
        var text: String
        var glued: Bool
    }

    let grammar: EBNF
    let samples: [String: [String]]
    let glued: Set<String>
    let maximumDepth: Int
    var random: SplitMix64
    /// Rules expanded so far (or replaced by samples), for coverage.
    var used: Set<String> = []
    /// The least nesting each rule needs to finish.
    let heights: [String: Int]

    init(grammar: EBNF, samples: [String: [String]], glued: Set<String>, seed: UInt64, maximumDepth: Int = 20) {
        self.grammar = grammar
        self.samples = samples
        self.glued = glued
        self.maximumDepth = maximumDepth
        self.random = SplitMix64(seed: seed)
        self.heights = GrammarGenerator.heights(grammar, samples: samples)
    }

    /// Symbols a sentence needs that have neither a syntactic rule nor samples.
    func missingSamples() -> [String] {
        var missing: Set<String> = []
        for rule in grammar.rules where !rule.isLexical {
            for name in rule.body.references
            where EBNF.isLexical(name) && name != "EOF" && samples[name]?.isEmpty != false {
                missing.insert(name)
            }
        }
        return missing.sorted()
    }

    /// One sentence from a start rule; text after an `EOF` is dropped, as the end of input ends it.
    mutating func sentence(from start: String) -> String {
        var pieces: [Piece] = []
        var ended = false
        expand(.reference(start), depth: 0, into: &pieces, ended: &ended)
        var text = ""
        var previousGlued = true
        for piece in pieces where !piece.text.isEmpty {
            if !previousGlued, !piece.glued { text += " " }
            text += piece.text
            previousGlued = piece.glued
        }
        return text
    }

    mutating func expand(_ node: EBNF.Node, depth: Int, into pieces: inout [Piece], ended: inout Bool) {
        if ended { return }
        switch node {
        case .terminal(let text):
            pieces.append(Piece(text: text, glued: false))
        case .opaque:
            break
        case .reference(let name):
            if name == "EOF" {
                ended = true
                return
            }
            if let choices = samples[name], !choices.isEmpty {
                used.insert(name)
                pieces.append(Piece(text: choices[random.below(choices.count)], glued: glued.contains(name)))
                return
            }
            guard let rule = grammar.rule(name), !rule.isLexical else { return }
            used.insert(name)
            expand(rule.body, depth: depth + 1, into: &pieces, ended: &ended)
        case .sequence(let items):
            for item in items { expand(item, depth: depth, into: &pieces, ended: &ended) }
        case .choice(let alternatives):
            if depth >= maximumDepth {
                let shortest = alternatives.min { height($0) < height($1) } ?? alternatives[0]
                expand(shortest, depth: depth, into: &pieces, ended: &ended)
            } else {
                expand(alternatives[random.below(alternatives.count)], depth: depth, into: &pieces, ended: &ended)
            }
        case .optional(let inner):
            if depth < maximumDepth, random.below(2) == 0 { expand(inner, depth: depth, into: &pieces, ended: &ended) }
        case .zeroOrMore(let inner):
            let count = depth < maximumDepth ? repetitions() : 0
            for _ in 0..<count { expand(inner, depth: depth, into: &pieces, ended: &ended) }
        case .oneOrMore(let inner):
            let count = depth < maximumDepth ? 1 + repetitions() : 1
            for _ in 0..<count { expand(inner, depth: depth, into: &pieces, ended: &ended) }
        }
    }

    /// How many more times to repeat: none half the time, once or twice otherwise.
    mutating func repetitions() -> Int {
        let roll = random.below(20)
        return roll < 10 ? 0 : roll < 17 ? 1 : 2
    }

    func height(_ node: EBNF.Node) -> Int { GrammarGenerator.height(node, heights) }

    static let unbounded = 1_000_000

    static func height(_ node: EBNF.Node, _ heights: [String: Int]) -> Int {
        switch node {
        case .terminal, .opaque: 0
        case .reference(let name): heights[name] ?? unbounded
        case .sequence(let items): items.map { height($0, heights) }.max() ?? 0
        case .choice(let alternatives): alternatives.map { height($0, heights) }.min() ?? 0
        case .optional, .zeroOrMore: 0
        case .oneOrMore(let inner): height(inner, heights)
        }
    }

    /// The least depth each rule needs, by iterating to a fixed point (tokens need none).
    static func heights(_ grammar: EBNF, samples: [String: [String]]) -> [String: Int] {
        var heights: [String: Int] = [:]
        for rule in grammar.rules { heights[rule.name] = rule.isLexical ? 0 : unbounded }
        for (name, choices) in samples where !choices.isEmpty { heights[name] = 0 }
        heights["EOF"] = 0
        var changed = true
        while changed {
            changed = false
            for rule in grammar.rules where heights[rule.name] != 0 {
                let candidate = min(unbounded, 1 + height(rule.body, heights))
                if candidate < heights[rule.name] ?? unbounded {
                    heights[rule.name] = candidate
                    changed = true
                }
            }
        }
        return heights
    }
}

/// A small, fast, seedable random number generator, so generated sentences are the same every run.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
}
