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

    @Test(
        "display never misleads: digits below $1, no false carry, one tie rule, no -0",
        arguments: [
            (0.025, true, "0.025"), (0.0149, true, "0.0149"), (0.00825, true, "0.00825"), (999.99, true, "999.99"),
            (999.995, true, "1,000"), (12.345, true, "12.35"), (5, true, "5"), (0.5, true, "0.50"),
            (999_999.5, false, "1M"), (4_975_000_000, false, "4.98B"), (2.5, false, "2.5"), (1234.5, false, "1,235"),
            (-1e-18, false, "-1e-18"), (1e-7, false, "1e-7"), (0.000001, false, "0.000001"),
            (9.9999e-7, false, "0.000001"), (9.99999e17, false, "1e18"), (-0.0, false, "0"),
        ])
    func neverMisleads(value: Double, money: Bool, expected: String) {
        #expect(NumberFormatter().format(value, money: money) == expected)
    }

    @Test("--precision N shows N significant digits for every N from 1")
    func everyPrecision() {
        let shown = (1...6).map { NumberFormatter(significant: $0).format(582.814) }
        #expect(shown == ["600", "580", "583", "582.8", "582.81", "582.814"])
        #expect(NumberFormatter(significant: 6).format(0.025, money: true) == "0.025")
        #expect(NumberFormatter(significant: 1).format(4.5e9) == "5B")
    }

    @Test("a percentage rounds as its decimal in percent, not as a float times 100")
    func percent() {
        #expect(NumberFormatter(significant: 2).format(0.145, percent: true) == "14")
        #expect(NumberFormatter().format(0.28, percent: true) == "28")
        #expect(NumberFormatter().format(1.0 / 3, percent: true) == "33.3")
    }

    @Test("JSON numbers are the shortest decimal that reads back as the same double")
    func json() {
        #expect(NumberFormatter.json(2_190_000) == "2190000")
        #expect(NumberFormatter.json(35.0 / 9) == "3.888888888888889")
        #expect(NumberFormatter.json(0.28, percent: true) == "28")
        #expect(NumberFormatter.json(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberFormatter.json(-2.5e-7) == "-2.5e-7")
        #expect(NumberFormatter.json(1.5e300) == "1.5e300")
        #expect(NumberFormatter.json(1e15) == "1e15")
        #expect(NumberFormatter.json(-0.0) == "0")
    }
}
