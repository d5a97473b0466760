import Foundation
import TestSupport
import Testing

/// Ranges with identity as a user meets them on the command line: `--samples`, `--why`, JSON
/// percentiles, the chance of a `maybe`, and an `assert` on a probability.
@Suite("Ranges on the command line")
struct UncertaintyCommandTests {
    @Test("--samples changes only the sampled figures, and the same count gives the same answer")
    func samples() throws {
        let model = "let x = 35 to 45\nlet y = 38 to 50\nchance(x < y)"
        let first = try TNBProcess.run(["eval", model])
        let again = try TNBProcess.run(["eval", model])
        let fewer = try TNBProcess.run(["eval", "--samples", "50", model])
        #expect(first.status == 0)
        #expect(first.stdout == again.stdout)
        #expect(first.stdout != fewer.stdout)
        #expect(try TNBProcess.run(["eval", "--samples", "50", "let x = 35 to 45\nx - x"]).stdout == "0\n")
        let bad = try TNBProcess.run(["eval", "--samples", "0", "1"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--samples must be between 1 and 1000000"))
    }

    @Test("--why lists the uncertain inputs beside the figures")
    func why() throws {
        let result = try TNBProcess.run(["eval", "--why", "let g = 1 to 2\narticle.anthropic_arr_now * g"])
        #expect(result.stdout.contains("  uncertain inputs:\n"))
        #expect(result.stdout.contains("\n    article.anthropic_arr_now = $35B/yr to $45B/yr\n"))
        #expect(result.stdout.contains("\n    g = 1 to 2\n"))
    }

    @Test("JSON gives p5, p50 and p95 for a range and the chance of a maybe")
    func json() throws {
        let result = try TNBProcess.run(["eval", "--json", "let x = 0 to 100 people\nx\nx > 70 people"])
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let range = try #require(
            JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let p5 = try #require(range["p5"] as? Double)
        let p50 = try #require(range["p50"] as? Double)
        let p95 = try #require(range["p95"] as? Double)
        #expect(abs(p5 - 5) < 0.2 && abs(p50 - 50) < 0.2 && abs(p95 - 95) < 0.2)
        let truth = try #require(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(truth["value"] as? String == "maybe")
        #expect(abs((truth["chance"] as? Double ?? 0) - 0.3) < 0.01)
    }

    @Test("a notebook may assert a probability, and a maybe says its chance")
    func assertChance() throws {
        let directory = try Fixtures.scratchDirectory("chance")
        let notebook = directory.appendingPathComponent("odds.tnb")
        try """
        # Odds
        let payroll = $25M/yr
        let spend = $7M/yr
        project spend growth 20-40% per quarter by Q4 2028
        assert chance(spend at Q3 2027 > payroll) >= 50%
        assert spend at Q3 2027 > payroll
        """.write(to: notebook, atomically: true, encoding: .utf8)
        let result = try TNBProcess.run(["run", notebook.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("passed"))
        #expect(result.stdout.contains("FAILED (maybe: 55% chance it holds)"))
    }
}
