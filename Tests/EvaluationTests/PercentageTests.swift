import Evaluation
import Presentation
import Testing

/// docs/language.md, "Percentages and `of`": a percentage is a share; only one written as the
/// right operand of `+` or `-` scales the left side.
@Suite("Percentages are shares")
struct PercentageTests {
    @Test(
        "a percentage of a plain number is a plain number; of a percentage, a percentage",
        arguments: [
            ("10% of 200", "20"), ("50 * 10%", "5"), ("10% * 50", "5"), ("100 - 50 * 10%", "95"),
            ("50% of 10%", "5%"), ("10% * 10%", "1%"), ("72% of $40B", "$28.8B"), ("20%/yr * 2 years", "40%"),
            ("10% / 2", "5%"), ("10% / 20%", "0.5"),
        ])
    func shares(input: String, expected: String) {
        #expect(displays(input) == [expected])
    }

    @Test(
        "a percentage written as the right operand of + or - scales the left side",
        arguments: [
            ("$100 + 10%", "$110"), ("$100 - 10%", "$90"), ("5 + 10%", "5.5"), ("1 - 30%", "0.7"),
            ("$100 + -10%", "$90"), ("$100 + 10-20%", "$110 to $120"), ("10% + 5%", "15%"), ("10% - 5%", "5%"),
            ("let tax = 8%\n$100 + tax", "$108"), ("param g = 15%\n$100 + g", "$115"),
        ])
    func calculatorRule(input: String, expected: String) {
        #expect(displays(input).last == expected)
    }

    @Test(
        "a sum with a percentage on the left, or a percentage computed on the right, only adds",
        arguments: [
            ("10% + 5", "5.1"), ("5 + 2 * 10%", "5.2"), ("5 - 10% * 10", "4"),
            ("let a = 1-2M\nlet b = 2-3M\na * 0.5 + b * 0.5 - b * 1%", "1.48M to 2.47M"),
        ])
    func onlyWrittenPercentagesScale(input: String, expected: String) {
        #expect(displays(input).last == expected)
    }

    @Test("money plus a percentage that came out of a product is a mismatch, not a scaling")
    func computedPercentageOnMoney() {
        #expect(errorIDs("$100 + 10% * 2") == ["mismatched-dimensions"])
    }
}
