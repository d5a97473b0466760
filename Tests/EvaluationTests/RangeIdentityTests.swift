import Evaluation
import Presentation
import Testing
import Units

/// The last value `text` gives, in a new session.
private func lastQuantity(_ text: String, samples: Int = Sampler.defaultCount) -> Quantity? {
    var options = SessionOptions()
    options.samples = samples
    var session = Session(options: options)
    let result = session.run(text)
    for statement in result.results.reversed() {
        if case .value(let value)? = statement.outcome { return value.quantity }
    }
    return nil
}

/// docs/language.md, "Ranges": a range is one uncertain input however often it is used.
@Suite("Ranges with identity")
struct RangeIdentityTests {
    @Test(
        "the issue's examples give the right answers",
        arguments: [
            ("let r = $35-45B/yr\nlet gp = 72% of r\nr - gp", "$9.8B/yr to $12.6B/yr"),
            ("let r = $35-45B/yr\nlet gp = 72% of r\ngp + (r - gp)", "$35B/yr to $45B/yr"),
            ("let r = $35-45B/yr\nlet gp = 72% of r\ngp / r as %", "72%"),
            ("let x = $35-45B\nx == x", "true"),
            ("let x = $35-45B\nx != x", "false"),
            ("let x = $35-45B\nx - x", "$0"),
            ("let x = -1 to 2\nx * x", "0 to 4"),
            ("let x = -1 to 2\nx^2", "0 to 4"),
            ("let x = -2 to 1\nx * x * x", "-8 to 1"),
            ("(1 to 2) - (1 to 2)", "-1 to 1"),
            ("let a = 1 to 2\nlet b = 1 to 2\na - b", "-1 to 1"),
            ("let r = $35-45B/yr\nlet gp = 72% of r\ngp < r", "true"),
            ("let p = 0 to 1\np * (1 - p)", "0 to 0.25"),
            ("let x = -1 to 2\nabs(x)", "0 to 2"),
            ("let x = -1 to 2\nsqrt(x * x)", "0 to 2"),
            ("let x = 2 to 4\nx / x", "1"),
            ("let x = 2 to 4\n(x + 1) - x", "1"),
            ("let r = $35-45B/yr\n(r in $/month) - r", "$0/mo"),
            ("let c = 10 to 20 people\nc * $5 / c", "$5"),
        ])
    func issueExamples(input: String, expected: String) {
        #expect(displays(input).last == expected)
    }

    @Test("a power or a quotient that a range through zero makes unbounded is an error")
    func unboundedIsAnError() {
        #expect(errorIDs("(-1 to 2)^-1") == ["invalid-power"])
        #expect(errorIDs("1 / (-1 to 2)") == ["division-by-zero"])
        #expect(errorIDs("let x = -1 to 2\n1 / (x * x)") == ["division-by-zero"])
    }

    @Test("a projection with ranged growth keeps its path: each step is exactly the growth")
    func projectionPath() {
        let text = """
            let s = $7M/yr
            project s growth 20-30% per quarter by Q4 2027
            s at Q4 2027 / s at Q3 2027 as %
            """
        #expect(displays(text).last == "120% to 130%")
        let ordered = "let s = $5-7M/yr\nproject s growth 10-30% per quarter by Q4 2027\ns at Q4 2027 > s at Q3 2027"
        #expect(displays(ordered).last == "true")
        let yearly = "let s = $7M/yr\nproject s growth 20-30% per year by 2030\n(s at 2030 / s at 2028) as %"
        #expect(displays(yearly).last == "144% to 169%")
    }

    @Test("a dataset figure is one input wherever it is used")
    func figureIdentity() {
        #expect(displays("article.anthropic_arr_now - article.anthropic_arr_now").last == "$0/yr")
        #expect(displays("article.anthropic_arr_now == article.anthropic_arr_now").last == "true")
    }

    @Test("a param range and a --set range are inputs with identity")
    func paramIdentity() {
        #expect(displays("param g = 20-30%\ng - g").last == "0%")
    }

