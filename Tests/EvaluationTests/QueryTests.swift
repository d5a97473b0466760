import Dataset
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
                "concepts.lead_times", "article.memory_capacity_growth", "article.memory_price_increase",
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
                "article.tsmc_capex_2028", "capex.collective_ai_capex", "labor.layoff_savings", "quote.tsmc_capex",
                "references.tsmc_capex", "tsmc.capex_2024", "tsmc.capex_2028",
            ])
        // Revenue velocity is a rate of a rate, not a rate: it is not compared with $10B/yr.
        #expect(
            ids("figures | where value > $10B/yr | sort id") == ["anthropic.arr_target", "article.anthropic_arr_now"])
        #expect(ids("figures | where value > $1B/yr/month") == ["anthropic.revenue_velocity"])
        // A quarter is three months.
        #expect(
            ids("figures | where value == 3 months | sort id") == [
                "article.protest_window", "bottomline.crisis_window", "society.protest_window",
            ])
        #expect(ids("figures | where value > 20 days and value < 30 days") == ["labor.jeremy_duration"])
    }

    @Test("a range matches an order only when all of it does, and equals only the same range")
    func ranges() {
        #expect(ids("figures | where value > $40B/yr") == [])
        #expect(ids("figures | where value >= $35B/yr") == ["anthropic.arr_target", "article.anthropic_arr_now"])
        #expect(ids("figures | where value == $35-45B/yr") == ["anthropic.arr_target", "article.anthropic_arr_now"])
        // `==` compares the stated amount: "7–8+ years" states 7 to 8 years.
        #expect(
            ids("figures | where value == 7-8 years") == [
                "summary.useful_life", "hardware.useful_life_after", "article.hardware_useful_life",
            ])
    }

    @Test("a percentage compares with percentages only, not with multipliers, counts or plain numbers")
    func kinds() {
        let shares = ids("figures | where value > 25%")
        #expect(!shares.isEmpty)
        for id in shares {
            #expect(
                table("figures | where id == \"\(id)\" | select kind")?.rows.first.map { row in
                    if case .text(let kind) = row[0] { return kind }
                    return ""
                } == "percentage", "\(id)")
        }
        #expect(!shares.contains("deepseek.cost_reduction"), "600x is a multiplier, not a share")
        #expect(!shares.contains("bio.rank"), "1 is a plain number")
        #expect(ids("figures | where value > 100x") == ["deepseek.cost_reduction"])
        // Plain numbers: only the bio's "#1"; counts of people or tasks have their units.
        #expect(ids("figures | where value >= 1") == ["bio.rank"])
    }

    @Test("hedges change orders: over, a floor and a trailing + are lower bounds, under and within upper ones")
    func hedges() {
        // "over 25%" is more than 25%; the plain 25% of another figure would not be.
        #expect(ids("figures | where value > 25%").contains("semianalysis.spend_share_of_payroll"))
        #expect(!ids("figures | where value <= 25%").contains("semianalysis.spend_share_of_payroll"))
        // "a floor of 72%" and "72%+" are at least 72% with no upper end; "~30%" is about 30%.
        #expect(
            ids("figures | where topic == \"margins\" and value >= 72%") == [
                "anthropic.gross_margin_now", "article.anthropic_margin",
            ])
        #expect(ids("figures | where topic == \"margins\" and value < 80%") == ["anthropic.gross_margin_early"])
        // "7–8+ years" has no upper end, so it is not under 9 years; "7 or 8 years" is.
        #expect(
            ids("figures | where value < 9 years and value > 6 years") == [
                "summary.useful_life", "hardware.useful_life_after",
            ])
        // "fractions of a penny" is under $0.01: less than a cent, never more.
        #expect(ids("figures | where value < $0.01 and value > $0") == [])
        #expect(ids("figures | where value < $0.01").contains("references.deepseek_cost"))
        #expect(!ids("figures | where value >= $0").contains("references.deepseek_cost"))
        // "within 3 months" is at most three months, so not more than a month, and not under it.
        #expect(ids("figures | where id contains \"protest\" and value <= 3 months").count == 2)
        #expect(ids("figures | where id contains \"protest\" and value < 3 months") == [])
        #expect(ids("figures | where id contains \"protest\" and value > 1 month") == [])
        // `==` is the stated amount.
        #expect(ids("figures | where value == 25%") == ["semianalysis.spend_share_of_payroll"])
    }

    @Test("qualifier, basis, author and form are fields a query filters on")
    func provenanceFields() {
        let total = run("figures | count").shown.first.flatMap { Int($0) } ?? 0
        let hedged = run("figures | where qualifier != \"none\" | count").shown.first.flatMap { Int($0) } ?? 0
        let plain = run("figures | where qualifier == \"none\" | count").shown.first.flatMap { Int($0) } ?? 0
        #expect(hedged > 20 && hedged + plain == total)
        #expect(ids("figures | where qualifier == \"floor\"") == ["anthropic.gross_margin_now"])
        #expect(ids("figures | where qualifier contains \"project\"").contains("tsmc.capex_2028"))
        #expect(ids("figures | where basis == \"derived\"") == ["deepseek.cost_reduction"])
        #expect(ids("figures | where basis == \"interpreted\"").contains("semianalysis.spend_2023"))
        #expect(ids("figures | where speaker == \"Nuggets AI\"") == ["bottomline.crisis_window"])
        #expect(
            ids("figures | where author == \"Brian Wang\" and speaker == \"Dylan Patel\"").contains(
                "article.robotics_window"))
        #expect(ids("figures | where form == \"quote\"").allSatisfy { $0.hasPrefix("quote.") })
        #expect(ids("figures | where period_basis == \"inferred\"").contains("article.semianalysis_spend_last_year"))
    }

    @Test("text fields: == ignores case, contains finds part of the text")
    func text() {
        #expect(ids("figures | where speaker == \"READER\" | limit 1") == ["capex.collective_ai_capex"])
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
        let robotics = [
            "robotics.breakthrough_window", "article.robotics_window", "article.robotics_window_year",
            "article.robotics_examples",
        ]
        #expect(ids("figures | where topics == \"robotics\"") == robotics)
        #expect(ids("figures | where topic contains \"robot\"") == robotics)
        let labor = run("figures | where topic == \"labor\" | count").shown.first.flatMap { Int($0) } ?? 0
        #expect(labor > 20)
        #expect(
            run("figures | where topic != \"labor\" | count").shown.first.flatMap { Int($0) }
                == (run("figures | count").shown.first.flatMap { Int($0) } ?? 0) - labor)
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
                "article.robotics_window_year", "quote.tsmc_capex", "quote.tsmc_capex_year",
                "memory.incremental_supply_year", "tsmc.capex_2028", "article.tsmc_capex_2028",
            ])
        #expect(
            ids("figures | where period < \"Apr 2026\" | sort period") == [
                "semianalysis.spend_2023", "tsmc.capex_2024", "article.semianalysis_spend_last_year",
                "anthropic.l4_target", "anthropic.mythos_available",
            ])
        // "Early in the year" is the first half, not a quarter the text never names.
        #expect(ids("figures | where period == \"H1 2026\"") == ["anthropic.gross_margin_early"])
        #expect(ids("figures | where period == \"Q1 2026\"") == [])
        // Fall 2026 is Sep to Nov: the end of 2026 (Dec) is after it, as 2027 is.
        #expect(
            ids("figures | where period > \"Fall 2026\" and period < 2028") == [
                "semianalysis.spend_share_of_payroll_year_end", "article.robotics_window_year",
            ])
        #expect(
            ids("figures | where period >= \"Fall 2026\" and period <= \"Fall 2026\"") == ["article.unrest_deadline"])
        let descending = ids("figures | sort period desc")
        #expect(
            descending.prefix(3) == ["quote.tsmc_capex", "quote.tsmc_capex_year", "memory.incremental_supply_year"])
        #expect(descending.last == "china.chip_shortage_solved", "rows without a period come last")
    }

    @Test("sort by value groups dimensions and orders by the low end, then the high end")
    func sortValue() {
        #expect(
            ids("figures | where topic == \"capex\" and value > $1B | sort value") == [
                "tsmc.capex_2024", "quote.tsmc_capex", "tsmc.capex_2028", "references.tsmc_capex",
                "article.tsmc_capex_2028", "capex.collective_ai_capex",
            ])
        #expect(
            ids("figures | where id contains \"arr\" and kind == \"money per time\" | sort value desc, id") == [
                "anthropic.arr_target", "article.anthropic_arr_now", "anthropic.arr_start",
                "article.anthropic_arr_start",
            ])
        // Money per time and a multiplier have no common order.
        #expect(run("figures | where id contains \"arr\" | sort value").errors == ["mixed-kinds"])
        #expect(
            ids("figures | where kind == \"date\" | sort value | limit 2") == [
                "anthropic.mythos_available", "article.unrest_deadline",
            ])
    }

    @Test("limit, count and aggregates")
    func aggregates() {
        #expect(ids("figures | limit 2") == ["quote.output_per_person", "quote.information_price"])
        #expect(
            run("figures | where source == \"summary\" | count").shown.first.flatMap { Int($0) }
                == Dataset.figures.filter { $0.source == "summary" }.count)
        #expect(
            run(
                "figures | where id == \"labor.competitor_headcount\" or id == \"labor.malcolm_department_size\" | sum(value)"
            )
            .shown == ["300 people"])
        #expect(run("figures | where topic == \"capex\" and value > $1B | max(value)").shown == ["$1T"])
        #expect(run("figures | where topic == \"capex\" and value > $1B | min(value)").shown == ["$56B to $57.4B"])
        #expect(run("figures | where topic == \"nothing\" | count").errors == ["unknown-tag"])
        #expect(run("figures | where value > $5T | sum(value)").shown == ["0"])
        #expect(run("figures | where value > $5T | count").shown == ["0"])
    }

    @Test("a query ending in an aggregate is a value to compute with, and knows its figures")
    func aggregateIsAValue() {
        var session = Session()
        _ = session.run("let capex = figures | where id contains \"tsmc.\" | sum(value)")
        let capex = session.value(named: "capex")
        #expect(capex.map { ValueFormatter().display($0) } == "$156B to $157B")
        #expect(capex?.provenance.ids == ["tsmc.capex_2024", "tsmc.capex_2028"])
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
            ("figures | where period > \"Fall 2026 to 2025\"", "unknown-period"),
            ("figures | where period > \"Fall\"", "unknown-period"),
            ("figures | where qualifier == \"overr\"", "unknown-field-value"),
            ("figures | where basis == \"guessed\"", "unknown-field-value"),
            ("figures | where author == \"Dylan Patel\"", "unknown-field-value"),
            ("figures | where kind == \"dollars\"", "unknown-field-value"),
            ("figures | where qualifier > \"over\"", "query-type-mismatch"),
            ("figures | sort value", "mixed-kinds"),
            ("figures | where kind == \"date\" | sum(value)", "mixed-kinds"),
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
            ("figures | where topic == \"labor\" | sum(value)", "mixed-kinds"),
            ("figures | max(value)", "mixed-kinds"),
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
