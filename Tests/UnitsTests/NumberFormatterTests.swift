import Testing
import Units

@Suite("Number formatting")
struct NumberFormatterTests {
    @Test(
        "numbers show three significant digits, grouping, and scale letters",
        arguments: [
            (100_000_000.0, false, "100M"), (2_190_000, true, "2.19M"), (30_000, true, "30,000"),
            (0.28, false, "0.28"), (3.888888, false, "3.89"), (0.1, true, "0.10"), (110, true, "110"),
            (12.5, true, "12.50"), (999.7, false, "1,000"), (999_999_999, false, "1B"), (28_800_000_000, true, "28.8B"),
            (1.5e15, false, "1,500T"), (2.5e20, false, "2.5e20"), (0.000015, true, "0.000015"),
            (-5_000_000, true, "-5M"),
            (0, false, "0"),
        ])
    func formats(value: Double, money: Bool, expected: String) {
        #expect(NumberFormatter().format(value, money: money) == expected)
    }

    @Test("more significant digits on request")
    func precision() {
        #expect(NumberFormatter(significant: 6).format(3.888888888) == "3.88889")
        #expect(NumberFormatter(significant: 6).format(2_190_000) == "2.19M")
        #expect(NumberFormatter(significant: 7).format(1234.567) == "1,234.567")
        #expect(NumberFormatter(significant: 7).format(1_234_567.5) == "1.234568M")
        #expect(NumberFormatter(significant: 5).format(0.0012345) == "0.0012345")
    }

    @Test("JSON numbers are integers when whole and full precision otherwise")
    func json() {
        #expect(NumberFormatter.json(2_190_000) == "2190000")
        #expect(NumberFormatter.json(35.0 / 9) == "3.888888888888889")
        #expect(NumberFormatter.json(0.28 * 100) == "28")
        #expect(NumberFormatter.json(0.1 + 0.2) == "0.3")
        #expect(NumberFormatter.json(-2.5e-7) == "-2.5e-07")
        #expect(NumberFormatter.json(1.5e300) == "1.5e+300")
    }
}