    /// Sixteen ordinary business formulas: tnb's bounds against the extremes found on a dense
    /// grid of the inputs (which holds every corner, where monotone formulas have theirs).
    static let formulas:
        [(
            name: String, text: String, inputs: [(Double, Double)], formula: @Sendable ([Double]) -> Double,
            monotone: Bool
        )] = [
            (
                "profit from revenue and margin", "let r = 35 to 45\nlet m = 20% to 30%\nr * m - r * 10%",
                [(35, 45), (0.2, 0.3)], { $0[0] * $0[1] - $0[0] * 0.1 }, true
            ),
            (
                "cost after growth", "let c = 10 to 12\nlet g = 5% to 15%\nc * (1 + g) - c", [(10, 12), (0.05, 0.15)],
                { $0[0] * (1 + $0[1]) - $0[0] }, true
            ),
            (
                "share whose denominator holds the numerator", "let a = 1 to 2\nlet b = 3 to 5\na / (a + b)",
                [(1, 2), (3, 5)], { $0[0] / ($0[0] + $0[1]) }, true
            ),
            (
                "runway", "let cash = 100 to 120\nlet burn = 8 to 10\nlet income = 2 to 3\ncash / (burn - income)",
                [(100, 120), (8, 10), (2, 3)], { $0[0] / ($0[1] - $0[2]) }, true
            ),
            (
                "gross profit share", "let r = 35 to 45\nlet gp = 72% of r\n(r - gp) / r", [(35, 45)],
                { ($0[0] - 0.72 * $0[0]) / $0[0] }, true
            ),
            (
                "net of a fee on a total", "let a = 10 to 20\nlet b = 5 to 8\n(a + b) - 3% of (a + b) - a",
                [(10, 20), (5, 8)], { ($0[0] + $0[1]) * 0.97 - $0[0] }, true
            ),
            (
                "margin of profit over revenue", "let rev = 50 to 60\nlet cost = 30 to 40\n(rev - cost) / rev",
                [(50, 60), (30, 40)], { ($0[0] - $0[1]) / $0[0] }, true
            ),
            (
                "payback", "let capex = 90 to 110\nlet cash = 20 to 30\ncapex / cash", [(90, 110), (20, 30)],
                { $0[0] / $0[1] }, true
            ),
            (
                "spend against payroll", "let spend = 7 to 9\nlet payroll = 25 to 30\nspend / (spend + payroll)",
                [(7, 9), (25, 30)], { $0[0] / ($0[0] + $0[1]) }, true
            ),
            (
                "two-year compounding", "let g = 20% to 30%\nlet s = 10 to 12\ns * (1 + g) * (1 + g) - s",
                [(0.2, 0.3), (10, 12)], { $0[1] * (1 + $0[0]) * (1 + $0[0]) - $0[1] }, true
            ),
            (
                "variance of a share", "let p = 0 to 1\np * (1 - p)", [(0, 1)], { $0[0] * (1 - $0[0]) }, false
            ),
            (
                "square across zero", "let x = -3 to 2\nx * x + x", [(-3, 2)], { $0[0] * $0[0] + $0[0] }, false
            ),
            (
                "distance from a target", "let x = 2 to 8\nabs(x - 5) * 2", [(2, 8)], { abs($0[0] - 5) * 2 }, false
            ),
            (
                "capped payout", "let a = 10 to 30\nlet b = 15 to 25\nmin(a, b) - a / 2", [(10, 30), (15, 25)],
                { min($0[0], $0[1]) - $0[0] / 2 }, false
            ),
            (
                "revenue times price elasticity", "let p = 1 to 3\np * (10 - 2 * p)", [(1, 3)],
                { $0[0] * (10 - 2 * $0[0]) }, false
            ),
            (
                "a ratio of shared sums", "let a = 1 to 4\nlet b = 1 to 4\n(a - b) * (a + b) / (a + b + 1)",
                [(1, 4), (1, 4)], { ($0[0] - $0[1]) * ($0[0] + $0[1]) / ($0[0] + $0[1] + 1) }, false
            ),
        ]

