import Foundation
import TestSupport
import Testing

@Suite("tnb eval with projections")
struct ProjectionCommandTests {
    @Test("the spend example prints its table and the answer")
    func spend() throws {
        let result = try TNBProcess.run([
            "eval", "let payroll = $25M/yr; let spend = $7M/yr; project spend growth 4x by Q4; when spend > payroll",
        ])
        #expect(
            result.stdout == """
                period   value    change
                Q2 2026  $7M/yr           ██████
                Q3 2026  $14M/yr  +100%   ████████████
                Q4 2026  $28M/yr  +100%   ████████████████████████
                Q3 2026

                """)
        #expect(result.status == 0)
    }

    @Test("--as-of moves the start of projections and the meaning of a bare quarter")
    func asOf() throws {
        let result = try TNBProcess.run([
            "eval", "--as-of", "Q3 2026", "Q2; let s = 1; project s growth 2x by Q4; s at Q3",
        ])
        #expect(result.stdout.hasPrefix("Q2 2027\n"))
        #expect(result.stdout.hasSuffix("\n1\n"))
        let bad = try TNBProcess.run(["eval", "--as-of", "soon", "1"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--as-of: unknown period 'soon'"))
    }

    @Test("--json gives a range series as low and high per period")
    func jsonRange() throws {
        let result = try TNBProcess.run(["eval", "--json", "let x = 100; project x growth 2-3x by 2028"])
        #expect(result.stdout.contains(#""step": "yearly""#))
        #expect(result.stdout.contains(#"{"period": "2028", "low": 200, "high": 300}"#))
        #expect(result.stdout.contains(#"{"period": "2026", "value": 100}"#))
    }

    @Test("an error in a projection exits 65 with the position")
    func error() throws {
        let result = try TNBProcess.run(["eval", "let x = 1; project x growth 2x by 3000"])
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "<input>:1:35: error: the projection would take 974 yearly steps; the limit is 600 [projection-too-long]"
            ))
    }
}

@Suite("tnb run --as-of")
struct RunAsOfTests {
    @Test("--as-of sets where a notebook's projections start; an unknown period is a usage error")
    func asOf() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-asof-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("a.tnb")
        try "let s = 1\nproject s growth 2x by Q4\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try TNBProcess.run(["run", "--as-of", "Q3 2026", file.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Q3 2026: 1 ... Q4 2026: 2 (quarterly)"))
        let bad = try TNBProcess.run(["run", "--as-of", "later", file.path])
        #expect(bad.status == 64)
    }
}
