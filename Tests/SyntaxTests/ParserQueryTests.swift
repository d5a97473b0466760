import Diagnostics
import Testing

@testable import Syntax

@Suite("Parser: queries")
struct ParserQueryTests {
    func parse(_ text: String) -> ParseResult { Parser.parse(SourceFile(name: "<input>", text: text)) }

    func query(_ text: String) -> Query? {
        guard let statement = parse(text).statements.first, case .expression(let expr) = statement.kind,
            case .query(let query) = expr.kind
        else { return nil }
        return query
    }

    @Test("a pipeline parses into its stages, in order")
    func stages() throws {
        let parsed = try #require(
            query("figures | where topic == \"memory\" | sort period desc, id | select id, value | limit 3"))
        #expect(parsed.stages.count == 4)
        guard case .filter(.compare(let comparison)) = parsed.stages[0].kind else { return #expect(Bool(false)) }
        #expect(comparison.field.text == "topic" && comparison.op == .equal)
        guard case .sort(let keys) = parsed.stages[1].kind else { return #expect(Bool(false)) }
        #expect(keys.map(\.field.text) == ["period", "id"] && keys.map(\.descending) == [true, false])
        guard case .select(let names) = parsed.stages[2].kind else { return #expect(Bool(false)) }
        #expect(names.map(\.text) == ["id", "value"])
    }

    @Test("'and' binds tighter than 'or', and 'not' tighter than both")
    func precedence() throws {
        let parsed = try #require(query("figures | where not id == \"a\" or id == \"b\" and id == \"c\""))
        guard case .filter(.or(.not, .and)) = parsed.stages[0].kind else { return #expect(Bool(false), "wrong shape") }
    }

    @Test("a value operand stops before 'and' instead of reading it as a unit")
    func operandStops() throws {
        let parsed = try #require(query("figures | where value > $10B and topic == \"capex\" | count"))
        guard case .filter(.and) = parsed.stages[0].kind, case .count = parsed.stages[1].kind else {
            return #expect(Bool(false), "wrong shape")
        }
    }

    @Test("aggregates name their field; unknown stages parse and wait for evaluation")
    func aggregates() throws {
        let parsed = try #require(query("figures | sum(value)"))
        guard case .aggregate(let function, let field) = parsed.stages[0].kind else { return #expect(Bool(false)) }
        #expect(function.text == "sum" && field.text == "value")
        let unknown = try #require(query("figures | sortt value desc | count"))
        guard case .unknown(let name) = unknown.stages[0].kind, case .count = unknown.stages[1].kind else {
            return #expect(Bool(false))
        }
        #expect(name.text == "sortt")
    }

    @Test("a query continues on lines that start with '|', and ends at a line that does not")
    func continuation() {
        let result = parse("figures\n  | where id == \"x\"\n  | count\n1 + 1")
        #expect(result.diagnostics.isEmpty)
        #expect(result.statements.count == 2)
        #expect(query("figures\n| count")?.stages.count == 1)
    }

    @Test("an unfinished pipeline asks for more input")
    func incomplete() {
        #expect(parse("figures |").isIncomplete)
        #expect(parse("figures | where value >").isIncomplete)
        #expect(parse("figures | where (topic == \"x\"").isIncomplete)
    }

    @Test("'figures', 'and', 'or' and 'not' are reserved")
    func reserved() {
        for word in ["figures", "and", "or", "not"] {
            #expect(parse("let \(word) = 1").diagnostics.map(\.id) == ["reserved-word"], "\(word)")
        }
    }

    @Test(
        "malformed queries give an error and never trap",
        arguments: [
            "figures | ", "figures | where", "figures | where id", "figures | where id ==", "figures | where == 3",
            "figures | sort", "figures | select", "figures | select id,", "figures | limit", "figures | sum",
            "figures | sum(", "figures | sum(value", "figures | 3", "figures | where (id == \"a\"",
            "figures | where not",
            "figures || count", "figures | where id == \"a\" and", "figures | where id contains",
            "figures | count extra",
            "figures | where value > 3 or or", "figures | sort id desc desc",
        ])
    func malformed(text: String) {
        #expect(!parse(text).diagnostics.isEmpty, "\(text)")
    }

    @Test("deeply nested conditions hit the nesting limit instead of the stack")
    func nesting() {
        let deep = "figures | where " + String(repeating: "not ", count: 5000) + "id == \"a\""
        #expect(parse(deep).diagnostics.map(\.id) == ["nesting-too-deep"])
        let brackets = "figures | where " + String(repeating: "(", count: 5000) + "id == \"a\""
        #expect(parse(brackets).diagnostics.map(\.id) == ["nesting-too-deep"])
    }
}
