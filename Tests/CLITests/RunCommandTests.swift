import Foundation
import TestSupport
import Testing

/// `tnb run` and `tnb check` through the real binary, in a scratch directory.
@Suite("tnb run and tnb check")
struct RunCommandTests {
    static let good = """
        # Good
        param growth = 4x
        let spend = semianalysis.token_spend
        let next = spend * growth
        assert next > semianalysis.payroll
        > Next year {next}.
        """
    static let failing =
        "param growth = 2x\nlet next = semianalysis.token_spend * growth\nassert next > semianalysis.payroll\n"
    static let broken = "let a = $5 + 3 people\nlet b = nosuch\nlet c = (1 +\n"

    /// A fresh directory holding the given files.
    func scratch(_ files: [String: String]) throws -> URL {
        let directory = try Fixtures.scratchDirectory("run")
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    func read(_ directory: URL, _ name: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    @Test("a good notebook prints its report and exits 0")
    func good() throws {
        let directory = try scratch(["good.tnb": RunCommandTests.good])
        let result = try TNBProcess.run(["run", "good.tnb"], directory: directory)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("Good\n====\n\ngood.tnb: 1 param, 1 assert, all passed, 2 dataset figures\n"))
        #expect(result.stdout.contains("Next year $28M/yr."))
    }

    @Test("a failed assert writes the report, flags it, and exits 1")
    func failedAssert() throws {
        let directory = try scratch(["failing.tnb": RunCommandTests.failing])
        let result = try TNBProcess.run(["run", "failing.tnb", "-o", "failing.txt"], directory: directory)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "failing.tnb:3:8: error: assertion failed: 'next > semianalysis.payroll' is false [assertion-failed]\n")
        )
        #expect(result.stderr.contains("= note: next is $14M/yr; semianalysis.payroll is $25M/yr\n"))
        #expect(read(directory, "failing.txt")?.contains("! assert next > semianalysis.payroll") == true)
    }

    @Test("a notebook with errors prints all of them with line and caret and exits 65")
    func errors() throws {
        let directory = try scratch(["broken.tnb": "let a = $5 + 3 people\nlet b = nosuch\n"])
        let result = try TNBProcess.run(["run", "broken.tnb"], directory: directory)
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(
            result.stderr.contains(
                "broken.tnb:1:9: error: cannot add money and people [mismatched-dimensions]\n 1 | let a = $5 + 3 people\n   |         ^~~~~~~~~~~~~"
            ))
        #expect(result.stderr.contains("broken.tnb:2:9: error: unknown name 'nosuch'"))
    }

    @Test("a notebook that cannot be read exits 66")
    func unreadable() throws {
        let directory = try scratch([:])
        let result = try TNBProcess.run(["run", "missing.tnb"], directory: directory)
        #expect(result.status == 66)
        #expect(result.stderr == "error: cannot read 'missing.tnb': No such file or directory\n")
    }

    @Test(
        "usage errors exit 64",
        arguments: [
            ["run"], ["run", "a.tnb", "--format", "pdf"], ["run", "a.tnb", "--width", "5"],
            ["run", "a.tnb", "--set", "novalue"],
        ])
    func usage(_ arguments: [String]) throws {
        let directory = try scratch(["a.tnb": "param growth = 4x\n"])
        #expect(try TNBProcess.run(arguments, directory: directory).status == 64)
    }

    @Test("with several notebooks a broken one does not stop the others, and the worst status wins")
    func several() throws {
        let directory = try scratch([
            "a.tnb": RunCommandTests.good, "b.tnb": RunCommandTests.broken, "c.tnb": RunCommandTests.failing,
        ])
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("out"), withIntermediateDirectories: true)
        let result = try TNBProcess.run(
            ["run", "a.tnb", "b.tnb", "missing.tnb", "c.tnb", "-o", "out"], directory: directory)
        #expect(result.status == 66)
        #expect(read(directory, "out/a.txt")?.hasPrefix("Good\n") == true)
        #expect(read(directory, "out/c.txt") != nil)
        #expect(read(directory, "out/b.txt") == nil)
        let order = ["b.tnb:", "cannot read 'missing.tnb'", "c.tnb:3:"].compactMap {
            result.stderr.range(of: $0)?.lowerBound
        }
        #expect(order.count == 3 && order == order.sorted())
        let two = try TNBProcess.run(["run", "a.tnb", "b.tnb", "c.tnb", "-o", "out"], directory: directory)
        #expect(two.status == 65)
    }

    @Test("a failed run leaves the previous report intact")
    func atomic() throws {
        let directory = try scratch(["n.tnb": RunCommandTests.good])
        #expect(try TNBProcess.run(["run", "n.tnb", "-o", "n.txt"], directory: directory).status == 0)
        let before = try #require(read(directory, "n.txt"))
        try "let x = nosuch\n".write(to: directory.appendingPathComponent("n.tnb"), atomically: true, encoding: .utf8)
        #expect(try TNBProcess.run(["run", "n.tnb", "-o", "n.txt"], directory: directory).status == 65)
        #expect(read(directory, "n.txt") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(leftovers == ["n.tnb", "n.txt"])
    }

    @Test("an unwritable destination exits 73 and leaves no temporary file")
    func unwritable() throws {
        let directory = try scratch(["n.tnb": RunCommandTests.good])
        let result = try TNBProcess.run(["run", "n.tnb", "-o", "no/such/dir/n.txt"], directory: directory)
        #expect(result.status == 73)
        #expect(result.stderr == "error: cannot write 'no/such/dir/n.txt': No such file or directory\n")
        // A rename that fails (the report's name is taken by a directory) removes the temporary file.
        let taken = directory.appendingPathComponent("out/n.txt/keep")
        try FileManager.default.createDirectory(at: taken, withIntermediateDirectories: true)
        let blocked = try TNBProcess.run(["run", "n.tnb", "-o", "out/"], directory: directory)
        #expect(blocked.status == 73)
        #expect(blocked.stderr.hasPrefix("error: cannot write 'out/n.txt': "))
        let out = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path)
        #expect(out == ["n.txt"])
        let locked = directory.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try "old report\n".write(to: locked.appendingPathComponent("n.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        if getuid() != 0 {
            let denied = try TNBProcess.run(["run", "n.tnb", "-o", "locked/"], directory: directory)
            #expect(denied.status == 73)
            #expect(read(locked, "n.txt") == "old report\n")
        }
    }

    @Test("several reports written together: one that cannot be written fails alone, with no temporary file")
    func severalWithOneUnwritable() throws {
        let directory = try scratch(["a.tnb": "let a = 1\n", "b.tnb": "let b = 2\n", "c.tnb": "let c = 3\n"])
        // `out/b.txt` is taken by a directory, so only b's rename fails.
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("out/b.txt/keep"), withIntermediateDirectories: true)
        let result = try TNBProcess.run(["run", "a.tnb", "b.tnb", "c.tnb", "-o", "out/"], directory: directory)
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("error: cannot write 'out/b.txt': "))
        let out = directory.appendingPathComponent("out")
        #expect(read(out, "a.txt")?.contains("let a = 1") == true)
        #expect(read(out, "c.txt")?.contains("let c = 3") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["a.txt", "b.txt", "c.txt"])
    }

    @Test("a report is never written over its own notebook")
    func overNotebook() throws {
        let directory = try scratch(["n.tnb": RunCommandTests.good])
        let result = try TNBProcess.run(["run", "n.tnb", "-o", "./n.tnb"], directory: directory)
        #expect(result.status == 64)
        #expect(read(directory, "n.tnb") == RunCommandTests.good)
    }

    @Test("several reports on standard output are one blank line apart, in the order given")
    func severalToStandardOutput() throws {
        let directory = try scratch(["a.tnb": "# A\nlet a = 1\n", "b.tnb": "# B\nlet b = 2\n"])
        let result = try TNBProcess.run(["run", "b.tnb", "a.tnb"], directory: directory)
        #expect(result.stdout.hasPrefix("B\n=\n"))
        #expect(result.stdout.contains("  let b = 2  2\n\nA\n=\n"))
    }

    @Test("--set takes a typed value, checks its dimension and rejects unknown names")
    func set() throws {
        let directory = try scratch(["good.tnb": RunCommandTests.good])
        let five = try TNBProcess.run(["run", "good.tnb", "--set", "growth=5x"], directory: directory)
        #expect(five.status == 0)
        #expect(five.stdout.contains("5x (set)"))
        #expect(five.stdout.contains("Next year $35M/yr."))
        // A percentage is not a multiplier: as a growth, 50% means x1.5 and 0.5x means x0.5.
        let half = try TNBProcess.run(["run", "good.tnb", "--set", "growth=50%"], directory: directory)
        #expect(half.status == 64)
        #expect(half.stderr.contains("= note: write 0.5x"))
        let money = try TNBProcess.run(["run", "good.tnb", "--set", "growth=$5M"], directory: directory)
        #expect(money.status == 64)
        #expect(
            money.stderr.hasPrefix(
                "good.tnb:2:16: error: cannot set 'growth' to '$5M' (money): its default '4x' is a multiplier [set-dimension-mismatch]"
            ))
        let unknown = try TNBProcess.run(["run", "good.tnb", "--set", "growht=5x"], directory: directory)
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "error: --set 'growht': no notebook has a param 'growht' (did you mean 'growth'?)\n")
        let malformed = try TNBProcess.run(["run", "good.tnb", "--set", "growth=5 +"], directory: directory)
        #expect(malformed.status == 64)
        #expect(malformed.stderr.contains("--set growth:1:"))
    }

    @Test("--as-of sets the period a notebook counts from; an unknown period is a usage error")
    func asOf() throws {
        let directory = try scratch(["q.tnb": "as of Q1 2027\nlet next = Q4\n"])
        let header = try TNBProcess.run(["run", "q.tnb"], directory: directory)
        #expect(header.stdout.contains("Q4 2027"))
        let set = try TNBProcess.run(["run", "q.tnb", "--as-of", "Q3 2026"], directory: directory)
        #expect(set.status == 0)
        #expect(set.stdout.contains("Q3 2026 (set)"))
        #expect(set.stdout.contains("Q4 2026"))
        #expect(try TNBProcess.run(["run", "q.tnb", "--as-of", "Q9"], directory: directory).status == 64)
        #expect(try TNBProcess.run(["check", "q.tnb", "--as-of", "Q3 2026"], directory: directory).status == 0)
    }

    @Test("tnb eval runs assert and param too, and exits 1 when an assert fails")
    func evalAssert() throws {
        let passed = try TNBProcess.run(["eval", "param g = 4x; assert g > 3"])
        #expect(passed.stdout == "assert: passed\n")
        #expect(passed.status == 0)
        let failed = try TNBProcess.run(["eval", "assert (3 to 5) > 4"])
        #expect(failed.stdout == "assert: FAILED (maybe: 50% chance it holds): holds for only part of the range\n")
        #expect(failed.status == 1)
    }

    @Test("--params lists each param with its value")
    func params() throws {
        let directory = try scratch(["good.tnb": RunCommandTests.good])
        let result = try TNBProcess.run(["run", "--params", "good.tnb"], directory: directory)
        #expect(result.stdout == "good.tnb:2: growth = 4x\n")
        let set = try TNBProcess.run(["run", "--params", "good.tnb", "--set", "growth=6x"], directory: directory)
        #expect(set.stdout == "good.tnb:2: growth = 6x (set)\n")
    }

    @Test("--check exits 0 on a fresh report and 1 with a diff on a stale one")
    func check() throws {
        let directory = try scratch(["good.tnb": RunCommandTests.good])
        #expect(try TNBProcess.run(["run", "good.tnb", "-o", "good.txt"], directory: directory).status == 0)
        let fresh = try TNBProcess.run(["run", "--check", "good.tnb"], directory: directory)
        #expect(fresh.status == 0)
        #expect(fresh.stdout == "")
        let edited = RunCommandTests.good.replacingOccurrences(of: "4x", with: "5x")
        try edited.write(to: directory.appendingPathComponent("good.tnb"), atomically: true, encoding: .utf8)
        let stale = try TNBProcess.run(["run", "--check", "good.tnb"], directory: directory)
        #expect(stale.status == 1)
        #expect(stale.stderr == "error: report 'good.txt' is stale: run 'tnb run' to update it\n")
        #expect(stale.stdout.hasPrefix("--- good.txt\n+++ good.txt (rendered)\n@@ "))
        #expect(stale.stdout.contains("\n-  param growth = 4x"))
        #expect(stale.stdout.contains("\n+  param growth = 5x"))
        let markdown = try TNBProcess.run(["run", "--check", "--format", "markdown", "good.tnb"], directory: directory)
        #expect(markdown.status == 1)
        #expect(markdown.stderr.contains("report 'good.md' is missing"))
    }

    @Test("--check on a stale report says when the dataset changed since it, and which figures did")
    func checkDataset() throws {
        let directory = try scratch(["good.tnb": RunCommandTests.good])
        for (format, file) in [("text", "good.txt"), ("markdown", "good.md"), ("json", "good.json")] {
            let path = directory.appendingPathComponent(file)
            #expect(try TNBProcess.run(["run", "good.tnb", "-o", file], directory: directory).status == 0)
            let report = try String(contentsOf: path, encoding: .utf8)
            // The same report, as an older dataset with another payroll figure would have made it.
            var older = report.replacingOccurrences(
                of: "Dataset version 2, sha256 ", with: "Dataset version 1, sha256 0")
            older = older.replacingOccurrences(
                of: "\"version\": \"2\", \"digest\": \"", with: "\"version\": \"1\", \"digest\": \"0")
            older = older.replacingOccurrences(of: "$25M/yr (Apr 2026)", with: "$24M/yr (Apr 2026)")
            older = older.replacingOccurrences(of: "**: \\$25M/yr (Apr 2026)", with: "**: \\$24M/yr (Apr 2026)")
            older = older.replacingOccurrences(
                of: "\"display\": \"$25M/yr\", \"unit\": \"$/yr\", \"value\": 25000000, \"qualifier\"",
                with: "\"display\": \"$24M/yr\", \"unit\": \"$/yr\", \"value\": 24000000, \"qualifier\"")
            #expect(older != report, "\(format)")
            try older.write(to: path, atomically: true, encoding: .utf8)
            let stale = try TNBProcess.run(["run", "--check", "--format", format, "good.tnb"], directory: directory)
            #expect(stale.status == 1, "\(format)")
            #expect(
                stale.stdout.hasPrefix(
                    "note: the dataset changed since this report (version 1, now 2)\n"
                        + "note: figure semianalysis.payroll changed since this report\n--- \(file)\n"), "\(format)")
            // Stale for another reason, with the same dataset: no note about it.
            let edited = report.replacingOccurrences(of: "good.tnb", with: "old.tnb")
            try edited.write(to: path, atomically: true, encoding: .utf8)
            let other = try TNBProcess.run(["run", "--check", "--format", format, "good.tnb"], directory: directory)
            #expect(other.status == 1 && other.stdout.hasPrefix("--- \(file)\n"), "\(format)")
        }
    }

    @Test("tnb check prints nothing for a good notebook and the same errors and statuses as run")
    func checkCommand() throws {
        let directory = try scratch([
            "a.tnb": RunCommandTests.good, "b.tnb": RunCommandTests.broken, "c.tnb": RunCommandTests.failing,
        ])
        let good = try TNBProcess.run(["check", "a.tnb"], directory: directory)
        #expect(good.status == 0 && good.stdout == "" && good.stderr == "")
        let failing = try TNBProcess.run(["check", "c.tnb"], directory: directory)
        #expect(failing.status == 1)
        let broken = try TNBProcess.run(["check", "b.tnb"], directory: directory)
        let run = try TNBProcess.run(["run", "b.tnb"], directory: directory)
        #expect(broken.status == 65)
        #expect(broken.stderr == run.stderr)
        #expect(try TNBProcess.run(["check", "a.tnb", "b.tnb", "c.tnb"], directory: directory).status == 65)
    }

    @Test("two runs give byte-identical reports in every format", arguments: ["text", "markdown", "json"])
    func deterministic(_ format: String) throws {
        let directory = try scratch(["good.tnb": RunCommandTests.good, "c.tnb": RunCommandTests.failing])
        let first = try TNBProcess.run(["run", "--format", format, "good.tnb", "c.tnb"], directory: directory)
        let second = try TNBProcess.run(["run", "--format", format, "good.tnb", "c.tnb"], directory: directory)
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.contains(directory.path))
    }
}

