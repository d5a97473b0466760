import Foundation
import Testing

@testable import Units

@Suite("Number formatting against Python's decimal")
struct NumberFormatterDifferentialTests {
    /// Lines of `scripts/display-fixture.py`: the double, significant digits, style, expected text.
    static func cases() throws -> [(value: Double, significant: Int, style: String, expected: String)] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Fixtures/display/numbers.tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let value = Double(fields[0]), let significant = Int(fields[1]) else { return nil }
            return (value, significant, fields[2], fields[3])
        }
    }

    @Test("display rounds once from the exact value, as Python's decimal does, over thousands of numbers")
    func matchesDecimal() throws {
        let cases = try NumberFormatterDifferentialTests.cases()
        #expect(cases.count > 10_000)
        var failures: [String] = []
        for item in cases {
            let formatter = NumberFormatter(significant: item.significant)
            let shown = formatter.format(item.value, money: item.style == "money", percent: item.style == "percent")
            if shown != item.expected {
                failures.append(
                    "\(item.value) at \(item.significant) (\(item.style)): \(shown), expected \(item.expected)")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) differ, first: \(failures.prefix(10).joined(separator: "; "))")
    }

    @Test("a double's exact decimal value is its binary value, digit for digit")
    func exactDecimal() {
        #expect(ExactDecimal(0.1).fixed() == "0.1000000000000000055511151231257827021181583404541015625")
        #expect(ExactDecimal(4.975e9).fixed() == "4975000000")
        #expect(ExactDecimal(0.5).fixed() == "0.5")
        #expect(ExactDecimal(.leastNonzeroMagnitude).magnitude == -324)
        #expect(ExactDecimal(.greatestFiniteMagnitude).magnitude == 308)
    }
}

@Suite("The shortest-digits fast path of display rounding")
struct ShortestDigitsRoundingTests {
    /// Rounds from the exact expansion, as every number did before the fast path.
    static func exactly(_ formatter: Units.NumberFormatter, _ value: Double, money: Bool, percent: Bool) -> String {
        let exact = ExactDecimal(value).shifted(by: percent ? 2 : 0)
        return (value < 0 ? "-" : "") + formatter.formatMagnitude(exact, money: money)
    }

    @Test("rounding the shortest digits gives what rounding the exact value gives, near ties too")
    func agreesWithExact() {
        var generator = SplitMix64(seed: 20_261_203)
        var values: [Double] = []
        for _ in 0..<2_000 {
            let magnitude = Double(Int.random(in: -7...14, using: &generator))
            values.append(Double.random(in: 1..<10, using: &generator) * pow(10, magnitude))
            // A decimal tie at 1 to 16 digits, and the doubles on either side of it.
            let digits = Int.random(in: 1...16, using: &generator)
            let tie = (Double(Int.random(in: 1..<1_000, using: &generator)) + 0.5) * pow(10, magnitude - Double(digits))
            values += [tie, tie.nextUp, tie.nextDown, tie.nextUp.nextUp, tie.nextDown.nextDown]
        }
        var failures: [String] = []
        for value in values where value.isFinite && value != 0 {
            for significant in [1, 2, 3, 4, 6, 10, 15] {
                let formatter = Units.NumberFormatter(significant: significant)
                for (money, percent) in [(false, false), (true, false), (false, true)] {
                    let fast = formatter.format(value, money: money, percent: percent)
                    let slow = ShortestDigitsRoundingTests.exactly(formatter, value, money: money, percent: percent)
                    if fast != slow, failures.count < 10 {
                        failures.append("\(value) at \(significant): \(fast) vs \(slow)")
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }
}
