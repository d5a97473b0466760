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