/// The committed example reports are what `tnb run` gives today.
@Suite("Notebooks/ through the binary")
struct ExampleNotebookTests {
    static var notebooks: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Notebooks").path)) ?? []
        return names.filter { $0.hasSuffix(".tnb") }.sorted().map { "Notebooks/" + $0 }
    }

    @Test("tnb run --check finds every committed report fresh", arguments: ["text", "markdown", "json", "html"])
    func fresh(_ format: String) throws {
        let result = try TNBProcess.run(["run", "--check", "--format", format] + ExampleNotebookTests.notebooks)
        #expect(result.status == 0, "\(result.stderr)\(result.stdout)")
    }

    @Test("tnb check passes every example notebook")
    func check() throws {
        let result = try TNBProcess.run(["check"] + ExampleNotebookTests.notebooks)
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }
}

/// One small notebook per notebook-level error kind, named after its id.
@Suite("Notebook error fixtures")
struct NotebookErrorFixtureTests {
    @Test(
        "each fixture gives the error it is named after",
        arguments: [
            ("duplicate_definition", "duplicate-definition", Int32(65)),
            ("cyclic_definition", "cyclic-definition", 65),
            ("assertion_failed", "assertion-failed", 1),
            ("several_errors", "mismatched-dimensions", 65),
        ])
    func fixture(_ name: String, _ id: String, _ status: Int32) throws {
        let result = try TNBProcess.run(["check", "Tests/Fixtures/notebooks/\(name).tnb"])
        #expect(result.status == status)
        #expect(result.stderr.hasPrefix("Tests/Fixtures/notebooks/\(name).tnb:"))
        #expect(result.stderr.contains("[\(id)]"))
    }
}