    @Test("sixteen business formulas: bounds hold every value and are the exact extremes", arguments: 0..<16)
    func businessFormulas(index: Int) throws {
        let case_ = RangeIdentityTests.formulas[index]
        let quantity = try #require(lastQuantity(case_.text), "\(case_.name)")
        let (low, high) = gridExtremes(case_.inputs, steps: case_.inputs.count == 1 ? 2000 : 200, case_.formula)
        let width = high - low
        let rounding = 1e-9 * max(abs(low), abs(high), 1)
        // Never narrower than the truth (the grid's extremes are attained values).
        #expect(quantity.low <= low + rounding, "\(case_.name): low \(quantity.low) above \(low)")
        #expect(quantity.high >= high - rounding, "\(case_.name): high \(quantity.high) below \(high)")
        // Within 1% of the true width (exact, to rounding, where the formula is monotone).
        let slack = (case_.monotone ? 0 : 0.01) * width + rounding
        #expect(low - quantity.low <= slack, "\(case_.name): low \(quantity.low), truth \(low)")
        #expect(quantity.high - high <= slack, "\(case_.name): high \(quantity.high), truth \(high)")
    }

    @Test("property: random formulas over random inputs hold every sampled value, with tight bounds")
    func randomFormulas() throws {
        var generator = SplitMix64(seed: 20_261_202)
        for round in 0..<120 {
            let count = Int.random(in: 1...3, using: &generator)
            var inputs: [(Double, Double)] = []
            for _ in 0..<count {
                let low = Double(Int.random(in: -20...20, using: &generator)) / 4
                inputs.append((low, low + Double(Int.random(in: 1...12, using: &generator)) / 4))
            }
            let (text, formula) = randomFormula(depth: 3, inputs: count, using: &generator)
            let lets = inputs.enumerated().map { "let x\($0.offset) = \($0.element.0) to \($0.element.1)" }
            let program = (lets + [text]).joined(separator: "\n")
            guard let quantity = lastQuantity(program) else { continue }  // a division through zero, say
            let (low, high) = gridExtremes(inputs, steps: count == 1 ? 1000 : count == 2 ? 60 : 16, formula)
            let scale = max(abs(low), abs(high), 1)
            #expect(quantity.low <= low + 1e-9 * scale, "round \(round): \(program)\n\(quantity.low) > \(low)")
            #expect(quantity.high >= high - 1e-9 * scale, "round \(round): \(program)\n\(quantity.high) < \(high)")
            if quantity.hasTightBounds, count == 1 {
                // A one-input grid is dense enough to stand for the truth.
                let width = max(high - low, 1e-9 * scale)
                #expect(quantity.high - quantity.low <= (high - low) + 0.02 * width, "round \(round): \(program)")
            }
        }
    }

    @Test("a run's analyses share one budget: past it, bounds stay sound enclosures, marked as such")
    func analysisBudget() throws {
        // Each line's bounds never converge (a sawtooth); 1,500 of them spend the budget.
        let lines = ["let x = 1 to 2"] + (0..<1500).map { "let z\($0) = round(x * 10) / 10 - x" } + ["z1499"]
        let last = try #require(lastQuantity(lines.joined(separator: "\n")))
        #expect(!last.hasTightBounds)
        #expect(last.low <= -0.05 + 1e-9 && last.high >= 0.05 - 1e-9)
        let first = try #require(lastQuantity("let x = 1 to 2\nround(x * 10) / 10 - x"))
        #expect(first.low <= -0.05 + 1e-9 && first.high >= 0.05 - 1e-9)
        #expect(first.high - first.low <= 0.1 * 1.02)
    }

    @Test("percentiles and chances follow the distribution, and the same seed gives the same answer")
    func distribution() throws {
        let median = try #require(lastQuantity("let x = 35 to 45\nmedian(x)"))
        #expect(abs(median.low - 40) < 0.05)
        let p90 = try #require(lastQuantity("let x = 35 to 45\npercentile(x, 90%)"))
        #expect(abs(p90.low - 44) < 0.05)
        // Two independent uniforms: P(x < y) for x in [35, 45], y in [38, 50] is 1 - 24.5/120.
        let chance = try #require(lastQuantity("let x = 35 to 45\nlet y = 38 to 50\nchance(x < y)"))
        #expect(abs(chance.low - (1 - 24.5 / 120)) < 0.01)
        #expect(displays("let x = 35 to 45\nchance(x - x > 0)").last == "0%")
        #expect(displays("let x = 35 to 45\nchance(x > 40)").last == "50%")
        // A normal input: its 5th and 95th percentiles are the written range.
        let p5 = try #require(lastQuantity("let x = normal(10 to 20)\npercentile(x, 5%)"))
        #expect(abs(p5.low - 10) < 0.05)
        let lognormal = try #require(lastQuantity("let x = lognormal(10 to 20)\npercentile(x, 95%)"))
        #expect(abs(lognormal.low - 20) < 0.1)
        let again = try #require(lastQuantity("let x = 35 to 45\nlet y = 38 to 50\nchance(x < y)"))
        #expect(again.low == chance.low)
        let fewer = try #require(lastQuantity("let x = 35 to 45\nlet y = 38 to 50\nchance(x < y)", samples: 100))
        #expect(fewer.low != chance.low)
    }

