import Evaluation
import Notebook
import Presentation
import Testing
import Units

@Suite("Projections in notebooks")
struct ProjectionNotebookTests {
    static let lines = [
        "when spend > payroll",
        "let payroll = $25M/yr",
        "project spend growth 4x by Q4",
        "let spend = $7M/yr",
        "let top = spend at Q4",
    ]

    /// What each expression or binding of a run shows, in source order.
    func results(_ text: String) -> [String] {
        let run = NotebookRun(Notebook(name: "p.tnb", text: text))
        return run.entries.compactMap { entry in
            switch entry.outcome {
            case .value(let value)?, .binding(_, let value, _)?: return ValueFormatter().inlineDisplay(value)
            default: return nil
            }
        }
    }

    @Test("a project statement comes after the let it builds on and before what reads the name, in any order")
    func order() {
        let expected = ["Q3 2026", "$25M/yr", "Q2 2026: $7M/yr ... Q4 2026: $28M/yr (quarterly)", "$7M/yr", "$28M/yr"]
        #expect(results(ProjectionNotebookTests.lines.joined(separator: "\n")) == expected)
        let reversed = ProjectionNotebookTests.lines.reversed().joined(separator: "\n")
        #expect(results(reversed) == expected.reversed())
    }

    @Test("a param can be projected, and --set changes where the projection starts")
    func param() {
        let notebook = Notebook(name: "p.tnb", text: "param spend = $7M/yr\nproject spend growth 4x by Q4\nspend at Q4")
        let run = NotebookRun(notebook)
        #expect(run.diagnostics.isEmpty)
        #expect(
            run.entries.last.flatMap { entry -> String? in
                if case .value(let value)? = entry.outcome { return ValueFormatter().display(value) }
                return nil
            } == "$28M/yr")
        let set = NotebookRun(
            notebook, overrides: ["spend": .quantity(Quantity(1e6, unit: UnitProduct(UnitTable.dollar)))])
        #expect(
            set.entries.last.flatMap { entry -> String? in
                if case .value(let value)? = entry.outcome { return ValueFormatter().display(value) }
                return nil
            } == "$4M")
    }

    @Test("projecting a name twice is a duplicate definition")
    func twice() {
        let run = NotebookRun(
            Notebook(name: "p.tnb", text: "let s = 1\nproject s growth 2x by Q4\nproject s growth 3x by Q4"))
        #expect(run.diagnostics.map(\.id) == ["duplicate-definition"])
    }

    @Test("reports show a series as a table under its statement")
    func reports() {
        let run = NotebookRun(Notebook(name: "p.tnb", text: ProjectionNotebookTests.lines.joined(separator: "\n")))
        let text = TextRenderer().render(run)
        #expect(text.contains("\n    period   value    change\n    Q2 2026  $7M/yr           ██████\n"))
        let markdown = MarkdownRenderer().render(run)
        #expect(markdown.contains("```text\nperiod   value    change\nQ2 2026  $7M/yr           ██████\n"))
    }
}

@Suite("As of in notebooks")
struct AsOfNotebookTests {
    func summary(_ run: NotebookRun) -> String? {
        for entry in run.entries {
            if case .project = entry.statement.kind, case .value(let value)? = entry.outcome {
                return ValueFormatter().inlineDisplay(value)
            }
        }
        return nil
    }

    @Test("'as of' runs first wherever it is written, and --as-of replaces it")
    func asOf() {
        let notebook = Notebook(name: "a.tnb", text: "let s = 1\nproject s growth 2x by Q4\nas of Q3 2026")
        #expect(summary(NotebookRun(notebook)) == "Q3 2026: 1 ... Q4 2026: 2 (quarterly)")
        #expect(summary(NotebookRun(notebook, asOf: .quarter(1, 2026))) == "Q1 2026: 1 ... Q4 2026: 2 (quarterly)")
        let plain = Notebook(name: "b.tnb", text: "let s = 1\nproject s growth 2x by Q4")
        #expect(summary(NotebookRun(plain, asOf: .quarter(3, 2026))) == "Q3 2026: 1 ... Q4 2026: 2 (quarterly)")
    }
}
