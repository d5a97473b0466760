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
