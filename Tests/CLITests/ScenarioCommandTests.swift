import Foundation
import TestSupport
import Testing

/// docs/notebook-format.md, "Scenarios": named param values run side by side.
@Suite("Scenarios")
struct ScenarioCommandTests {
    static let notebook = """
        # Spend scenarios
        param growth = 15%
        param payroll = $25M/yr
        let spend = $7M/yr
        project spend growth growth per month until Dec 2027
        let passes = when spend > payroll
        scenario bear: growth = 8%
        scenario bull: growth = 25%, payroll = $30M/yr
        assert passes < Q3 2027

        """

    /// Writes a notebook into a scratch directory and runs `tnb` there.
    func run(_ arguments: [String], notebook: String = ScenarioCommandTests.notebook) throws -> ProcessResult {
        let directory = try Fixtures.scratchDirectory("scenarios")
        defer { try? FileManager.default.removeItem(at: directory) }
        try notebook.write(to: directory.appendingPathComponent("s.tnb"), atomically: true, encoding: .utf8)
        return try TNBProcess.run(arguments, directory: directory)
    }

    @Test("a plain run sets every scenario beside base, with the change from base")
    func sideBySide() throws {
        let result = try run(["run", "s.tnb"])
        #expect(result.stdout.contains("Scenarios\n---------"))
        #expect(result.stdout.contains("bull: growth = 25%, payroll = $30M/yr"))
        // growth 15% → 8% and 25%: a change in points; payroll in percent.
        #expect(result.stdout.contains("  growth            15%        8% (-7 points)    25% (+10 points)"))
        #expect(result.stdout.contains("$30M/yr (+20%)"))
        // when: 15% a month passes $25M/yr in January 2027 (Q1), 8% in Q3 2027, 25% (vs $30M) in Q4 2026.
        #expect(result.stdout.contains("  passes  Q1 2027  Q3 2027 (+2 quarters)  Q4 2026 (-1 quarter)"))
        #expect(result.stdout.contains("passed  FAILED  passed"))
        #expect(result.stdout.contains("1 FAILED in bear"))
    }

    @Test("an assert failing in one scenario fails the run and says in which")
    func failingScenario() throws {
        let result = try run(["run", "s.tnb"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[assertion-failed]"))
        #expect(result.stderr.contains("= note: in scenario 'bear'"))
        #expect(!result.stderr.contains("in scenario 'bull'"))
    }

    @Test("--scenario renders one scenario alone; an unknown one is a usage error with a did-you-mean")
    func oneScenario() throws {
        let bull = try run(["run", "s.tnb", "--scenario", "bull"])
        #expect(bull.status == 0, "\(bull.stderr)")
        #expect(bull.stdout.contains("s.tnb (scenario bull): 2 params, 1 assert, all passed"))
        #expect(bull.stdout.contains("param growth = 15%"))
        #expect(bull.stdout.contains("25% (bull)"))
        #expect(!bull.stdout.contains("Scenarios\n"))
        let bear = try run(["run", "s.tnb", "--scenario", "bear"])
        #expect(bear.status == 1)
        let base = try run(["run", "s.tnb", "--scenario", "base"])
        #expect(base.status == 0)
        #expect(base.stdout.contains("Q1 2027"))
        let typo = try run(["run", "s.tnb", "--scenario", "bul"])
        #expect(typo.status == 64)
        #expect(typo.stderr.contains("has no scenario 'bul'; did you mean 'bull'?"))
        #expect(typo.stdout.isEmpty)
    }

    @Test("--set overrides a param in every scenario, and the report says so")
    func withSet() throws {
        let result = try run(["run", "s.tnb", "--set", "growth=30%"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("--set 'growth' in every scenario"))
        // Only payroll still differs between scenarios.
        #expect(result.stdout.contains("  payroll  $25M/yr  $25M/yr  $30M/yr (+20%)"))
        #expect(!result.stdout.contains("  growth  "))
    }

    @Test("--params lists the scenarios after the params")
    func params() throws {
        let result = try run(["run", "s.tnb", "--params"])
        #expect(
            result.stdout == """
                s.tnb:2: growth = 15%
                s.tnb:3: payroll = $25M/yr
                s.tnb:7: scenario bear: growth = 8%
                s.tnb:8: scenario bull: growth = 25%, payroll = $30M/yr

                """)
    }

    @Test("JSON gives every scenario's settings, status and values")
    func json() throws {
        let result = try run(["run", "s.tnb", "--format", "json"])
        let data = try #require(result.stdout.data(using: .utf8))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(report["status"] as? String == "fail")
        let scenarios = try #require(report["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["name"] as? String } == ["base", "bear", "bull"])
        #expect(scenarios.map { $0["status"] as? String } == ["pass", "fail", "pass"])
        let bull = scenarios[2]
        let settings = try #require(bull["settings"] as? [[String: Any]])
        #expect(settings.map { $0["name"] as? String } == ["growth", "payroll"])
        #expect(settings.first?["value"] as? Double == 25)
        let values = try #require(bull["values"] as? [[String: Any]])
        let passes = values.first { $0["name"] as? String == "passes" }
        #expect(passes?["display"] as? String == "Q4 2026")
    }

    @Test(
        "a mistyped, unknown or repeated scenario value is an error with its position",
        arguments: [
            ("scenario x: growth = 0.2", "scenario-value-mismatch", "s.tnb:7:22"),
            ("scenario x: growth = $5M", "scenario-value-mismatch", "s.tnb:7:22"),
            ("scenario x: grwth = 20%", "unknown-param", "s.tnb:7:13"),
            ("scenario x: spend = $9M/yr", "unknown-param", "s.tnb:7:13"),
            ("scenario bull: growth = 30%", "duplicate-scenario", "s.tnb:8:10"),
            ("scenario x: growth = 1%, growth = 2%", "duplicate-scenario", "s.tnb:7:26"),
            ("scenario x: growth = spend", "unknown-name", "s.tnb:7:22"),
        ])
    func mistyped(line: String, id: String, place: String) throws {
        let text = ScenarioCommandTests.notebook.replacingOccurrences(
            of: "scenario bear: growth = 8%", with: line)
        let result = try run(["run", "s.tnb"], notebook: text)
        #expect(result.status == 65, "\(result.stderr)")
        #expect(result.stderr.contains("[\(id)]"), "\(result.stderr)")
        #expect(result.stderr.contains(place + ": error"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a scenario value that breaks the notebook is an error of that scenario")
    func brokenScenario() throws {
        let text = """
            param share = 50%
            let x = 1 / (1 - share)
            scenario all: share = 100%

            """
        let result = try run(["run", "s.tnb"], notebook: text)
        #expect(result.status == 65)
        #expect(result.stderr.contains("[division-by-zero]"))
        #expect(result.stderr.contains("in scenario 'all'"))
    }

    @Test("the scenario section docs/notebook-format.md shows is the committed report's")
    func documentedSection() throws {
        let docs = try Fixtures.text("docs/notebook-format.md")
        let marker = "The section of Notebooks/token_spend_vs_payroll.txt:\n\n```text\n"
        let start = try #require(docs.range(of: marker))
        let end = try #require(docs[start.upperBound...].range(of: "```"))
        let shown = String(docs[start.upperBound..<end.lowerBound])
        #expect(try Fixtures.text("Notebooks/token_spend_vs_payroll.txt").contains(shown))
    }

    @Test("'scenario' stays usable as a name")
    func scenarioAsName() throws {
        let result = try TNBProcess.run(["eval", "let scenario = 3; scenario * 2"])
        #expect(result.stdout == "6\n")
    }
}
