import Diagnostics
import Testing

@testable import Syntax

@Suite("Period syntax")
struct PeriodParserTests {
    func parse(_ text: String) -> ParseResult { Parser.parse(SourceFile(name: "<input>", text: text)) }

    func period(_ text: String) -> PeriodLiteral? {
        guard let statement = parse(text).statements.first, case .expression(let expr) = statement.kind,
            case .period(let literal) = expr.kind
        else { return nil }
        return literal
    }

    @Test(
        "quarters, months and end of year are periods anywhere",
        arguments: [
            ("Q4 2026", PeriodLiteral(.quarter(4), year: 2026)), ("2026Q4", PeriodLiteral(.quarter(4), year: 2026)),
            ("Q4'26", PeriodLiteral(.quarter(4), year: 2026)), ("q1 2027", PeriodLiteral(.quarter(1), year: 2027)),
            ("Apr 2026", PeriodLiteral(.month(4), year: 2026)), ("April 2026", PeriodLiteral(.month(4), year: 2026)),
            ("Sept 2026", PeriodLiteral(.month(9), year: 2026)), ("end of 2026", PeriodLiteral(.endOfYear, year: 2026)),
        ])
    func spellings(text: String, expected: PeriodLiteral) {
        #expect(period(text) == expected)
    }

    @Test("a bare quarter is a name and a bare year a number outside period positions")
    func bareWords() {
        guard case .expression(let quarter) = parse("Q4").statements.first?.kind, case .name("Q4") = quarter.kind else {
            Issue.record("Q4 should parse as a name")
            return
        }
        guard case .expression(let year) = parse("2028").statements.first?.kind, case .number = year.kind else {
            Issue.record("2028 should parse as a number")
            return
        }
    }

    @Test("after 'at', a bare quarter, month or year is a period")
    func atOperand() {
        for text in ["spend at Q3", "spend at Apr", "spend at 2028", "spend at end of 2026"] {
            guard case .expression(let expr) = parse(text).statements.first?.kind, case .at(_, let period) = expr.kind,
                case .period = period.kind
            else {
                Issue.record("\(text) should parse as 'at' a period")
                continue
            }
        }
    }

    @Test(
        "unknown period spellings are errors with their position",
        arguments: [
            ("spend at Q5", 9), ("spend at 26", 9), ("Q4'2026", 0), ("2026Q7", 0), ("spend at end of Q4", 9),
            ("Q0 2026", 0),
        ])
    func unknownPeriods(text: String, start: Int) {
        let result = parse(text)
        #expect(result.diagnostics.map(\.id) == ["unknown-period"])
        #expect(result.diagnostics.first?.span.start == start)
    }

    @Test(
        "every form of project statement parses",
        arguments: [
            "project spend growth 4x by Q4", "project spend growth 4x by Q4 monthly",
            "project spend from $9B to $35-45B by 2027",
            "project x growth 20% per year until 2030", "project x growth 2-3x by 2028 yearly",
            "project capex from tsmc.capex_2024 in 2024 to tsmc.capex_2028 by 2028",
            "project spend to $28M/yr by Q4 2026",
            "project r from $9B growth 20% per year until 2030", "project r from 9-10 growth 2x by 2028",
        ])
    func projectForms(text: String) {
        let result = parse(text)
        #expect(result.diagnostics.isEmpty, "\(text): \(result.diagnostics.map(\.message))")
        guard case .project = result.statements.first?.kind else {
            Issue.record("\(text) should be a project statement")
            return
        }
    }

    @Test(
        "a broken project statement says what it expected",
        arguments: [
            ("project spend 4x by Q4", "expected 'from', 'to' or 'growth', found '4x'"),
            ("project spend growth 4x", "unfinished input: expected 'by' or 'until' and a period"),
            ("project spend growth 4x in Q4", "expected 'by' or 'until' and a period, found 'in'"),
            ("project 3 growth 2x by Q4", "expected a name, found '3'"),
        ])
    func brokenProject(text: String, message: String) {
        #expect(parse(text).diagnostics.map(\.message) == [message])
    }

    @Test("as of takes a period")
    func asOf() {
        guard case .asOf(let expr) = parse("as of Q3 2026").statements.first?.kind, case .period = expr.kind else {
            Issue.record("as of should parse")
            return
        }
        #expect(parse("as of Q9").diagnostics.map(\.id) == ["unknown-period"])
    }

    @Test("when takes a comparison")
    func when() {
        guard case .expression(let expr) = parse("when spend > payroll").statements.first?.kind,
            case .when(let condition) = expr.kind, case .compare(.greater, _, _) = condition.kind
        else {
            Issue.record("when should parse")
            return
        }
    }
}