    @Test("distribution shows a histogram between the bounds: flat for a uniform, peaked for a normal")
    func histogram() {
        var session = Session()
        let result = session.run("distribution(35 to 45)\ndistribution(normal(10 to 20))\ndistribution(5)")
        let bars: [String] = result.results.compactMap {
            guard case .value(let value)? = $0.outcome, case .table(let table) = value.kind,
                case .text(let bars) = table.rows[0][1]
            else { return nil }
            return bars
        }
        #expect(bars == ["████████████████", bars[1], "|"])
        let normal = Array(bars[1])
        #expect(normal.count == 16 && normal[0] == "▁" && normal[8] == "█" && normal[15] == "▁")
    }

    @Test("sensitivity lists each input with its swing, widest first")
    func sensitivity() {
        var session = Session()
        let result = session.run("let r = $35-45B/yr\nlet c = 20-30%\nsensitivity(r * (1 - c) - $5B/yr)")
        guard case .value(let value)? = result.results.last?.outcome, case .table(let table) = value.kind else {
            Issue.record("no table")
            return
        }
        #expect(table.rows.count == 2)
        guard case .text(let first) = table.rows[0][0], case .value(let swing) = table.rows[0][3] else {
            Issue.record("unexpected cells")
            return
        }
        #expect(first.hasPrefix("r = "))
        #expect(ValueFormatter().display(swing) == "$7.5B/yr")
    }
}

/// The lowest and highest values of `formula` on a grid of `steps + 1` points per input.
func gridExtremes(_ inputs: [(Double, Double)], steps: Int, _ formula: ([Double]) -> Double) -> (Double, Double) {
    var low = Double.infinity
    var high = -Double.infinity
    var index = [Int](repeating: 0, count: inputs.count)
    while true {
        let point = inputs.enumerated().map { $1.0 + ($1.1 - $1.0) * Double(index[$0]) / Double(steps) }
        let value = formula(point)
        if value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        var position = 0
        while position < index.count {
            index[position] += 1
            if index[position] <= steps { break }
            index[position] = 0
            position += 1
        }
        if position == index.count { break }
    }
    return (low, high)
}

/// A random formula over `x0`, `x1`, ..., as tnb text and as a Swift function.
func randomFormula(depth: Int, inputs: Int, using generator: inout SplitMix64) -> (String, ([Double]) -> Double) {
    if depth == 0 || Int.random(in: 0..<4, using: &generator) == 0 {
        if Int.random(in: 0..<4, using: &generator) == 0 {
            let constant = Double(Int.random(in: 1...9, using: &generator))
            return ("\(Int(constant))", { _ in constant })
        }
        let i = Int.random(in: 0..<inputs, using: &generator)
        return ("x\(i)", { $0[i] })
    }
    let (leftText, left) = randomFormula(depth: depth - 1, inputs: inputs, using: &generator)
    let (rightText, right) = randomFormula(depth: depth - 1, inputs: inputs, using: &generator)
    switch Int.random(in: 0..<6, using: &generator) {
    case 0: return ("(\(leftText) + \(rightText))", { left($0) + right($0) })
    case 1: return ("(\(leftText) - \(rightText))", { left($0) - right($0) })
    case 2, 3: return ("(\(leftText) * \(rightText))", { left($0) * right($0) })
    case 4: return ("(\(leftText))^2", { left($0) * left($0) })
    default: return ("abs(\(leftText) - \(rightText))", { abs(left($0) - right($0)) })
    }
}
