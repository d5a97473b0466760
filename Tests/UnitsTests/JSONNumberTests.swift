import Foundation
import Testing

@testable import Units

@Suite("JSON numbers against IEEE results")
struct JSONNumberTests {
    /// Lines of `scripts/ieee-fixture.py`: a, b, then a + b, a - b, a * b and a / b as Python's repr.
    static func rows() throws -> [[String]] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(
            contentsOf: root.appendingPathComponent("Fixtures/display/arithmetic.tsv"), encoding: .utf8)
        return text.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }.filter { $0.count == 6 }
    }

    /// The shortest decimal a JSON number or a Python repr spells, sign apart.
    static func decimal(_ text: String) -> ExactDecimal? {
        ExactDecimal(parsing: text.hasPrefix("-") ? String(text.dropFirst()) : text)
    }

    @Test("quantity arithmetic writes the IEEE result's shortest decimal, over thousands of pairs")
    func arithmeticMatchesIEEE() throws {
        let rows = try JSONNumberTests.rows()
        #expect(rows.count > 3000)
        var failures: [String] = []
        for row in rows {
            guard let a = Double(row[0]), let b = Double(row[1]) else { continue }
            let results: [Quantity] = [
                try Quantity(a) + Quantity(b), try Quantity(a) - Quantity(b), try Quantity(a) * Quantity(b),
                try Quantity(a) / Quantity(b),
            ]
            for (index, result) in results.enumerated() {
                let written = NumberFormatter.json(result.low)
                let expected = row[index + 2]
                let sameSign = written.hasPrefix("-") == expected.hasPrefix("-")
                if !sameSign || JSONNumberTests.decimal(written) != JSONNumberTests.decimal(expected) {
                    failures.append("\(row[0]) op\(index) \(row[1]): \(written), expected \(expected)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) differ, first: \(failures.prefix(10).joined(separator: "; "))")
    }

    @Test("a / b is a division, not a times the reciprocal of b")
    func divisionIsDivision() throws {
        #expect(NumberFormatter.json(try (Quantity(13.1) / Quantity(40.9)).low) == "0.3202933985330073")
        let range = try Quantity(low: 1, high: 2) / Quantity(low: 3, high: 7)
        #expect(range.low == 1.0 / 7 && range.high == 2.0 / 3)
    }
}
