import Foundation
import TestSupport
import Testing

/// docs/diff.md: `tnb diff` across real git revisions made here, and between JSON reports.
@Suite("tnb diff")
struct DiffCommandTests {
    static let notebook = """
        # Spend
        param growth = 15%
        let payroll = semianalysis.payroll
        let spend = $7M/yr
        project spend growth growth per month until Dec 2027
        let passes = when spend > payroll
        let doubled = payroll * 2
        scenario bull: growth = 25%

        """

    /// A scratch git repository with `s.tnb` committed; the caller removes it.
    func repository(_ text: String = DiffCommandTests.notebook) throws -> URL {
        let directory = try Fixtures.scratchDirectory("diff")
        try text.write(to: directory.appendingPathComponent("s.tnb"), atomically: true, encoding: .utf8)
        for command in [
            ["init", "-q"], ["add", "s.tnb"],
            ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "first"],
        ] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git"] + command
            git.currentDirectoryURL = directory
            try git.run()
            git.waitUntilExit()
            #expect(git.terminationStatus == 0, "git \(command)")
        }
        return directory
    }

    func edit(_ directory: URL, _ transform: (String) -> String) throws {
        let path = directory.appendingPathComponent("s.tnb")
        try transform(try String(contentsOf: path, encoding: .utf8)).write(to: path, atomically: true, encoding: .utf8)
    }

    @Test("nothing changed: exit 0 and says so")
    func unchanged() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try TNBProcess.run(["diff", "s.tnb"], directory: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "no values changed\n")
    }

    @Test("a changed param: the param itself, then what changed because of it")
    func changedParam() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        try edit(directory) { $0.replacingOccurrences(of: "param growth = 15%", with: "param growth = 20%") }
        let result = try TNBProcess.run(["diff", "s.tnb"], directory: directory)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("3 values changed\n"))
        #expect(
            result.stdout.contains("Changed: param 'growth': 15% → 20% (its default)\n  growth: 15% → 20% (+5 points)"))
        #expect(result.stdout.contains("Because 'growth' changed:\n"))
        // 7 * 1.2^t = 25 at 6.98 months from 1 April 2026: late October, in Q4 (quarterly steps),
        // where 15% a month passed it in January 2027 (Q1).
        #expect(result.stdout.contains("  passes: Q1 2027 → Q4 2026 (-1 quarter)"))
        // doubled uses only payroll: not listed.
        #expect(!result.stdout.contains("doubled"))
        // The scenario's own values did not change: bull sets growth itself.
        #expect(!result.stdout.contains("[bull]"))
    }

    @Test("a renamed definition is a removal and an addition, and its users say why they changed")
    func renamed() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        try edit(directory) {
            $0.replacingOccurrences(of: "let doubled = payroll * 2", with: "let twice = payroll * 2")
        }
        let result = try TNBProcess.run(["diff", "s.tnb"], directory: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("Changed: 'twice' is new: let twice = payroll * 2\n  twice: (none) → $50M/yr"))
        #expect(result.stdout.contains("Changed: 'doubled' was removed\n  doubled: $50M/yr → (removed)"))
    }

    @Test("a changed definition, and a dataset figure's value changed in an older report")
    func definitionAndFigure() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        try edit(directory) { $0.replacingOccurrences(of: "let spend = $7M/yr", with: "let spend = $8M/yr") }
        let result = try TNBProcess.run(["diff", "s.tnb", "--format", "json"], directory: directory)
        #expect(result.status == 1)
        let data = try #require(result.stdout.data(using: .utf8))
        let diff = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let groups = try #require(diff["groups"] as? [[String: Any]])
        #expect(
            groups.first?["causes"] as? [String] == [
                "the definition of 'spend': let spend = $7M/yr → let spend = $8M/yr"
            ])
        #expect(groups.first?["direct"] as? Bool == true)
        // The bull scenario's spend changed too, because the definition did (its base did too).

        // An older report whose payroll figure was $20M/yr: the dataset changed under the notebook.
        let report = try TNBProcess.run(["run", "s.tnb", "--format", "json"], directory: directory)
        try report.stdout.write(to: directory.appendingPathComponent("new.json"), atomically: true, encoding: .utf8)
        let old = report.stdout
            .replacingOccurrences(of: "\"display\": \"$25M/yr\"", with: "\"display\": \"$20M/yr\"")
            .replacingOccurrences(of: "\"value\": 25000000", with: "\"value\": 20000000")
            .replacingOccurrences(of: "\"display\": \"$50M/yr\"", with: "\"display\": \"$40M/yr\"")
            .replacingOccurrences(of: "\"value\": 50000000", with: "\"value\": 40000000")
        try old.write(to: directory.appendingPathComponent("old.json"), atomically: true, encoding: .utf8)
        let figure = try TNBProcess.run(["diff", "old.json", "new.json"], directory: directory)
        #expect(figure.status == 1, "\(figure.stderr)")
        #expect(figure.stdout.contains("Because dataset figure 'semianalysis.payroll' ($20M/yr → $25M/yr) changed:"))
        #expect(figure.stdout.contains("  payroll: $20M/yr → $25M/yr (+25%)"))
        #expect(figure.stdout.contains("  doubled: $40M/yr → $50M/yr (+25%)"))
    }

    @Test("--against names another revision")
    func against() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        try edit(directory) {
            $0.replacingOccurrences(of: "scenario bull: growth = 25%", with: "scenario bull: growth = 30%")
        }
        let changed = try TNBProcess.run(["diff", "s.tnb", "--against", "HEAD"], directory: directory)
        #expect(changed.status == 1)
        #expect(
            changed.stdout.contains(
                "Changed: scenario 'bull': growth = 25% → growth = 30%\n  growth [bull]: 25% → 30% (+5 points)"))
        let missing = try TNBProcess.run(["diff", "s.tnb", "--against", "no-such-rev"], directory: directory)
        #expect(missing.status == 66)
        #expect(missing.stderr == "error: git has no revision 'no-such-rev'\n")
    }

    @Test("broken or unreadable input: 65 and 66, with a clear message")
    func brokenInput() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        try edit(directory) { $0 + "let broken = (1 +\n" }
        let broken = try TNBProcess.run(["diff", "s.tnb"], directory: directory)
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("s.tnb:"), "\(broken.stderr)")
        let missing = try TNBProcess.run(["diff", "nope.tnb"], directory: directory)
        #expect(missing.status == 66)
        try "{\"values\": [".write(to: directory.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        try "[1, 2]".write(to: directory.appendingPathComponent("other.json"), atomically: true, encoding: .utf8)
        let bad = try TNBProcess.run(["diff", "bad.json", "bad.json"], directory: directory)
        #expect(bad.status == 65)
        #expect(bad.stderr.hasPrefix("bad.json:1:13: error: not JSON"), "\(bad.stderr)")
        let other = try TNBProcess.run(["diff", "other.json", "other.json"], directory: directory)
        #expect(other.status == 65)
        #expect(other.stderr == "error: 'other.json' is JSON but not a tnb report\n")
    }

    @Test("a notebook outside any git repository is a clear error")
    func outsideRepository() throws {
        let directory = try Fixtures.scratchDirectory("diff-outside")
        defer { try? FileManager.default.removeItem(at: directory) }
        try DiffCommandTests.notebook.write(
            to: directory.appendingPathComponent("s.tnb"), atomically: true, encoding: .utf8)
        let result = try TNBProcess.run(
            ["diff", "s.tnb"], directory: directory,
            environment: ["GIT_CEILING_DIRECTORIES": directory.deletingLastPathComponent().path])
        #expect(result.status == 66)
        #expect(result.stderr == "error: 's.tnb' is not in a git repository\n")
    }

    @Test("run --check prints which values changed above a stale report's diff")
    func checkSummary() throws {
        let directory = try repository()
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in ["text", "json"] {
            let written = try TNBProcess.run(
                ["run", "s.tnb", "--format", format, "-o", "s." + (format == "text" ? "txt" : "json")],
                directory: directory)
            #expect(written.status == 0, "\(written.stderr)")
        }
        try edit(directory) { $0.replacingOccurrences(of: "param growth = 15%", with: "param growth = 20%") }
        let check = try TNBProcess.run(["run", "--check", "s.tnb"], directory: directory)
        #expect(check.status == 1)
        #expect(
            check.stdout.hasPrefix(
                "Values changed since the report (the values are from s.json):\n  3 values changed\n"))
        #expect(check.stdout.contains("--- s.txt"))
    }
}
