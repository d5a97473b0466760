import Evaluation
import Testing

/// docs/language.md, "Operators and precedence": a power written right after a unit word is the
/// unit's, as Numbat, GNU units, qalc and pint read it.
@Suite("Unit powers bind to the unit")
struct UnitPowerTests {
    @Test(
        "a power after a unit word raises the unit; brackets raise the amount",
        arguments: [
            ("16 years^2", "16 years^2"), ("sqrt(16 years^2)", "4 years"), ("(16 years)^2", "256 years^2"),
            ("3 people^-1", "3/person"), ("$5/yr^2 * 2 years", "$10/yr"), ("10 people^2 / 5 people", "2 people"),
            ("2^3", "8"), ("let x = 4 years\nx^2", "16 years^2"), ("2 years^2 + 1 years^2", "3 years^2"),
        ])
    func powers(input: String, expected: String) {
        #expect(displays(input).last == expected)
    }

    @Test("a tight 1-B% asks whether it is a subtraction or a range; other spellings are unchanged")
    func ambiguousTightRange() {
        #expect(errorIDs("1-72%") == ["ambiguous-range"])
        #expect(errorIDs("$40B * (1-7.5%)") == ["ambiguous-range"])
        #expect(displays("1 - 72%") == ["0.28"])
        #expect(displays("20-30%") == ["20% to 30%"])
        #expect(displays("1–72%") == ["1% to 72%"])
        #expect(displays("1-2x") == ["1x to 2x"])
    }
}

/// docs/projections.md: `cagr(start, end, duration)` on two amounts, and `cagr`/`doubling` of a
/// series with ranged growth, which give the growth's own range.
@Suite("cagr and doubling")
struct GrowthRateTests {
    @Test(
        "cagr of two amounts and a duration",
        arguments: [
            ("cagr($7M, $28M, 2 years)", "100%"), ("cagr($7M, $28M, 24 months)", "100%"),
            ("cagr($9B/yr, $35-45B/yr, 18 months)", "147% to 192%"), ("cagr(100, 121, 2 years)", "10%"),
            (
                "let s = $7M/yr\nproject s growth 20-30% per year by 2030\ncagr(s)", "20% to 30%"
            ),
            (
                "let s = $7M/yr\nproject s growth 20-30% per year by 2030\ndoubling(s)", "2.64 to 3.8 years"
            ),
        ])
    func rates(input: String, expected: String) {
        #expect(displays(input).last == expected)
    }

    @Test("cagr refuses a duration that is not one, and amounts of different dimensions")
    func refusals() {
        #expect(errorIDs("cagr($7M, $28M, 2)") == ["type-mismatch"])
        #expect(errorIDs("cagr($7M, 3 people, 2 years)") == ["mismatched-dimensions"])
    }
}

/// docs/projections.md: `low` and `high` of a `when` answer.
@Suite("The ends of a when answer")
struct WhenBoundsTests {
    static let model = "let payroll = $25M/yr\nlet spend = $7M/yr\nproject spend growth 20-40% per quarter by Q4 2028\n"

    @Test("low is the first period where it may hold, high the first where it must")
    func ends() {
        // 1.4^t = 25/7 at 3.78 quarters (March 2027); 1.2^t at 6.98 quarters (December 2027).
        #expect(displays(WhenBoundsTests.model + "low(when spend > payroll)").last == "Q1 2027")
        #expect(displays(WhenBoundsTests.model + "high(when spend > payroll)").last == "Q4 2027")
        #expect(errorIDs(WhenBoundsTests.model + "high(when spend > $60M/yr)") == ["type-mismatch"])
        #expect(errorIDs(WhenBoundsTests.model + "low(when spend > $500M/yr)") == ["type-mismatch"])
    }
}

/// A `let x` beside `project x from ...` is a duplicate, and the error says why.
@Suite("let and project from")
struct ProjectFromDuplicateTests {
    @Test("the duplicate-definition error says that 'project x from' defines x by itself")
    func note() {
        var session = Session()
        let result = session.run("let x = $5M/yr\nproject x from $1M/yr to $2M/yr by Q4")
        #expect(result.diagnostics.map(\.id) == ["duplicate-definition"])
        #expect(result.diagnostics.first?.notes.first?.hasPrefix("'project x from ...' defines x on its own") == true)
    }
}

/// `$-5` is minus five dollars.
@Suite("Negative money")
struct NegativeMoneyTests {
    @Test("$-5 reads as -$5, with its scale and units; a blank makes it a subtraction again")
    func negative() {
        #expect(displays("$-5") == ["-$5"])
        #expect(displays("$-1.5B/yr") == ["-$1.5B/yr"])
        #expect(displays("$-5M + $10M") == ["$5M"])
        #expect(displays("$-5 people") == ["-$5 people"])
        #expect(errorIDs("$ - 5") == ["mismatched-dimensions"])
    }
}

/// docs/performance.md, "Limits": a run makes at most 200 did-you-mean searches.
@Suite("did-you-mean is bounded")
struct SuggestionBudgetTests {
    @Test("the first misspelt names get a suggestion; past the run's 200, the error comes without one")
    func bounded() {
        let names = (0..<300).map { "value\($0)" }
        let text = (names.map { "let \($0) = 1" } + names.map { "\($0)x" }).joined(separator: "\n")
        var session = Session()
        let diagnostics = session.run(text).diagnostics
        #expect(diagnostics.count == 300)
        #expect(diagnostics.first?.notes.contains { $0.contains("did you mean 'value0'") } == true)
        #expect(diagnostics.last?.notes.contains { $0.contains("did you mean") } == false)
        #expect(diagnostics.allSatisfy { $0.id == "unknown-name" })
    }
}
