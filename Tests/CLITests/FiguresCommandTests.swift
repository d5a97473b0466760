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
        let result = try TNBProcess.run(["figures", "where topic == \"capex\" and value > $1B | count"])
        #expect(result.stdout == "4\n")
    }

    @Test("--json prints one object per figure with every field")
    func json() throws {
        let result = try TNBProcess.run(["figures", "--json"])
        let rows = try jsonLines(result.stdout)
        #expect(rows.count >= 35)
        for row in rows {
            for key in [
                "id", "label", "display", "unit", "period", "topics", "speaker", "source", "timestamp", "quote",
            ] {
                #expect(row.keys.contains(key), "\(row["id"] ?? "?") lacks \(key)")
            }
            #expect((row["value"] != nil) != (row["low"] != nil && row["high"] != nil), "value, or low and high")
        }
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
        #expect(Set(rows[0].keys) == ["id", "display", "unit", "low", "high", "p5", "p50", "p95"])
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
                   = note: fields: id, label, value, period, topics (or topic), speaker, source, timestamp, quote

                """)
        let json = try TNBProcess.run(["figures", "--json", "sortt id"])
        #expect(json.status == 65)
        #expect(json.stdout.contains(#""id": "unknown-stage""#))
        #expect(try TNBProcess.run(["figures", "--width", "5"]).status == 64)
    }

    @Test("eval --why lists the figures behind each result")
    func why() throws {
        let result = try TNBProcess.run(["eval", "--why", "anthropic.arr_target / anthropic.arr_start", "2 + 2"])
        #expect(
            result.stdout == """
                3.89 to 5
                  anthropic.arr_start: Anthropic revenue run-rate starting point
                    $9B/yr; Dylan Patel, summary at 00:11:18
                    "scaling from an initial $9 billion benchmark"
                  anthropic.arr_target: Anthropic targeted ARR
                    $35B/yr to $45B/yr; Dylan Patel, summary at 00:11:18
                    "up to a targeted $35-$45 billion ARR"
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
