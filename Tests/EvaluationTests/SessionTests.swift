import Evaluation
import Presentation
import Testing

@Suite("Session")
struct SessionTests {
    @Test("percent of money stays money")
    func percentOfMoney() {
        #expect(displays("72% of $40B") == ["$28.8B"])
    }

    @Test(
        "every error kind has its id",
        arguments: [
            ("payrol", "unknown-name"), ("$5 + 3 people", "mismatched-dimensions"), ("1/0", "division-by-zero"),
            ("1e400", "number-out-of-range"), ("2 ? 3", "unexpected-character"), ("(1 +", "unfinished-input"),
            ("1e308 * 10", "non-finite-result"), ("$5 ^ 0.5", "invalid-power"), ("5 to 3", "reversed-range"),
            ("let f(x) = f(x) + 1\nf(1)", "recursion-too-deep"), ("$5 as %", "not-a-ratio"),
            ("nosuch(1)", "unknown-function"),
            ("min()", "wrong-argument-count"), ("let a = 1\nlet a = 2", "duplicate-definition"),
            ("let in = 2", "reserved-word"),
            ("unit day", "unit-already-defined"), ("let x.y = 1", "dotted-name"), ("\"abc", "unterminated-string"),
            ("> {1 +", "unclosed-interpolation"), ("1 2", "unexpected-token"), ("\"a\" + 1", "type-mismatch"),
        ])
    func errorKinds(input: String, id: String) {
        #expect(errorIDs(input) == [id])
    }

    @Test(
        "a mismatch names the two sides in the order they are written",
        arguments: [
            ("$5 < 3 people", "cannot compare money and people"),
            ("$5 to 3 people", "cannot make a range of money and people"),
            ("min($5, 3 people)", "cannot compare money and people"),
            ("$5 as % of 3 people", "cannot compare money and people"),
            ("$5 + 3 people", "cannot add money and people"), ("$5 in people", "cannot convert money to people"),
        ])
    func mismatchOrder(input: String, message: String) {
        var session = Session()
        #expect(session.run(input).diagnostics.map(\.message) == [message])
    }

    @Test(
        "a result that is not finite says which operation made it",
        arguments: [
            ("1/1e-320", "divide"), ("1e308 / 0.1", "divide"), ("exp(1000)", "take an exponential"),
            ("1e308 * 10", "multiply"),
        ])
    func notFiniteNamesTheOperation(input: String, operation: String) {
        var session = Session()
        let messages = session.run(input).diagnostics.map(\.message)
        #expect(messages == ["the result is too large or not a number (while trying to \(operation))"])
    }

    @Test("a unit a notebook declares is its own dimension")
    func declaredUnit() {
        #expect(displays("unit widget\n3 widgets * 2") == ["6 widgets"])
        #expect(errorIDs("unit widget\n3 widgets + 2 people") == ["mismatched-dimensions"])
        #expect(displays("unit kilotoken = 1000 tokens\n3 kilotokens in tokens") == ["3,000 tokens"])
    }

    @Test("redefinition recomputes dependents and reports old and new values")
    func redefinition() {
        var session = Session(options: SessionOptions(allowRedefinition: true))
        _ = session.run("let payroll = $25M/yr\nlet spend = $7M/yr\nlet share = spend / payroll as %")
        let result = session.run("let payroll = $14M/yr")
        let change = result.results.first?.changes.first
        #expect(change?.name == "share")
        #expect(change?.old.map { ValueFormatter().display($0) } == "28%")
        #expect(change?.new.map { ValueFormatter().display($0) } == "50%")
    }

    @Test("a redefinition that would make a cycle is refused")
    func cycle() {
        var session = Session(options: SessionOptions(allowRedefinition: true))
        _ = session.run("let a = 1\nlet b = a + 1")
        #expect(session.run("let a = b * 2").diagnostics.map(\.id) == ["cyclic-definition"])
    }

    @Test("provenance travels through arithmetic")
    func provenance() {
        var session = Session()
        let result = session.run("semianalysis.token_spend / semianalysis.payroll as %")
        guard case .value(let value) = result.results.first?.outcome else {
            Issue.record("no value")
            return
        }
        #expect(value.provenance.ids == ["semianalysis.payroll", "semianalysis.token_spend"])
        #expect(ValueFormatter().display(value) == "28%")
    }

    @Test("comparing ranges can be maybe")
    func rangeComparison() {
        #expect(displays("(1 to 3) < 2\n(1 to 3) < 4\n5 > 3") == ["maybe", "true", "true"])
    }

    @Test("a session stops at its definition limit with an error, and redefinition still works")
    func definitionLimit() {
        var session = Session(options: SessionOptions(allowRedefinition: true, maximumDefinitions: 3))
        #expect(session.run("let a = 1\nlet b = 2\nlet c = 3").diagnostics.isEmpty)
        #expect(session.run("let d = 4").diagnostics.map(\.id) == ["too-many-definitions"])
        #expect(session.run("let a = 5").diagnostics.isEmpty)
    }
}

@Suite("Step budget")
struct StepBudgetTests {
    static let heavy =
        "let f0(x) = x + x\n" + (1...8).map { "let f\($0)(x) = f\($0 - 1)(x) + f\($0 - 1)(x)" }.joined(separator: "\n")

    @Test("every statement of a run draws on one budget: statements that each fit stop once it is spent")
    func oneBudgetPerRun() {
        var options = SessionOptions()
        options.stepBudgetBase = 10_000
        var session = Session(options: options)
        // Each call of f8 is about 2,000 steps; five fit, the sixth spends the budget, the rest fail at once.
        let text = StepBudgetTests.heavy + "\n" + Array(repeating: "f8(1)", count: 30).joined(separator: "\n")
        let result = session.run(text)
        let failed = result.results.filter { $0.diagnostics.contains { $0.id == "too-many-steps" } }
        #expect(failed.count >= 20)
        #expect(result.results.prefix(9 + 4).allSatisfy { $0.diagnostics.isEmpty })
    }

    @Test("the next run starts with a full budget")
    func resetPerRun() {
        var options = SessionOptions(allowRedefinition: true)
        options.stepBudgetBase = 10_000
        var session = Session(options: options)
        _ = session.run(StepBudgetTests.heavy)
        for _ in 0..<10 { #expect(!session.run("f8(1)").hasErrors) }
    }
}
