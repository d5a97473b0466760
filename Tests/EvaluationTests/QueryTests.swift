import Evaluation
import Presentation
import Testing

@Suite("Queries over the dataset")
struct QueryTests {
    /// The values of a run, displayed, and its diagnostics' ids.
    func run(_ text: String) -> (shown: [String], errors: [String]) {
        var session = Session()
        let result = session.run(text)
        let shown = result.results.compactMap { statement -> String? in
            if case .value(let value) = statement.outcome { return ValueFormatter().display(value) }
            return nil
        }
        return (shown, result.diagnostics.map(\.id))
    }

    /// The table a query gives.
    func table(_ text: String) -> Table? {
        var session = Session()
        guard case .value(let value) = session.run(text).results.first?.outcome, case .table(let table) = value.kind
        else {
            return nil
        }
        return table
    }

    func ids(_ text: String) -> [String] { table(text)?.figureIDs ?? ["<no table>"] }

    @Test("the issue's example: memory figures by period, three columns")
    func issueExample() {
        let result = table("figures | where topic == \"memory\" | sort period | select id, value, timestamp")
        #expect(result?.columns == ["id", "value", "timestamp"])
        #expect(
            result?.figureIDs == [
                "memory.incremental_supply_year", "memory.capacity_growth", "memory.price_increase",
                "article.memory_capacity_growth", "article.memory_price_increase",
            ])
    }

    @Test("without select, a table shows the listing columns and every figure")
    func listing() {
        let result = table("figures")
        #expect(result?.columns == ["id", "label", "value", "period", "timestamp"])
        #expect(result?.isListing == true)
        #expect(result?.rows.count == run("figures | count").shown.first.flatMap { Int($0) })
    }

    @Test("value comparisons take units and skip other dimensions")
    func valueWithUnits() {
        #expect(
            ids("figures | where value > $10B | sort id") == [
                "article.tsmc_capex_2028", "capex.collective_ai_capex", "labor.layoff_savings", "tsmc.capex_2024",
                "tsmc.capex_2028",
            ])
        #expect(
            ids("figures | where value > $10B/yr | sort id") == [
                "anthropic.arr_target", "anthropic.revenue_velocity", "article.anthropic_arr_now",
            ])
        #expect(
            ids("figures | where value == 3 months | sort id") == ["article.protest_window", "society.protest_window"])
        #expect(
            ids("figures | where value >= 90 days and value < 0.5 years") == [
                "society.protest_window", "article.protest_window",
            ])
    }

    @Test("a range matches an order only when all of it does, and equals only the same range")
    func ranges() {
        #expect(ids("figures | where value > $40B/yr") == ["anthropic.revenue_velocity"])
        #expect(
            ids("figures | where value >= $35B/yr and id != \"anthropic.revenue_velocity\"") == [
                "anthropic.arr_target", "article.anthropic_arr_now",
            ])
        #expect(ids("figures | where value == $35-45B/yr") == ["anthropic.arr_target", "article.anthropic_arr_now"])
        #expect(
            ids("figures | where value == 7-8 years") == ["hardware.useful_life_after", "article.hardware_useful_life"])
    }

    @Test("text fields: == ignores case, contains finds part of the text")
    func text() {
        #expect(ids("figures | where speaker == \"READER COMMENT\" | limit 1") == ["capex.collective_ai_capex"])
        #expect(
            ids("figures | where quote contains \"DOUBLE\"") == [
                "memory.price_increase", "article.memory_price_increase",
            ])
        #expect(ids("figures | where id contains \"china.\"") == ["china.model_lag", "china.chip_shortage_solved"])
        #expect(ids("figures | where timestamp < \"00:01:00\"") == ["semianalysis.spend_2023"])
    }

    @Test("topics: ==, != and contains, with 'topic' and 'topics' the same field")
    func topics() {
        #expect(ids("figures | where topic == \"china\"") == ["china.model_lag", "china.chip_shortage_solved"])
        #expect(
            ids("figures | where topics == \"robotics\"") == [
                "robotics.breakthrough_window", "article.robotics_window",
            ])
        #expect(
            ids("figures | where topic contains \"robot\"") == [
                "robotics.breakthrough_window", "article.robotics_window",
            ])
        #expect(
            run("figures | where topic != \"labor\" | count").shown.first.flatMap { Int($0) }
                == (run("figures | count").shown.first.flatMap { Int($0) } ?? 0) - 22)
    }

    @Test("and, or, not and brackets")
    func logic() {
        #expect(ids("figures | where topic == \"china\" and not topic == \"models\"") == ["china.chip_shortage_solved"])
        #expect(
            ids("figures | where (topic == \"china\" or topic == \"robotics\") and source == \"summary\"") == [
                "robotics.breakthrough_window"
            ])
    }

    @Test("periods compare and sort by the months they cover")
    func periods() {
        #expect(
            ids("figures | where period > 2026 | sort period") == [
                "article.robotics_window", "memory.incremental_supply_year", "tsmc.capex_2028",
                "article.tsmc_capex_2028",
            ])
        #expect(
            ids("figures | where period < \"Apr 2026\" | sort period") == [
                "semianalysis.spend_2023", "tsmc.capex_2024", "article.semianalysis_spend_last_year",
                "anthropic.l4_target",
                "anthropic.gross_margin_early", "anthropic.mythos_level",
            ])
        #expect(ids("figures | where period == \"Q1 2026\"") == ["anthropic.gross_margin_early"])
        let descending = ids("figures | sort period desc")
        #expect(
            descending.prefix(3) == ["memory.incremental_supply_year", "tsmc.capex_2028", "article.tsmc_capex_2028"])
        #expect(descending.last == "china.chip_shortage_solved", "rows without a period come last")
    }

    @Test("sort by value groups dimensions and orders by the low end, then the high end")
    func sortValue() {
        #expect(
            ids("figures | where topic == \"capex\" and value > $1B | sort value") == [
                "tsmc.capex_2024", "tsmc.capex_2028", "article.tsmc_capex_2028", "capex.collective_ai_capex",
            ])
        #expect(
            ids("figures | where id contains \"arr\" | sort value desc, id") == [
                "anthropic.arr_target", "article.anthropic_arr_now", "anthropic.arr_start",
                "article.anthropic_arr_start",
                "anthropic.arr_growth_claim",
            ])
    }

    @Test("limit, count and aggregates")
    func aggregates() {
        #expect(ids("figures | limit 2") == ["semianalysis.token_spend", "semianalysis.payroll"])
        #expect(run("figures | where source == \"summary\" | count").shown == ["35"])
        #expect(run("figures | where topic == \"spend\" and value >= $1M/yr | sum(value)").shown == ["$16.2M/yr"])
        #expect(run("figures | where topic == \"capex\" and value > $1B | max(value)").shown == ["$1T"])
        #expect(run("figures | where topic == \"capex\" and value > $1B | min(value)").shown == ["$56B to $57.4B"])
        #expect(run("figures | where topic == \"nothing\" | count").errors == ["unknown-tag"])
        #expect(run("figures | where value > $5T | sum(value)").shown == ["0"])
        #expect(run("figures | where value > $5T | count").shown == ["0"])
    }

    @Test("a query ending in an aggregate is a value to compute with, and knows its figures")
    func aggregateIsAValue() {
        var session = Session()
        _ = session.run("let capex = figures | where id contains \"tsmc\" | sum(value)")
        let capex = session.value(named: "capex")
        #expect(capex.map { ValueFormatter().display($0) } == "$256B to $257B")
        #expect(capex?.provenance.ids == ["article.tsmc_capex_2028", "tsmc.capex_2024", "tsmc.capex_2028"])
        #expect(run("(figures | where topic == \"china\" | count) * 2").shown == ["4"])
        #expect(run("figures | where topic == \"margins\" | max(value) - 30%").shown == ["42%"])
    }

    @Test("a query may continue over lines that start with '|'")
    func multiLine() {
        #expect(
            ids("figures\n  | where topic == \"china\"\n  | sort id") == [
                "china.chip_shortage_solved", "china.model_lag",
            ])
    }

    @Test(
        "query mistakes are errors with ids",
        arguments: [
            ("figures | where topc == \"memory\"", "unknown-field"),
            ("figures | select id, vaule", "unknown-field"),
            ("figures | sort perod", "unknown-field"),
            ("figures | sortt value", "unknown-stage"),
            ("figures | where topic == \"memroy\"", "unknown-tag"),
            ("figures | where speaker == \"Dylan\"", "unknown-field-value"),
            ("figures | where id == \"semianalysis.tokenspend\"", "unknown-field-value"),
            ("figures | where period > \"Fall 2026\"", "unknown-period"),
            ("figures | where period == 2026.5", "unknown-period"),
            ("figures | where label > $5", "query-type-mismatch"),
            ("figures | where value == \"x\"", "query-type-mismatch"),
            ("figures | where value contains $5", "query-type-mismatch"),
            ("figures | where topic > \"memory\"", "query-type-mismatch"),
            ("figures | sum(label)", "query-type-mismatch"),
            ("figures | limit 2.5", "query-type-mismatch"),
            ("figures | limit $3", "query-type-mismatch"),
            ("figures | count | limit 3", "stage-after-aggregate"),
            ("figures | where value > $5T | min(value)", "empty-aggregate"),
            ("figures | where topic == \"labor\" | sum(value)", "mismatched-dimensions"),
            ("figures | max(value)", "mismatched-dimensions"),
            ("figures | where value > nosuch", "unknown-name"),
            ("figures + 1", "type-mismatch"),
        ])
    func errors(input: String, id: String) {
        #expect(run(input).errors == [id])
    }

    @Test("errors point at the offending word and suggest the closest name")
    func didYouMean() {
        var session = Session()
        let cases: [(String, String, String)] = [
            ("figures | where topc == \"memory\"", "topc", "did you mean 'topic'?"),
            ("figures | sortt value", "sortt", "did you mean 'sort'?"),
            ("figures | where topic == \"memroy\"", "\"memroy\"", "did you mean 'memory'?"),
            ("figures | where speaker == \"Dylan\"", "\"Dylan\"", "did you mean 'Dylan Patel'?"),
            ("figures | select id, vaule", "vaule", "did you mean 'value'?"),
            (
                "figures | where id == \"semianalysis.tokenspend\"", "\"semianalysis.tokenspend\"",
                "did you mean 'semianalysis.token_spend'?"
            ),
        ]
        for (input, word, note) in cases {
            let result = session.run(input)
            guard let diagnostic = result.diagnostics.first else {
                Issue.record("no error for \(input)")
                continue
            }
            let source = session.sources[diagnostic.span.file.index]
            #expect(source.text(of: diagnostic.span) == word, "\(input)")
            #expect(diagnostic.notes.first == note, "\(input)")
        }
    }

    @Test("a bare word compared with a text field suggests quotes")
    func bareWord() {
        var session = Session()
        let diagnostic = session.run("figures | where topic == memory").diagnostics.first
        #expect(diagnostic?.id == "unknown-name")
        #expect(diagnostic?.notes.last == "to compare 'topic' with text, write \"memory\" in quotes")
    }
}
