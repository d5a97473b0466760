import Dataset
import Evaluation
import Presentation
import Testing

@Suite("Provenance")
struct ProvenanceTests {
    func value(_ text: String) -> Value? {
        var session = Session()
        guard case .value(let value) = session.run(text).results.last?.outcome else { return nil }
        return value
    }

    @Test("a ratio of two figures comes from both, in id order")
    func ratio() {
        let result = value("anthropic.arr_target / anthropic.arr_start")
        #expect(result.map { ValueFormatter().display($0) } == "3.89 to 5")
        #expect(result?.provenance.ids == ["anthropic.arr_start", "anthropic.arr_target"])
        #expect(result?.provenance.figures.map(\.timestamp) == ["00:11:18", "00:11:18"])
    }

    @Test("provenance travels through names, functions, conversions and percentages")
    func throughComputation() {
        let text = """
            let spend = semianalysis.token_spend
            let share(a, b) = a as % of b
            share(spend * 4, semianalysis.payroll) + 0% * labor.jeremy_daily_spend / $1/day
            """
        #expect(
            value(text)?.provenance.ids == [
                "labor.jeremy_daily_spend", "semianalysis.payroll", "semianalysis.token_spend",
            ])
        #expect(value("semianalysis.token_spend in $/mo")?.provenance.ids == ["semianalysis.token_spend"])
        #expect(value("1 + 2")?.provenance.figures.isEmpty == true)
    }

    @Test("the session gives the figures behind a value and behind a name")
    func sessionAPI() {
        var session = Session()
        _ = session.run("let share = semianalysis.token_spend / semianalysis.payroll as %\nlet plain = 3")
        let figures = session.figures(ofNamed: "share")
        #expect(figures?.map(\.id) == ["semianalysis.payroll", "semianalysis.token_spend"])
        #expect(figures?.first?.quote == "accounting for over 25% of their total $25 million salary expense")
        #expect(session.figures(ofNamed: "plain") == [])
        #expect(session.figures(ofNamed: "nosuch") == nil)
        if let share = session.value(named: "share") { #expect(session.figures(of: share).count == 2) }
    }

    @Test("why lists id and label, value, period, speaker, source, timestamp, and the quote")
    func whyLines() throws {
        let result = try #require(value("semianalysis.token_spend * 2"))
        #expect(
            ValueFormatter().why(result) == [
                "  semianalysis.token_spend: SemiAnalysis annualized token spend on Claude Code",
                "    $7M/yr for Apr 2026; Dylan Patel (paraphrased by Nuggets AI), summary 00:01:30",
                "    \"By April 2026, the firm reached a $7 million annualized spend rate on Claude Code\"",
                "    Disagrees with summary.token_spend, article.semianalysis_token_spend (reading): "
                    + (Dataset.disagreements.first { $0.id == "token_spend_scope" }?.differs ?? "?"),
            ])
        let article = try #require(value("china.model_lag"))
        #expect(ValueFormatter().why(article)[1] == "    3 to 6 months; reader, article")
        // A reading, an inferred period and a hedge are all shown.
        let lastYear = ValueFormatter().why(try #require(value("article.semianalysis_spend_last_year")))
        #expect(
            lastYear[1] == "    $10,000 to $99,000 for 2025, inferred; Dylan Patel (paraphrased by Brian Wang), article"
        )
        #expect(lastYear.contains { $0.hasPrefix("    Interpreted: \"tens of thousands\"") })
        #expect(lastYear.contains { $0.hasPrefix("    Period inferred: ") })
        let floor = ValueFormatter().why(try #require(value("anthropic.gross_margin_now")))
        #expect(floor[1].hasPrefix("    a floor of 72% for Apr 2026, inferred; "))
        #expect(ValueFormatter().why(Value.quantity(.init(1))) == ["  (no dataset figures)"])
    }
}
