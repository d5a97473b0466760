import Dataset
import Foundation
import TestSupport
import Testing

@Suite("tnb figures and tnb eval --why")
struct FiguresCommandTests {
    func jsonLines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    @Test("tnb figures lists every figure with id, label, value, period and timestamp, within 120 columns")
    func listing() throws {
        let result = try TNBProcess.run(["figures"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.first?.split(separator: " ", omittingEmptySubsequences: true) == [
                "id", "label", "value", "period", "timestamp",
            ])
        #expect(lines.count >= 37)
        #expect(
            lines.contains {
                $0.hasPrefix("semianalysis.token_spend ") && $0.contains("$7M/yr") && $0.hasSuffix("00:01:30")
            })
        for line in lines { #expect(line.count <= 120) }
        let narrow = try TNBProcess.run(["figures", "--width", "80"])
        for line in narrow.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    }

    @Test(
        "a query runs with or without the leading 'figures |'",
        arguments: [
            "where topic == \"china\" | select id", "figures | where topic == \"china\" | select id",
            "| where topic == \"china\" | select id", "  figures|where topic == \"china\"|select id",
        ])
    func query(text: String) throws {
        let result = try TNBProcess.run(["figures", text])
        #expect(result.stdout == "id\n--------------------------\nchina.model_lag\nchina.chip_shortage_solved\n")
        #expect(result.status == 0)
    }

    @Test("an aggregate prints one value")
    func aggregate() throws {
        // The summary's three $100B rows, the article's $100B+, the 2024 capex and the readers' $1T.
        let result = try TNBProcess.run(["figures", "where topic == \"capex\" and value > $1B | count"])
        #expect(result.stdout == "6\n")
    }

    @Test("--json prints one object per figure with every field")
    func json() throws {
        let result = try TNBProcess.run(["figures", "--json"])
        let rows = try jsonLines(result.stdout)
        #expect(rows.count >= 100)
        for row in rows {
            for key in [
                "id", "label", "display", "qualifier", "basis", "reading", "period", "period_basis", "period_reason",
                "topics", "speaker", "author", "form", "source", "document", "timestamp", "quote", "disagreements",
            ] {
                #expect(row.keys.contains(key), "\(row["id"] ?? "?") lacks \(key)")
            }
            if row["kind"] as? String == "date" {
                #expect(row["from"] is String && row["to"] is String, "a date has from and to")
            } else {
                #expect(row["unit"] != nil)
                #expect((row["value"] != nil) != (row["low"] != nil && row["high"] != nil), "value, or low and high")
            }
        }
        let share = try #require(rows.first { $0["id"] as? String == "semianalysis.spend_share_of_payroll" })
        #expect(share["display"] as? String == "over 25%")
        #expect(share["qualifier"] as? [String] == ["over"])
        let spend2023 = try #require(rows.first { $0["id"] as? String == "semianalysis.spend_2023" })
        #expect(spend2023["basis"] as? String == "interpreted")
        #expect((spend2023["reading"] as? String)?.contains("tens-of-thousands") == true)
        #expect(spend2023["author"] as? String == "Nuggets AI" && spend2023["speaker"] as? String == "Dylan Patel")
        let fall = try #require(rows.first { $0["id"] as? String == "article.unrest_deadline" })
        #expect(fall["from"] as? String == "Sep 2026" && fall["to"] as? String == "Nov 2026")
        let spend = try #require(rows.first { $0["id"] as? String == "semianalysis.token_spend" })
        #expect(spend["value"] as? Double == 7_000_000)
        #expect(spend["unit"] as? String == "$/yr")
        #expect(spend["topics"] as? [String] == ["spend", "labor"])
        #expect(spend["timestamp"] as? String == "00:01:30")
        let target = try #require(rows.first { $0["id"] as? String == "anthropic.arr_target" })
        #expect(target["low"] as? Double == 35e9 && target["high"] as? Double == 45e9)
        let reader = try #require(rows.first { $0["id"] as? String == "china.model_lag" })
        #expect(reader["timestamp"] is NSNull && reader["period"] is NSNull)
    }

    @Test("--json after select gives the selected columns; an aggregate gives its value")
    func jsonSelect() throws {
        let rows = try jsonLines(
            try TNBProcess.run(["figures", "--json", "where topic == \"china\" | select id, value"]).stdout)
        #expect(rows.count == 2)
        #expect(Set(rows[0].keys) == ["id", "display", "unit", "low", "high", "p5", "p50", "p95", "qualifier"])
        let count = try jsonLines(try TNBProcess.run(["figures", "--json", "count"]).stdout)
        #expect((count.first?["value"] as? Double).map { $0 >= 35 } == true)
    }

    @Test("a query error exits 65 with a compiler-style diagnostic and a did-you-mean")
    func error() throws {
        let result = try TNBProcess.run(["figures", "where topc == \"memory\""])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                <query>:1:17: error: unknown field 'topc' [unknown-field]
                 1 | figures | where topc == "memory"
                   |                 ^~~~
                   = note: did you mean 'topic'?
                   = note: fields: id, label, value, kind, qualifier, basis, reading, period, topics, speaker, author, form, source, timestamp, quote, period_basis, period_reason (topic is topics)

                """)
        let json = try TNBProcess.run(["figures", "--json", "sortt id"])
        #expect(json.status == 65)
        #expect(json.stdout.contains(#""id": "unknown-stage""#))
        #expect(try TNBProcess.run(["figures", "--width", "5"]).status == 64)
    }

    @Test("--disagreements lists where the documents disagree, about the figures a query keeps")
    func disagreements() throws {
        let all = try TNBProcess.run(["figures", "--disagreements"])
        #expect(all.status == 0)
        #expect(all.stdout.hasPrefix("arr_growth_multiple (value): anthropic.arr_growth_claim, "))
        #expect(all.stdout.components(separatedBy: "\n\n").count == Dataset.disagreements.count)
        let margins = try TNBProcess.run(["figures", "--disagreements", "where topic == \"margins\""])
        #expect(
            margins.stdout.hasPrefix(
                "margin_floor_vs_open (hedge): anthropic.gross_margin_now, article.anthropic_margin\n  "))
        let none = try TNBProcess.run(["figures", "--disagreements", "where id == \"bio.rank\""])
        #expect(none.stdout == "(no disagreements)\n")
        let json = try jsonLines(try TNBProcess.run(["figures", "--disagreements", "--json"]).stdout)
        #expect(json.count == Dataset.disagreements.count)
        #expect(Set(json[0].keys) == ["id", "kind", "rows", "differs"])
        let aggregate = try TNBProcess.run(["figures", "--disagreements", "count"])
        #expect(aggregate.status == 64)
    }

    @Test("eval --why lists the figures behind each result")
    func why() throws {
        let result = try TNBProcess.run(["eval", "--why", "anthropic.arr_target / anthropic.arr_start", "2 + 2"])
        #expect(
            result.stdout == """
                3.89 to 5
                  anthropic.arr_start: Anthropic revenue run-rate starting point
                    $9B/yr; Dylan Patel (paraphrased by Nuggets AI), summary 00:11:18
                    "scaling from an initial $9 billion benchmark"
                    Disagrees with article.anthropic_arr_start (hedge): The summary gives "an initial $9 billion" with no hedge; the article writes "~$9B", approximate.
                  anthropic.arr_target: Anthropic targeted ARR
                    targeted $35B/yr to $45B/yr; Dylan Patel (paraphrased by Nuggets AI), summary 00:11:18
                    "up to a targeted $35-$45 billion ARR"
                    Disagrees with article.anthropic_arr_now (status): The summary calls $35-45B a "targeted" ARR, a goal; the article says Anthropic revenue "has 10x’d ... to $35–45B ARR", i.e. already reached.
                  uncertain inputs:
                    anthropic.arr_target = $35B/yr to $45B/yr
                4
                  (no dataset figures)

                """)
        #expect(result.status == 0)
        let plain = try TNBProcess.run(["eval", "anthropic.arr_target / anthropic.arr_start"])
        #expect(plain.stdout == "3.89 to 5\n")
    }

    @Test("eval --why --json gives sources as figure objects")
    func whyJSON() throws {
        let result = try TNBProcess.run([
            "eval", "--why", "--json", "semianalysis.token_spend / semianalysis.payroll as %",
        ])
        let object = try #require(try jsonLines(result.stdout).first)
        #expect(object["display"] as? String == "28%")
        let sources = try #require(object["sources"] as? [[String: Any]])
        #expect(sources.map { $0["id"] as? String } == ["semianalysis.payroll", "semianalysis.token_spend"])
        #expect(sources.map { $0["timestamp"] as? String } == ["00:01:47", "00:01:30"])
        #expect(
            sources[1]["quote"] as? String
                == "By April 2026, the firm reached a $7 million annualized spend rate on Claude Code")
        let ids = try jsonLines(try TNBProcess.run(["eval", "--json", "semianalysis.token_spend"]).stdout)
        #expect(ids.first?["sources"] as? [String] == ["semianalysis.token_spend"])
    }

    @Test("a query runs in tnb eval too, as a table")
    func evalQuery() throws {
        let result = try TNBProcess.run([
            "eval", "figures | where topic == \"memory\" | sort period | select id, value, timestamp",
        ])
        #expect(result.stdout.hasPrefix("id                              value             timestamp\n"))
        #expect(result.status == 0)
    }

    @Test("eval --json shows a table as its columns and rows")
    func evalTableJSON() throws {
        let result = try TNBProcess.run(["eval", "--json", "figures | where topic == \"china\" | select id, period"])
        #expect(
            result.stdout
                == #"{"columns": ["id", "period"], "rows": [{"id": "china.model_lag", "period": null}, {"id": "china.chip_shortage_solved", "period": null}], "sources": ["china.chip_shortage_solved", "china.model_lag"]}"#
                + "\n")
    }
}
