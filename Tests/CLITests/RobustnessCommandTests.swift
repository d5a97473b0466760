import Foundation
import TestSupport
import Testing

/// Hostile and oversized input through the real binary: an answer or a clean error, never a signal.
@Suite("robustness")
struct RobustnessCommandTests {
    /// A fresh directory holding one notebook.
    func scratch(_ name: String, _ text: String) throws -> URL {
        let directory = try Fixtures.scratchDirectory("robust")
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return directory
    }

    @Test(
        "long flat chains work in eval, check, run and the piped REPL",
        arguments: [
            ("3", " + 2", 60_000, "120,003"), ("64", " * 1 / 1", 20_000, "64"),
            ("6 years", " in months", 20_000, "72 months"), ("0.75", " as %", 30_000, "75%"),
        ])
    func chains(head: String, link: String, count: Int, value: String) throws {
        let text = "let t = " + head + String(repeating: link, count: count)
        let evaluated = try TNBProcess.run(["eval"], stdin: text + "\nt\n")
        #expect(evaluated.stdout == value + "\n")
        #expect(evaluated.status == 0)
        let piped = try TNBProcess.run([], stdin: text + "\nt\n")
        #expect(piped.stdout.hasSuffix(value + "\n"))
        #expect(piped.status == 0)
        let directory = try scratch("chain.tnb", text + "\nassert t == t\n")
        #expect(try TNBProcess.run(["check", "chain.tnb"], directory: directory).status == 0)
        let run = try TNBProcess.run(["run", "chain.tnb", "-o", "out"], directory: directory)
        #expect(run.status == 0)
        #expect(run.stderr == "")
    }

    @Test("a comment ends at a lone CR or a CRLF, so the assertion after it runs", arguments: ["\r", "\r\n", "\n"])
    func lineEndings(ending: String) throws {
        let text = ["// budget check", "let s = $31M/yr", "assert s < $26M/yr"].joined(separator: ending) + ending
        let directory = try scratch("budget.tnb", "\u{FEFF}" + text)
        let result = try TNBProcess.run(["check", "budget.tnb"], directory: directory)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("budget.tnb:3:8: error: assertion failed"))
    }

    @Test("many errors on one long line print a window of it, fifty of them and a count of the rest")
    func manyErrorsOnALongLine() throws {
        let line = String(repeating: "zz; ", count: 12_000)
        let evaluated = try TNBProcess.run(["eval"], stdin: line + "\n")
        #expect(evaluated.status == 65)
        #expect(evaluated.stderr.utf8.count < 20_000)
        #expect(evaluated.stderr.hasSuffix("... and 11950 more diagnostics not shown\n"))
        #expect(
            evaluated.stderr.contains(
                "\n 1 | ...zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz; zz...\n   |                                            ^~\n"
            ))
        let piped = try TNBProcess.run([], stdin: line + "\n")
        #expect(piped.stderr.utf8.count < 30_000)
        #expect(piped.stderr.components(separatedBy: "... and 11950 more diagnostics not shown\n").count == 3)
    }
}

