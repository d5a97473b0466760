import Diagnostics
import Evaluation
import Presentation
import Syntax
import Testing

@Suite("Projection dependencies")
struct ProjectionDependencyTests {
    func statement(_ text: String) -> Statement? {
        Parser.parse(SourceFile(name: "<input>", text: text)).statements.first
    }

    @Test("a project statement defines its name and, without 'from', reads it")
    func freeNames() throws {
        let builds = try #require(statement("project spend growth g by launch"))
        #expect(FreeNames.definedName(of: builds) == "spend")
        #expect(FreeNames.of(builds) == ["spend", "g", "launch"])
        #expect(FreeNames.projectionBase(of: builds) == "spend")
        let fresh = try #require(statement("project revenue from start in 2024 to target by 2028"))
        #expect(FreeNames.definedName(of: fresh) == "revenue")
        #expect(FreeNames.of(fresh) == ["start", "target"])
        #expect(FreeNames.projectionBase(of: fresh) == nil)
        let selfStart = try #require(statement("project capex from capex in 2024 to 2 * capex by 2028"))
        #expect(FreeNames.projectionBase(of: selfStart) == "capex")
        let asOf = try #require(statement("as of Q3 2026"))
        #expect(FreeNames.definedName(of: asOf) == nil)
        #expect(FreeNames.of(asOf).isEmpty)
    }

    @Test("projecting a let is allowed where redefinition is not, and the name then means the series")
    func projectionOfLet() {
        var session = Session()
        let result = session.run("let spend = $7M/yr\nproject spend growth 4x by Q4\nlet later = spend * 2")
        #expect(result.diagnostics.isEmpty)
        guard case .series(let series)? = session.value(named: "later")?.kind else {
            Issue.record("later should be a series")
            return
        }
        #expect(series.points.last?.value.display() == "$56M/yr")
        #expect(session.definitions["spend"]?.projection != nil)
    }

    @Test("redefining what a projection uses recomputes the series and its dependents")
    func recompute() {
        var session = Session(options: SessionOptions(allowRedefinition: true))
        _ = session.run("let base = $7M/yr\nlet spend = base\nproject spend growth 4x by Q4\nlet top = spend at Q4")
        let result = session.run("let base = $1M/yr")
        let changes = result.results.first?.changes.map(\.name) ?? []
        #expect(changes == ["spend", "top"])
        #expect(session.value(named: "top").map { ValueFormatter().display($0) } == "$4M/yr")
        let growth = session.run("let base = $2M/yr\nproject spend growth 2x by Q4")
        #expect(growth.diagnostics.isEmpty)
        #expect(session.value(named: "top").map { ValueFormatter().display($0) } == "$4M/yr")
    }

    @Test("a new let of a projected name replaces the projection")
    func letReplacesProjection() {
        var session = Session(options: SessionOptions(allowRedefinition: true))
        _ = session.run("let spend = $7M/yr\nproject spend growth 4x by Q4")
        _ = session.run("let spend = $8M/yr")
        #expect(session.value(named: "spend").map { ValueFormatter().display($0) } == "$8M/yr")
    }

    @Test("a projection that would make a name depend on itself is refused")
    func cycle() {
        var session = Session()
        let result = session.run("let a = 1\nlet b = a * 2\nproject a to b by Q4")
        #expect(result.diagnostics.map(\.id) == ["cyclic-definition"])
    }

    @Test("a failed projection makes its dependents fail quietly")
    func failure() {
        var session = Session()
        let result = session.run("let s = 1\nproject s growth 2x by Q1 2026\nlet t = s * 2")
        #expect(result.diagnostics.map(\.id) == ["target-before-start"])
    }
}

@Suite("Projection in the REPL")
struct ProjectionREPLTests {
    @Test("after a failed projection, a corrected one works")
    func retry() {
        var session = Session(options: SessionOptions(allowRedefinition: true))
        _ = session.run("let s = $7M/yr")
        #expect(session.run("project s growth 4x by Q1 2026").diagnostics.map(\.id) == ["target-before-start"])
        #expect(session.run("project s growth 4x by Q4").diagnostics.isEmpty)
        #expect(
            session.run("s at Q4").results.first.flatMap { result -> String? in
                if case .value(let value)? = result.outcome { return ValueFormatter().display(value) }
                return nil
            } == "$28M/yr")
    }
}
