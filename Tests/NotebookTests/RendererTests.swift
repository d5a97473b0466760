import Dataset
import Evaluation
import Foundation
import Notebook
import Presentation
import Testing

@Suite("Report renderers")
struct RendererTests {
    static let text = """
        # Spend against payroll

        > Spend is {spend}, which is {spend as % of payroll} of payroll.
        > A second line joins the paragraph.

        let spend = semianalysis.token_spend
        let payroll = semianalysis.payroll
        param growth = 4x
        let next_year_spend_if_it_keeps_growing_at_the_same_pace = spend * growth
        assert spend < payroll
        assert next_year_spend_if_it_keeps_growing_at_the_same_pace < payroll
        assert (3 to 5) > 4

        ## Notes | and $ signs
        spend * 2
        """

    var run: NotebookRun { NotebookRun(Notebook(name: "dir/spend.tnb", text: RendererTests.text)) }

    @Test("the text report has the title, prose filled in, aligned results and flagged failures")
    func text() {
        let report = TextRenderer().render(run)
        #expect(
            report.hasPrefix("Spend against payroll\n=====================\n\nspend.tnb: 1 param, 3 asserts, 2 FAILED"))
        #expect(report.contains("Spend is $7M/yr, which is 28% of payroll. A second line joins the paragraph."))
        #expect(report.contains("  let spend = semianalysis.token_spend"))
        #expect(report.contains("! assert (3 to 5) > 4"))
        #expect(report.contains("holds for only part of the range"))
        #expect(report.contains("\nSources\n-------\n"))
        #expect(report.contains("semianalysis.payroll: $25M/yr (Apr 2026)"))
        #expect(report.contains("00:01:47"))
        let lines = report.split(separator: "\n")
        let spendLine = lines.first { $0.hasPrefix("  let spend =") }
        let payrollLine = lines.first { $0.hasPrefix("  let payroll =") }
        #expect(
            spendLine?.firstIndex(of: "$").map { spendLine!.distance(from: spendLine!.startIndex, to: $0) }
                == payrollLine?.firstIndex(of: "$").map { payrollLine!.distance(from: payrollLine!.startIndex, to: $0) }
        )
    }

    @Test("every line of the text report fits the width", arguments: [40, 60, 80, 120])
    func width(_ width: Int) {
        let report = TextRenderer(width: width).render(run)
        for line in report.split(separator: "\n") where !line.contains("next_year_spend_if_it_keeps") {
            #expect(line.count <= width, "\(line)")
        }
    }

    @Test("the report names the notebook without its directories")
    func noPaths() {
        #expect(!TextRenderer().render(run).contains("dir/"))
        #expect(!MarkdownRenderer().render(run).contains("dir/"))
        #expect(!JSONRenderer().render(run).contains("dir/"))
    }

    @Test("markdown escapes dollars and pipes and flags failures")
    func markdown() {
        let report = MarkdownRenderer().render(run)
        #expect(report.hasPrefix("# Spend against payroll\n"))
        #expect(report.contains("Spend is \\$7M/yr"))
        #expect(report.contains("## Notes | and \\$ signs"))
        #expect(report.contains("| `let spend = semianalysis.token_spend` | \\$7M/yr |"))
        #expect(
            report.contains(
                "| ❌ `assert (3 to 5) > 4` | **FAILED (maybe: 50% chance it holds)**: holds for only part of the range |"
            ))
        #expect(report.contains("## Sources"))
    }

    @Test("JSON has every named value and every assert with pass or fail, and parses")
    func json() throws {
        let report = JSONRenderer().render(run)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "fail")
        let values = try #require(object["values"] as? [[String: Any]])
        #expect(
            values.map { $0["name"] as? String } == [
                "spend", "payroll", "growth", "next_year_spend_if_it_keeps_growing_at_the_same_pace",
            ])
        #expect(values[0]["value"] as? Double == 7_000_000)
        #expect(values[0]["unit"] as? String == "$/yr")
        #expect(values[2]["param"] as? Bool == true)
        let asserts = try #require(object["asserts"] as? [[String: Any]])
        #expect(asserts.map { $0["result"] as? String } == ["pass", "fail", "fail"])
        #expect(asserts[2]["truth"] as? String == "maybe")
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["semianalysis.token_spend", "semianalysis.payroll"])
    }

    @Test("rendering twice gives byte-identical reports")
    func deterministic() {
        #expect(TextRenderer().render(run) == TextRenderer().render(run))
        #expect(MarkdownRenderer().render(run) == MarkdownRenderer().render(run))
        #expect(JSONRenderer().render(run) == JSONRenderer().render(run))
    }

    @Test("a param's override replaces its default and is marked as set")
    func override() {
        let run = NotebookRun(
            Notebook(name: "a.tnb", text: "param growth = 4x\nlet x = growth * 2"),
            overrides: ["growth": .quantity(.init(5, style: .multiplier))])
        let report = TextRenderer().render(run)
        #expect(report.contains("5x (set)"))
        #expect(report.contains("10x"))
    }

    @Test("an override of another dimension is an error at the param")
    func overrideMismatch() {
        let money = Session.evaluateLiteral("$5M", name: "--set").value
        let run = NotebookRun(Notebook(name: "a.tnb", text: "param growth = 4x"), overrides: ["growth": money!])
        #expect(run.diagnostics.map(\.id) == ["set-dimension-mismatch"])
        #expect(
            run.diagnostics[0].message == "cannot set 'growth' to '$5M' (money): its default '4x' is a multiplier")
    }

    @Test("a query's table is shown under its statement, fitted to the width, and its figures are sources")
    func queryTable() {
        let text = "let capex = figures | where topic == \"capex\" and kind == \"money\" | select id, value\nlet x = 1"
        let run = NotebookRun(Notebook(name: "q.tnb", text: text))
        #expect(run.diagnostics.isEmpty)
        let report = TextRenderer(width: 60).render(run)
        #expect(report.contains("6 rows\n    id  "))
        #expect(report.contains("\n    tsmc.capex_2028            projected $100B\n"))
        #expect(report.split(separator: "\n").allSatisfy { $0.count <= 60 })
        #expect(run.figures.map(\.id).contains("tsmc.capex_2024"))
        // The Sources section gives each figure's hedge, and ends with the dataset's version.
        #expect(report.contains("\n  article.tsmc_capex_2028: projected $100B or more (2028)\n"))
        #expect(report.hasSuffix("\n\nDataset version \(Dataset.version), sha256 \(Dataset.shortDigest).\n"))
        let markdown = MarkdownRenderer().render(run)
        #expect(
            markdown.contains(
                "| id | value |\n|---|---|\n| quote.tsmc\\_capex | \\$100B |\n| tsmc.capex\\_2024 | \\$56B to \\$57.4B |"
            ))
        #expect(markdown.contains("- **article.tsmc\\_capex\\_2028**: projected \\$100B or more (2028)."))
        let json = JSONRenderer().render(run)
        #expect(
            json.contains(
                "\n  \"dataset\": {\"version\": \"\(Dataset.version)\", \"digest\": \"\(Dataset.digest)\"}\n}\n"))
        #expect(
            json.contains(
                #"{"id": "article.tsmc_capex_2028", "label": "TSMC projected capex in 2028 (article)", "display": "projected $100B or more""#
            ))
    }

    @Test("a series is a table with bars under its statement, and one line in prose")
    func series() {
        let text = "let bill = $1M/yr\nproject bill growth 2x per quarter until Q4 2026\n> The bill goes {bill}."
        let run = NotebookRun(Notebook(name: "s.tnb", text: text))
        #expect(run.diagnostics.isEmpty)
        let report = TextRenderer().render(run)
        #expect(report.contains("  project bill growth 2x per quarter until Q4 2026"))
        #expect(report.contains("\n    period   value   change\n    Q2 2026  $1M/yr"))
        #expect(report.contains("█"))
        #expect(report.contains("The bill goes Q2 2026: $1M/yr ... Q4 2026: $4M/yr (quarterly)."))
        let markdown = MarkdownRenderer().render(run)
        #expect(markdown.contains("\n\n```text\nperiod   value   change\n"))
        let json = JSONRenderer().render(run)
        #expect(
            json.contains(
                #"{"name": "bill", "projection": true, "line": 2, "source": "project bill growth 2x per quarter until Q4 2026", "uses": [], "display": "Q2 2026: $1M/yr ... Q4 2026: $4M/yr (quarterly)""#
            ))
        #expect(json.contains(#""as_of": null,"#))
        #expect(json.hasSuffix("  \"dataset\": null\n}\n"), "a report without figures does not depend on the dataset")
    }

    @Test("--as-of replaces the notebook's 'as of' and is marked as set")
    func asOfOverride() {
        let notebook = Notebook(name: "a.tnb", text: "as of Q1 2027\nlet next = Q4")
        let run = NotebookRun(notebook, asOf: Session.period("Q3 2026"))
        let report = TextRenderer().render(run)
        #expect(report.contains("Q3 2026 (set)"))
        #expect(report.contains("Q4 2026"))
    }

    @Test("a series with wide ranges shortens its bars to fit a narrow report")
    func narrowSeries() {
        let run = NotebookRun(
            Notebook(name: "w.tnb", text: "let y = $35-45B/yr\nproject y growth 2-3x per year until 2029"))
        for width in [60, 70, 80] {
            let report = TextRenderer(width: width).render(run)
            #expect(report.contains("█"))
            for line in report.split(separator: "\n") where line.hasPrefix("    ") {
                #expect(TextWidth.of(String(line)) <= width, "\(line)")
            }
        }
    }
}
