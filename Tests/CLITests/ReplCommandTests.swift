import Foundation
import TestSupport
import Testing

@Suite("tnb repl, piped")
struct ReplCommandTests {
    @Test("with no arguments and piped input, statements are read line by line with no prompt")
    func pipedByDefault() throws {
        let result = try TNBProcess.run([], stdin: "let payroll = $25M/yr\nlet spend = $7M/yr\nspend as % of payroll\n")
        #expect(result.stdout == "payroll = $25M/yr\nspend = $7M/yr\n28%\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test("a failing line sets exit status 65 and is named with its line")
    func failingLine() throws {
        let result = try TNBProcess.run(["repl"], stdin: "let x = 2\nlet y = (x +\nnosuch)\nx * 3\n")
        #expect(result.stdout == "x = 2\n6\n")
        #expect(result.status == 65)
        #expect(
            result.stderr == """
                <stdin>:3:1: error: unknown name 'nosuch' [unknown-name]
                 3 | nosuch)
                   | ^~~~~~
                tnb: 1 error in standard input
                line 3: unknown name 'nosuch' [unknown-name]

                """)
    }

    @Test("redefinition shows what changed, in scripts too")
    func redefinition() throws {
        let result = try TNBProcess.run(["repl"], stdin: "let a = 2\nlet b = a * 10\nlet a = 3\n")
        #expect(result.stdout == "a = 2\nb = 20\na = 3 (was 2)\n  b = 20 → 30\n")
    }

    @Test("meta commands work when piped, and :quit stops reading")
    func metaCommands() throws {
        let result = try TNBProcess.run(["repl"], stdin: "let a = 1\n:vars\n:quit\nnosuch\n")
        #expect(result.stdout == "a = 1\na = 1\n")
        #expect(result.status == 0)
    }

    @Test("--precision sets the digits shown")
    func precision() throws {
        #expect(try TNBProcess.run(["repl", "--precision", "5"], stdin: "1/3\n").stdout == "0.33333\n")
        #expect(try TNBProcess.run(["repl", "--precision", "0"], stdin: "").status == 64)
    }

    @Test("no colours when piped, even without NO_COLOR")
    func noColours() throws {
        let result = try TNBProcess.run(["repl"], stdin: "nosuch\n", environment: ["NO_COLOR": ""])
        #expect(!result.stderr.contains("\u{1B}["))
    }

    @Test(":save writes a notebook that tnb eval runs")
    func saveThenRun() throws {
        let directory = try Fixtures.scratchDirectory("repl-save")
        defer { try? FileManager.default.removeItem(at: directory) }
        let saved = try TNBProcess.run(
            ["repl"],
            stdin:
                "let share = spend / payroll as %\nlet payroll = $25M/yr\nlet spend = $7M/yr\nlet share = spend / payroll as %\n:save out.tnb\n",
            directory: directory)
        #expect(saved.stdout.hasSuffix("saved 3 definitions to 'out.tnb'\n"))
        let notebook = try String(contentsOf: directory.appendingPathComponent("out.tnb"), encoding: .utf8)
        let run = try TNBProcess.run(["eval"], stdin: notebook + "share\n")
        #expect(run.stdout == "28%\n")
        #expect(run.status == 0)
    }
}

@Suite("tnb repl, as docs/repl.md shows it")
struct ReplDocsTests {
    @Test("the piped example prints what docs/repl.md says")
    func pipedExample() throws {
        let result = try TNBProcess.run([], stdin: "let x = 2\nx * nosuch\nx * 3\n")
        #expect(result.stdout == "x = 2\n6\n")
        #expect(
            result.stderr == """
                <stdin>:2:5: error: unknown name 'nosuch' [unknown-name]
                 2 | x * nosuch
                   |     ^~~~~~
                tnb: 1 error in standard input
                line 2: unknown name 'nosuch' [unknown-name]

                """)
        let docs = try Fixtures.text("docs/repl.md")
        #expect(docs.contains(result.stderr))
        #expect(docs.contains("$ printf 'let x = 2\\nx * nosuch\\nx * 3\\n' | tnb\n" + result.stdout))
        #expect(result.status == 65)
    }
}

@Suite("Long chains of definitions")
struct LongDefinitionChainTests {
    static func chain(_ count: Int) -> [String] {
        ["let a0 = 1"] + (1...count).map { "let a\($0) = a\($0 - 1) + 1" }
    }

    @Test("piped into the REPL, 20,000 chained definitions can be redefined at either end")
    func replChain() throws {
        let count = 20_000
        let input =
            (LongDefinitionChainTests.chain(count) + ["let a\(count) = 5", "let a0 = 2", "a\(count - 1)"])
            .joined(separator: "\n") + "\n"
        let result = try TNBProcess.run([], stdin: input)
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("  a\(count - 1) = 20,000 → 20,001\n20,001\n"))
    }

    @Test("tnb check and tnb run take a 10,000-line chain written backwards")
    func notebookChain() throws {
        let count = 10_000
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-chain-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let notebook = directory.appendingPathComponent("chain.tnb")
        try (LongDefinitionChainTests.chain(count).reversed().joined(separator: "\n") + "\n").write(
            to: notebook, atomically: true, encoding: .utf8)
        let check = try TNBProcess.run(["check", notebook.path])
        #expect(check.status == 0)
        let run = try TNBProcess.run(["run", notebook.path, "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"name\": \"a\(count)\""))
    }
}
