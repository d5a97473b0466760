import Diagnostics
import Testing

@testable import Syntax

@Suite("Parser")
struct ParserTests {
    func parse(_ text: String) -> ParseResult { Parser.parse(SourceFile(name: "<input>", text: text)) }

    func firstExpression(_ text: String) -> ExprKind? {
        guard let statement = parse(text).statements.first, case .expression(let expr) = statement.kind else {
            return nil
        }
        return expr.kind
    }

    @Test(
        "a tight hyphen with a unit or scale is a range",
        arguments: ["$35-45B", "7-8 years", "20-30%", "2-3x", "35–45"])
    func tightRange(text: String) {
        var isRange = false
        if case .range = firstExpression(text) { isRange = true }
        if case .binary(.multiply, let inner, _) = firstExpression(text), case .range = inner.kind { isRange = true }
        #expect(isRange, "\(text) should parse as a range")
    }

    @Test("a hyphen without a unit is subtraction", arguments: ["10-5", "10 - 5", "x-1", "2026-2024", "7 -8 years"])
    func subtraction(text: String) {
        var isSubtraction = false
        if case .binary(.subtract, _, _) = firstExpression(text) { isSubtraction = true }
        #expect(isSubtraction, "\(text) should parse as subtraction")
    }

    @Test(
        "a tight range after a rate's '^' is the exponent, not the rate's power",
        arguments: ["5/yr ^ 1–2", "5/yr^1-2 years"])
    func tightRangeAfterRatePower(text: String) {
        #expect(parse(text).diagnostics.isEmpty)
        guard case .binary(.power, _, let exponent) = firstExpression(text) else {
            Issue.record("not a power")
            return
        }
        var isRange = false
        if case .range = exponent.kind { isRange = true }
        if case .binary(.multiply, let inner, _) = exponent.kind, case .range = inner.kind { isRange = true }
        #expect(isRange, "\(text): the exponent should be the range")
    }

    @Test("a reversed tight range is an error that suggests spaces")
    func reversedRange() {
        let result = parse("10-5 people")
        #expect(result.diagnostics.map(\.id) == ["reversed-range"])
    }

    @Test("10,000 nested parentheses give an error, not a stack overflow")
    func deepNesting() {
        let text = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(parse(text).diagnostics.map(\.id) == ["nesting-too-deep"])
        let minus = String(repeating: "-", count: 10_000) + "1"
        #expect(parse(minus).diagnostics.map(\.id) == ["nesting-too-deep"])
    }

    @Test("unfinished input is marked incomplete, so a REPL can ask for more")
    func incomplete() {
        #expect(parse("(1 +").isIncomplete)
        #expect(parse("let f(a, b) =").isIncomplete)
        #expect(parse("5 * \n 3").diagnostics.isEmpty)
        #expect(!parse("1 + ?").isIncomplete)
    }

    @Test("unfinished input points just after the last token, not at the empty line after it")
    func unfinishedPosition() {
        let source = SourceFile(name: "<input>", text: "let x = 1\nlet spend = (x *\n\n")
        let result = Parser.parse(source)
        #expect(result.diagnostics.map(\.id) == ["unfinished-input"])
        guard let span = result.diagnostics.first?.span else { return }
        #expect(source.location(of: span.start) == (line: 2, column: 17))
    }

    @Test("'x = 5' asks for 'let'", arguments: ["x = 5", "payroll = $25M/yr"])
    func missingLet(text: String) {
        let result = parse(text)
        #expect(result.diagnostics.map(\.id) == ["missing-let"])
        #expect(result.diagnostics.first?.notes.first?.hasPrefix("write 'let ") == true)
        #expect(parse("x == 5").diagnostics.isEmpty)
    }

    @Test("'in %' points to 'as %'")
    func inPercent() {
        #expect(
            parse("0.25 in %").diagnostics.map(\.message) == [
                "expected a unit after 'in' (to show a percentage, write 'as %'), found '%'"
            ])
    }

    @Test("every broken statement is reported, not only the first")
    func recovery() {
        let result = parse("1 +* 2\nlet = 3\n4 ?\nlet ok = 5")
        #expect(result.diagnostics.count == 3)
        #expect(result.statements.count == 1)
    }

    @Test("grouping commas need exactly three digits")
    func grouping() {
        guard case .number(let literal) = firstExpression("$6,000") else {
            Issue.record("not a number")
            return
        }
        #expect(literal.scaledValue == 6000)
        guard case .call(_, let arguments) = firstExpression("max(1,2)") else {
            Issue.record("not a call")
            return
        }
        #expect(arguments.count == 2)
    }

    @Test("headings and prose are statements")
    func proseAndHeadings() {
        let result = parse("# Spend\n> spend is {x} today\n")
        #expect(result.diagnostics.isEmpty)
        guard case .heading(1, "Spend") = result.statements[0].kind else {
            Issue.record("no heading")
            return
        }
        guard case .prose(let parts) = result.statements[1].kind else {
            Issue.record("no prose")
            return
        }
        #expect(parts.count == 3)
    }

    @Test("a source over 32 MiB gives one error instead of being read")
    func inputTooLarge() {
        let text = String(repeating: "let a = 1\n", count: Parser.maximumInputBytes / 10 + 1)
        let result = parse(text)
        #expect(result.diagnostics.map(\.id) == ["input-too-large"])
        #expect(
            result.diagnostics.first?.message == "the input is larger than the limit of 32 MiB")
        #expect(result.statements.isEmpty)
    }
}

@Suite("Where 'when' stands")
struct WhenPlacementTests {
    @Test("'when' is a whole expression: in a projection's 'from' it cannot swallow the path's 'to'")
    func wholeExpression() {
        for text in ["let c = when s > p", "low(when s > p)", "(when s > p)", "assert (when s > p) <= Q4"] {
            #expect(Parser.parse(SourceFile(name: "t", text: text)).diagnostics.isEmpty, "\(text)")
        }
        let inside = Parser.parse(SourceFile(name: "t", text: "1 + when s > p"))
        #expect(inside.diagnostics.map(\.id) == ["unexpected-token"])
    }
}
