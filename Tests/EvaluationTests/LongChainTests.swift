import Presentation
import Testing

@testable import Evaluation

/// Long flat chains are loops, not recursion: their length never becomes stack depth.
@Suite("long chains")
struct LongChainTests {
    @Test("a sum of 100,000 terms is a number, as a spreadsheet export writes it")
    func longSum() {
        #expect(displays("2" + String(repeating: " + 3", count: 99_999)) == ["299,999"])
    }

    @Test(
        "long chains of every left-to-right operator evaluate",
        arguments: [
            ("10", " - 0.5", 6_000, "-2,990"), ("7", " * 1", 7_500, "7"), ("9", " / 1", 7_500, "9"),
            ("4", " per 1", 5_000, "4"), ("1", " + 1 - 1", 8_000, "1"),
            ("2 days", " in months in days", 4_000, "2 days"), ("0.25", " as %", 9_000, "25%"),
            ("3 weeks weeks", " / 1", 6_000, "3 weeks^2"), ("$2 as % of $8", " as % of 1", 3_000, "25%"),
        ])
    func chains(head: String, link: String, count: Int, expected: String) {
        #expect(displays(head + String(repeating: link, count: count)) == [expected])
    }

    @Test("thousands of unit words after a number make one power, not a deep tree")
    func unitWords() {
        #expect(displays("2" + String(repeating: " days", count: 6_000)) == ["2 days^6000"])
    }

    @Test("a chain of thousands of 'at' links is an error at its second link, not a crash")
    func atChain() {
        let text = "let s = 5\nproject s growth 3x by Q4 2027\ns" + String(repeating: " at Q2 2027", count: 7_000)
        #expect(errorIDs(text) == ["type-mismatch"])
    }

    @Test(
        "long chains of unary minus, powers, brackets and 'when' hit the nesting limit",
        arguments: [
            ("", "-", 3_000, "4", ""), ("3", "^1", 3_000, "", ""), ("", "(", 5_000, "1", ")"),
            ("", "(when ", 3_000, "1", ")"),
        ])
    func nesting(head: String, link: String, count: Int, tail: String, close: String) {
        // `when` stands where a whole expression does, so a chain of them is bracketed.
        let text = head + String(repeating: link, count: count) + tail + String(repeating: close, count: count)
        #expect(errorIDs(text) == ["nesting-too-deep"])
    }

    @Test("a call with 50,000 arguments evaluates")
    func manyArguments() {
        #expect(displays("min(" + (1...50_000).map { "\($0 + 7)" }.joined(separator: ", ") + ")") == ["8"])
    }

    @Test("a chain of 20,000 definitions, each using the one before, evaluates and redefines")
    func longDefinitionChain() {
        var lines = ["let b0 = 2"]
        for index in 1..<20_000 { lines.append("let b\(index) = b\(index - 1) + 1") }
        var session = Session(options: SessionOptions(allowRedefinition: true))
        _ = session.run(lines.joined(separator: "\n"))
        #expect(session.value(named: "b19999").map { ValueFormatter().display($0) } == "20,001")
        let redefined = session.run("let b0 = 3")
        #expect(redefined.diagnostics.isEmpty)
        #expect(session.value(named: "b19999").map { ValueFormatter().display($0) } == "20,002")
        #expect(session.run("let b0 = b19999").diagnostics.map(\.id) == ["cyclic-definition"])
    }
}

/// Did-you-mean stays fast among thousands of similar names, and right among few.
@Suite("did-you-mean")
struct SuggestionTests {
    @Test(
        "the closest name is suggested, ties by spelling",
        arguments: [
            ("payrol", ["payroll", "payrolls", "spend"], "payroll"), ("Spned", ["spend", "spent"], "spend"),
            ("ab", ["abc"], nil), ("growht", ["growth", "grow"], "grow"),
            ("x.token_spend", ["semianalysis.token_spend"], "semianalysis.token_spend"),
        ] as [(String, [String], String?)])
    func closest(name: String, candidates: [String], expected: String?) {
        #expect(Suggestion.closest(to: name, among: candidates) == expected)
    }

    @Test("banded distance agrees with the full distance within its limit")
    func bandedDistance() {
        let words = ["", "a", "ab", "kitten", "sitting", "saturday", "sunday", "flaw", "lawn", "abcdef", "azced"]
        for a in words {
            for b in words {
                let full = fullDistance(Array(a.utf8), Array(b.utf8))
                for limit in 0...3 {
                    #expect(Suggestion.editDistance(Array(a.utf8), Array(b.utf8), limit: limit) == min(full, limit + 1))
                }
            }
        }
    }

    func fullDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var row = Array(0...b.count)
        for i in a.indices {
            var next = [i + 1] + [Int](repeating: 0, count: b.count)
            for j in b.indices { next[j + 1] = min(row[j + 1] + 1, next[j] + 1, row[j] + (a[i] == b[j] ? 0 : 1)) }
            row = next
        }
        return row[b.count]
    }

    @Test("misspelt names among many similar definitions each get their own suggestion")
    func manyMisses() {
        var lines = (0..<300).map { "let cost_line_\($0) = \($0)" }
        lines += (0..<300).map { "cost_lnie_\($0)" }
        var session = Session()
        let diagnostics = session.run(lines.joined(separator: "\n")).diagnostics
        #expect(diagnostics.count == 300)
        #expect(diagnostics.allSatisfy { $0.id == "unknown-name" })
        #expect(diagnostics[7].notes == ["did you mean 'cost_line_7'?"])
    }
}