@Suite("Output that reaches its reader")
struct OutputCommandTests {
    @Test("control characters in a notebook never reach the terminal or the report raw")
    func controlCharacters() throws {
        let directory = try Fixtures.scratchDirectory("ctl")
        defer { try? FileManager.default.removeItem(at: directory) }
        let notebook = "# Title\u{1B}]0;pwned\u{7}\nlet s = \"a\u{1B}[2Jb\"\n> {s}\nlet bad\u{0} = 1\n"
        try notebook.write(to: directory.appendingPathComponent("c.tnb"), atomically: true, encoding: .utf8)
        let broken = try TNBProcess.run(["run", "c.tnb"], directory: directory)
        for text in [broken.stdout, broken.stderr] {
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
        #expect(broken.stderr.contains("\\u{0}"))
        try "# Title\u{1B}]0;pwned\u{7}\nlet s = \"a\u{1B}[2Jb\"\n> {s}\n".write(
            to: directory.appendingPathComponent("c.tnb"), atomically: true, encoding: .utf8)
        for arguments in [["run", "c.tnb"], ["run", "c.tnb", "--format", "markdown"]] {
            let result = try TNBProcess.run(arguments, directory: directory)
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(result.stdout.contains("Title\\u{1B}]0;pwned\\u{7}"))
        }
        let written = try TNBProcess.run(["run", "c.tnb", "-o", "c.txt"], directory: directory)
        #expect(written.status == 0)
        let report = try String(contentsOf: directory.appendingPathComponent("c.txt"), encoding: .utf8)
        #expect(report.hasPrefix("Title\\u{1B}]0;pwned\\u{7}\n===="))
        let value = try TNBProcess.run(["eval", "\"x\u{1B}[2Jy\""])
        #expect(value.stdout == "\"x\\u{1B}[2Jy\"\n")
    }

    @Test("a run whose report would be enormous is refused before it renders, and nothing is written")
    func reportTooLarge() throws {
        let directory = try Fixtures.scratchDirectory("too-large")
        let lines = (0..<340).flatMap {
            ["let s\($0) = $\($0 % 9 + 1)M/yr", "project s\($0) growth 1% per month by Feb 2076 monthly"]
        }
        let notebook = directory.appendingPathComponent("big.tnb")
        try (["# Big"] + lines).joined(separator: "\n").write(to: notebook, atomically: true, encoding: .utf8)
        let report = directory.appendingPathComponent("big.txt")
        try "the old report\n".write(to: report, atomically: true, encoding: .utf8)
        let result = try TNBProcess.run(["run", notebook.path, "-o", report.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("rows of projections, over the limit of 200000 [report-too-large]"))
        #expect(try String(contentsOf: report, encoding: .utf8) == "the old report\n")
    }

    @Test("an interrupted write removes its temporary and leaves the old report intact", arguments: [15, 2, 1])
    func interruptedWrite(signal: Int) throws {
        let directory = try Fixtures.scratchDirectory("interrupted")
        try "# A\nlet a = 1\n".write(to: directory.appendingPathComponent("a.tnb"), atomically: true, encoding: .utf8)
        let report = directory.appendingPathComponent("a.txt")
        try "the old report\n".write(to: report, atomically: true, encoding: .utf8)
        let result = try TNBProcess.run(
            ["run", directory.appendingPathComponent("a.tnb").path, "-o", directory.path + "/"],
            environment: ["TNB_TEST_SIGNAL_BEFORE_RENAME": String(signal)])
        // Killed by the signal, as it would have been without the cleanup.
        #expect(result.status == Int32(signal) || result.status == Int32(128 + signal))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == ["a.tnb", "a.txt"])
        #expect(try String(contentsOf: report, encoding: .utf8) == "the old report\n")
    }

    @Test("a full device on standard output is exit 73 with a message, in every command")
    func fullDevice() throws {
        for arguments in [["eval", "1 + 1"], ["figures", "count"], ["run", "Notebooks/labor_leverage.tnb"]] {
            let result = try TNBProcess.run(arguments, stdoutPath: "/dev/full")
            #expect(result.status == 73, "\(arguments)")
            #expect(result.stderr.contains("cannot write standard output"), "\(arguments)")
        }
        let piped = try TNBProcess.run([], stdin: "1 + 1\n", stdoutPath: "/dev/full")
        #expect(piped.status == 73)
    }
}

@Suite("Reading that stops")
struct BoundedReadingTests {
    @Test("an endless source is read up to the limit and refused, in check, eval and the piped REPL")
    func endlessSources() throws {
        let check = try TNBProcess.run(["check", "/dev/zero"])
        #expect(check.status == 65)
        #expect(check.stderr.contains("[input-too-large]"))
        #expect(check.stderr.utf8.count < 2_000)
        let eval = try TNBProcess.run(["eval"], stdinPath: "/dev/zero")
        #expect(eval.status == 65)
        #expect(eval.stderr.contains("[input-too-large]"))
        let piped = try TNBProcess.run([], stdinPath: "/dev/zero")
        #expect(piped.status == 65)
        #expect(piped.stderr.contains("[input-too-large]"))
        let load = try TNBProcess.run([], stdin: ":load /dev/zero\n1 + 1\n")
        #expect(load.stdout.hasSuffix("2\n"))
        #expect(load.stderr.contains("[input-too-large]"))
    }

    @Test("a piped line without a final newline still runs")
    func lastLine() throws {
        let result = try TNBProcess.run([], stdin: "let a = 1\na + 1")
        #expect(result.stdout == "a = 1\n2\n")
    }
}

@Suite("Reports written only where asked")
struct ReportPlacementTests {
    func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-place-\(UUID().uuidString)")
        for sub in ["x", "y", "out"] {
            try FileManager.default.createDirectory(
                at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for name in ["x/a.tnb", "y/a.tnb"] {
            try "# A\nlet a = 1\n".write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return directory
    }

    func attributes(_ url: URL) throws -> [FileAttributeKey: Any] {
        try FileManager.default.attributesOfItem(atPath: url.path)
    }

    @Test("two notebooks whose reports share a name, or a report over an input, are refused before anything is written")
    func collisions() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let both = try TNBProcess.run(["run", "x/a.tnb", "y/a.tnb", "-o", "out/"], directory: directory)
        #expect(both.status == 64)
        #expect(both.stderr.contains("would both be written to 'out/a.txt'"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/a.txt").path))
        try "keep me".write(to: directory.appendingPathComponent("x/a.txt"), atomically: true, encoding: .utf8)
        let over = try TNBProcess.run(["run", "x/a.tnb", "./x/a.txt", "-o", "x/"], directory: directory)
        #expect(over.status == 64)
        #expect(try String(contentsOf: directory.appendingPathComponent("x/a.txt"), encoding: .utf8) == "keep me")
        // Spelt so that only the file's identity says it is the same file as the report.
        let spelt = try TNBProcess.run(["run", "x/a.tnb", "y/../x/a.txt", "-o", "x/"], directory: directory)
        #expect(spelt.status == 64)
        #expect(spelt.stderr.contains("refusing to write the report of 'x/a.tnb' over 'y/../x/a.txt'"))
        #expect(try String(contentsOf: directory.appendingPathComponent("x/a.txt"), encoding: .utf8) == "keep me")
    }

    @Test("a device is written into, a link is followed, a mode is kept, a read-only report is refused")
    func targets() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let null = try TNBProcess.run(["run", "x/a.tnb", "-o", "/dev/null"], directory: directory)
        #expect(null.status == 0)
        #expect(try attributes(URL(fileURLWithPath: "/dev/null"))[.type] as? FileAttributeType == .typeCharacterSpecial)

        let out = directory.appendingPathComponent("out")
        try FileManager.default.createSymbolicLink(
            atPath: out.appendingPathComponent("link.txt").path, withDestinationPath: "real.txt")
        #expect(try TNBProcess.run(["run", "x/a.tnb", "-o", "out/link.txt"], directory: directory).status == 0)
        #expect(
            try attributes(out.appendingPathComponent("link.txt"))[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try String(contentsOf: out.appendingPathComponent("real.txt"), encoding: .utf8).hasPrefix("A\n="))

        let report = out.appendingPathComponent("r.txt")
        #expect(try TNBProcess.run(["run", "x/a.tnb", "-o", "out/r.txt"], directory: directory).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: report.path)
        #expect(try TNBProcess.run(["run", "x/a.tnb", "-o", "out/r.txt"], directory: directory).status == 0)
        #expect(try attributes(report)[.posixPermissions] as? Int == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: report.path)
        let readOnly = try TNBProcess.run(["run", "x/a.tnb", "-o", "out/r.txt"], directory: directory)
        #expect(readOnly.status == 73)
        #expect(readOnly.stderr.contains("it is read-only"))
    }

    @Test("a temporary left by a killed run is swept by the next write to its directory")
    func staleTemporaries() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A pid above the kernel's maximum belongs to no process.
        let stale = directory.appendingPathComponent("out/.r.txt.tnb-99999999-0.tmp")
        try "half".write(to: stale, atomically: false, encoding: .utf8)
        #expect(try TNBProcess.run(["run", "x/a.tnb", "-o", "out/r.txt"], directory: directory).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path)
        #expect(names == ["r.txt"])
    }
}