extension RunCommandTests {
    @Test("-o picks the format from its extension; a --format that contradicts it is a usage error")
    func formatFromExtension() throws {
        let directory = try scratch(["good.tnb": RunCommandTests.good])
        for (file, start) in [("r.md", "# Good"), ("r.json", "{\n  \"notebook\""), ("r.txt", "Good\n====")] {
            let result = try TNBProcess.run(["run", "good.tnb", "-o", file], directory: directory)
            #expect(result.status == 0, "\(file): \(result.stderr)")
            #expect(read(directory, file)?.hasPrefix(start) == true, "\(file)")
        }
        let clash = try TNBProcess.run(["run", "good.tnb", "-o", "r.md", "--format", "json"], directory: directory)
        #expect(clash.status == 64)
        #expect(clash.stderr.contains("--format json does not match -o 'r.md'"))
        let unknown = try TNBProcess.run(["run", "good.tnb", "-o", "r.report"], directory: directory)
        #expect(unknown.status == 0)
        #expect(read(directory, "r.report")?.hasPrefix("Good\n====") == true)
    }

    @Test("--precision sets the significant digits of a run's report")
    func precision() throws {
        let directory = try scratch(["p.tnb": "# P\nlet x = 2/3\nassert x < 1\n"])
        let three = try TNBProcess.run(["run", "p.tnb"], directory: directory)
        let five = try TNBProcess.run(["run", "p.tnb", "--precision", "5"], directory: directory)
        #expect(three.stdout.contains("0.667"))
        #expect(five.stdout.contains("0.66667"))
        let bad = try TNBProcess.run(["run", "p.tnb", "--precision", "0"], directory: directory)
        #expect(bad.status == 64)
    }

    @Test("tnb --version names the version")
    func version() throws {
        let result = try TNBProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("tnb "))
    }
}
