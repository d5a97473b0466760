import Evaluation
import Notebook
import Presentation
import Testing

@Suite("Dependency order")
struct DependencyOrderTests {
    /// Named values of a run, displayed, by name.
    func values(_ text: String) -> [String: String] {
        let run = NotebookRun(Notebook(name: "test.tnb", text: text))
        var values: [String: String] = [:]
        for entry in run.entries {
            if case .binding(let name, let value, _)? = entry.outcome { values[name] = ValueFormatter().display(value) }
        }
        return values
    }

    static let lines = [
        "let total = spend * growth + base",
        "let spend = semianalysis.token_spend",
        "param growth = 4x",
        "let base = payroll - spend",
        "let payroll = semianalysis.payroll",
        "let twice(x) = 2 * x",
        "let doubled = twice(total)",
        "unit seat",
        "let seats_needed = 12 seats",
        "assert total > payroll",
        "> total is {total}",
    ]

    @Test("a notebook whose lines are shuffled gives the same values")
    func shuffled() {
        let expected = values(DependencyOrderTests.lines.joined(separator: "\n"))
        #expect(expected["total"] == "$46M/yr")
        #expect(expected["doubled"] == "$92M/yr")
        #expect(expected["seats_needed"] == "12 seats")
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<20 {
            let text = DependencyOrderTests.lines.shuffled(using: &generator).joined(separator: "\n")
            let run = NotebookRun(Notebook(name: "test.tnb", text: text))
            #expect(run.diagnostics.isEmpty, "\(text)")
            #expect(values(text) == expected)
        }
    }

    @Test("the report keeps the document's order")
    func documentOrder() {
        let run = NotebookRun(Notebook(name: "t.tnb", text: "let b = a + 1\nlet a = 1\nb"))
        #expect(run.entries.map(\.text) == ["let b = a + 1", "let a = 1", "b"])
        #expect(run.entries.map(\.line) == [1, 2, 3])
    }

    @Test("a name defined twice is an error pointing at both places")
    func duplicate() {
        let run = NotebookRun(Notebook(name: "t.tnb", text: "let a = 1\nlet b = a\nparam a = 2"))
        #expect(run.diagnostics.count == 1)
        let diagnostic = run.diagnostics[0]
        #expect(diagnostic.id == "duplicate-definition")
        #expect(diagnostic.message == "'a' is defined twice")
        #expect(run.notebook.source.location(of: diagnostic.span.start) == (3, 7))
        #expect(diagnostic.related.map(\.0) == ["first defined here"])
        #expect(diagnostic.related.map { run.notebook.source.location(of: $0.1.start).line } == [1])
    }

    @Test("a cycle is an error that names the cycle")
    func cycle() {
        let run = NotebookRun(
            Notebook(name: "t.tnb", text: "let c = a + 1\nlet a = b * 2\nlet b = c - 1\nlet d = c\nlet ok = 5"))
        #expect(run.diagnostics.map(\.id) == ["cyclic-definition"])
        #expect(run.diagnostics[0].message == "definitions form a cycle: c -> a -> b -> c")
        #expect(run.diagnostics[0].related.count == 2)
        // Statements outside the cycle still run.
        #expect(values("let c = a + 1\nlet a = b * 2\nlet b = c - 1\nlet d = c\nlet ok = 5")["ok"] == "5")
    }

    @Test("a definition that uses itself is a cycle of one")
    func selfCycle() {
        let run = NotebookRun(Notebook(name: "t.tnb", text: "let x = x + 1"))
        #expect(run.diagnostics.map(\.message) == ["definitions form a cycle: x -> x"])
    }

    @Test("a recursive function is not a cycle")
    func recursiveFunction() {
        let run = NotebookRun(Notebook(name: "t.tnb", text: "let f(n) = n\nf(2)"))
        #expect(run.diagnostics.isEmpty)
    }

    @Test("a long chain written backwards does not overflow the stack")
    func longChain() {
        let count = 20_000
        var lines = ["let v0 = 1"]
        for index in 1..<count { lines.append("let v\(index) = v\(index - 1) + 1") }
        let text = lines.reversed().joined(separator: "\n")
        let order = DependencyOrder(Notebook(name: "t.tnb", text: text).statements)
        #expect(order.order.count == count)
        #expect(order.order.first == count - 1)
    }

    @Test("'as of' is evaluated first wherever it is written, and only once")
    func asOf() {
        let text = "let next = Q4\nas of Q1 2027\nlet later = Q2"
        #expect(values(text)["next"] == "Q4 2027")
        #expect(values(text)["later"] == "Q2 2027")
        let twice = NotebookRun(Notebook(name: "t.tnb", text: "as of Q1 2027\nlet a = 1\nas of Q3 2027"))
        #expect(twice.diagnostics.map(\.id) == ["duplicate-definition"])
        #expect(twice.diagnostics.first?.message == "'as of' is defined twice")
    }

    @Test("a projection builds on the let of its name; statements reading the name see the series")
    func projection() {
        let text =
            "let growth_seen = when bill > $3M/yr\nproject bill growth 2x per quarter until Q4 2026\nlet bill = $1M/yr"
        let run = NotebookRun(Notebook(name: "t.tnb", text: text))
        #expect(run.diagnostics.isEmpty)
        #expect(values(text)["growth_seen"] == "Q3 2026")
    }

    @Test("every parse error is reported, and nothing is evaluated")
    func parseErrors() {
        let run = NotebookRun(Notebook(name: "t.tnb", text: "let a = * 2\nlet b = 2 ?\nlet c = nosuch"))
        #expect(run.diagnostics.map(\.id) == ["unexpected-token", "unexpected-character"])
    }

    @Test("every evaluation error is reported; dependents of a failed value stay quiet")
    func evaluationErrors() {
        let run = NotebookRun(Notebook(name: "t.tnb", text: "let a = $5 + 3 people\nlet b = a * 2\nlet c = nosuch"))
        #expect(run.diagnostics.map(\.id) == ["mismatched-dimensions", "unknown-name"])
    }
}

/// A small deterministic generator (SplitMix64) so shuffles repeat.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
