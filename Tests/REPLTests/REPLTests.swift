import Foundation
import REPL
import TestSupport
import Testing

@Suite("REPL")
struct REPLTests {
    @Test("every line's result is echoed; a definition shows its name")
    func echo() {
        let result = transcript([
            "let payroll = $25M/yr", "let spend = $7M/yr", "spend as % of payroll", "let f(a, b) = a + b", "unit seat",
        ])
        #expect(result.output == "payroll = $25M/yr\nspend = $7M/yr\n28%\ndefined f(a, b)\ndefined unit seat\n")
        #expect(result.errors == "")
        #expect(result.status == .finished)
    }

    @Test("a redefinition checks again the asserts that read what it changed, and says what changed")
    func assertsRechecked() {
        let result = transcript([
            "let r = $35-45B/yr", "let c = $10B/yr", "assert c < r", "let other = 5", "let c = $40B/yr",
            "let c = $20B/yr", "let other = 6",
        ])
        #expect(
            result.output == """
                r = $35B/yr to $45B/yr
                c = $10B/yr
                assert: passed
                other = 5
                c = $40B/yr (was $10B/yr)
                  assert c < r: passed → FAILED (maybe: 50% chance it holds)
                c = $20B/yr (was $40B/yr)
                  assert c < r: FAILED (maybe: 50% chance it holds) → passed
                other = 6 (was 5)

                """)
    }

    @Test("an unfinished statement asks for more under the continuation prompt")
    func continuation() {
        let result = transcript(["let total = (1 +", "2 +", "3)", "total * 2"])
        #expect(result.prompts == ["tnb> ", "...> ", "...> ", "tnb> ", "tnb> "])
        #expect(result.output == "total = 6\n12\n")
        #expect(result.history == ["let total = (1 + 2 + 3)", "total * 2"])
    }

    @Test("continuation follows the parser, not the message: trailing operators, open calls, let")
    func continuationCases() {
        #expect(REPL.isIncomplete("1 +"))
        #expect(REPL.isIncomplete("let x ="))
        #expect(REPL.isIncomplete("let f(a,"))
        #expect(REPL.isIncomplete("max(1,"))
        #expect(!REPL.isIncomplete("1 + 2"))
        #expect(!REPL.isIncomplete("1 2"))
        #expect(!REPL.isIncomplete("\"unterminated"))
    }

    @Test("an empty line ends an unfinished statement with an error")
    func emptyLineEndsContinuation() {
        let result = transcript(["(1 +", "", "5"])
        #expect(result.errors.contains("error: unfinished input: expected a value [unfinished-input]"))
        #expect(result.output == "5\n")
    }

    @Test("Ctrl-C abandons the line and the statement being continued")
    func interrupt() {
        let result = transcript([.line("(1 +"), .interrupted, .line("7")])
        #expect(result.prompts == ["tnb> ", "...> ", "tnb> ", "tnb> "])
        #expect(result.output == "7\n")
        #expect(result.errors == "")
    }

    @Test("an error shows a caret under the typed text, and the session goes on")
    func errorCaret() {
        let result = transcript(["let payroll = $25M/yr", "payroll + 5 people", "payroll * 2"])
        let expected = """
                 ^~~~~~~~~~~~~~~~~~
            error: cannot add money per time and people [mismatched-dimensions]
               = note: payroll is $25M/yr (money per time)
               = note: 5 people is people

            """
        #expect(result.errors == expected)
        #expect(result.output == "payroll = $25M/yr\n$50M/yr\n")
        #expect(result.status == .finished)
    }

    @Test("an error in a later line of a statement repeats that line above the caret")
    func errorOnEarlierLine() {
        let result = transcript(["let x = (nosuch +", "1)"])
        #expect(result.errors.hasPrefix("     let x = (nosuch +\n              ^~~~~~\nerror: unknown name 'nosuch'"))
    }

    @Test("redefining a name recomputes what depends on it and shows old and new")
    func redefinition() {
        let result = transcript([
            "let payroll = $25M/yr", "let spend = $7M/yr", "let share = spend as % of payroll",
            "let double = share + share",
            "let payroll = $35M/yr",
        ])
        let lines = result.output.split(separator: "\n").suffix(3)
        #expect(Array(lines) == ["payroll = $35M/yr (was $25M/yr)", "  share = 28% → 20%", "  double = 56% → 40%"])
    }

    @Test("a redefinition that breaks a dependent says why")
    func redefinitionFailure() {
        let result = transcript(["let a = 2", "let b = 10 / a", "let a = 0"])
        #expect(result.output.hasSuffix("a = 0 (was 2)\n  b = 5 → (failed: division by zero)\n"))
    }

    @Test("using a name whose definition failed says so")
    func dependsOnFailed() {
        let result = transcript(["let bad = 1/0", "bad + 1"])
        #expect(result.errors.contains("error: 'bad' could not be computed [depends-on-failed]"))
    }

    @Test("typing quit or help gives a hint instead of an unknown name")
    func bareWords() {
        #expect(transcript(["quit"]).output == "to leave, type :quit or press Ctrl-D\n")
        #expect(transcript(["help"]).output == "type :help for help\n")
    }

    @Test(":quit leaves; nothing after it runs")
    func quit() {
        let result = transcript(["1", ":quit", "2"])
        #expect(result.output == "1\n")
    }

    @Test(":vars lists values sorted, then functions and units")
    func vars() {
        let result = transcript(["let b = 2", "let a = 1", "let long_name = 3", "let f(x) = x", "unit seat", ":vars"])
        #expect(result.output.hasSuffix("a         = 1\nb         = 2\nlong_name = 3\nfunctions: f(x)\nunits: seat\n"))
        #expect(transcript([":vars"]).output == "no names defined yet\n")
    }

    @Test(":why names the figures a value came from, with timestamp, speaker and quote")
    func why() {
        let result = transcript(["let share = semianalysis.token_spend / semianalysis.payroll as %", ":why share"])
        #expect(
            result.output.contains(
                "share = 28%, from 2 figures:\n  semianalysis.payroll: SemiAnalysis total annual salary expense\n"))
        #expect(
            result.output.contains(
                "    $25M/yr for Apr 2026; Dylan Patel (paraphrased by Nuggets AI), summary 00:01:47\n"))
        #expect(
            result.output.contains(
                "\"By April 2026, the firm reached a $7 million annualized spend rate on Claude Code\""))
        #expect(transcript(["let x = 5", ":why x"]).output.hasSuffix("x = 5 comes from no dataset figure\n"))
        let unknown = transcript([":why payrol"])
        #expect(unknown.errors.contains("      ^~~~~~\nerror: unknown name 'payrol' [unknown-name]"))
    }

    @Test(":figures runs a query over the dataset, with carets under a mistake in it")
    func figures() {
        let result = transcript([":figures where topic == \"memory\" and kind == \"multiplier\" | select id | limit 2"])
        #expect(
            result.output == "id\n-----------------------------\nmemory.price_increase\narticle.memory_price_increase\n"
        )
        #expect(transcript([":figures | count"]).output == transcript(["figures | count"]).output)
        #expect(transcript([":figures"]).output.contains("semianalysis.payroll"))
        let mistake = transcript([":figures where speker == \"x\""])
        #expect(mistake.errors.hasPrefix("                    ^~~~~~\nerror: unknown field 'speker' [unknown-field]"))
    }

    @Test(":help shows commands; a topic or a command narrows it")
    func help() {
        #expect(transcript([":help"]).output.contains(":why NAME"))
        #expect(transcript([":help :load"]).output.hasPrefix(":load FILE"))
        #expect(transcript([":help keys"]).output.contains("Ctrl-R"))
        #expect(transcript([":help histroy"]).errors.contains("did you mean 'history'?"))
    }

    @Test(":reset forgets every definition")
    func reset() {
        let result = transcript(["let x = 1", ":as-of Q3 2026", ":reset", "x", ":as-of"])
        #expect(result.output == "x = 1\nas of Q3 2026\nforgot every definition\nas of Apr 2026\n")
        #expect(result.errors.contains("unknown name 'x'"))
    }

    @Test("tables fit the terminal's width")
    func tableWidth() {
        var repl = REPL(mode: .interactive)
        var reader = ScriptedReader([":figures where topic == \"memory\""])
        reader.columns = 60
        let output = CollectedOutput()
        _ = repl.run(reader: &reader, output: output)
        let lines = output.output.split(separator: "\n").dropFirst()
        // A heading, a rule and the six memory figures.
        #expect(lines.count == 8)
        #expect(lines.allSatisfy { $0.count <= 60 })
    }

    @Test(":as-of shows the period, or changes it and recomputes projections")
    func asOf() {
        let result = transcript([
            "let spend = $7M/yr", "project spend growth 4x by Q4 2026", ":as-of", ":as-of Q3 2026", "spend",
        ])
        #expect(result.output.contains("as of Apr 2026\nas of Q3 2026\n  spend = Q2 2026: $7M/yr"))
        #expect(
            result.output.hasSuffix(
                "period   value    change\nQ3 2026  $7M/yr           ██████\nQ4 2026  $28M/yr  +300%   ████████████████████████\n"
            ))
        let typo = transcript([":as-of Q5 2026"])
        #expect(typo.errors.contains("error: unknown period 'Q5"))
    }

    @Test("an 'as of' statement recomputes what was defined before it")
    func asOfStatement() {
        let result = transcript(["let spend = $7M/yr", "project spend growth 4x by Q4 2026", "as of Q3 2026"])
        #expect(result.output.contains("as of Q3 2026\n  spend = "))
    }

    @Test(":load then :save gives a notebook with the same headings, prose, asserts and report")
    func saveKeepsTheNotebookWhole() throws {
        let directory = try Fixtures.scratchDirectory("save-whole")
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try Fixtures.text("Notebooks/anthropic_revenue_and_margins.tnb")
        let source = directory.appendingPathComponent("a.tnb").path
        try original.write(toFile: source, atomically: true, encoding: .utf8)
        let copy = directory.appendingPathComponent("b.tnb").path
        _ = transcript([":load \(source)", ":save \(copy)"])
        let saved = try String(contentsOfFile: copy, encoding: .utf8)
        func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }
        // The same lines in the same order; only blank lines may differ.
        #expect(lines(saved) == lines(original))
    }

    @Test(":load then :save keeps a notebook's scenarios", arguments: ["token_spend_vs_payroll", "memory_crunch"])
    func saveKeepsScenarios(_ name: String) throws {
        let directory = try Fixtures.scratchDirectory("save-scenarios")
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = try Fixtures.text("Notebooks/\(name).tnb")
        let source = directory.appendingPathComponent("a.tnb").path
        try original.write(toFile: source, atomically: true, encoding: .utf8)
        let copy = directory.appendingPathComponent("b.tnb").path
        _ = transcript([":load \(source)", ":save \(copy)"])
        let saved = try String(contentsOfFile: copy, encoding: .utf8)
        func scenarios(_ text: String) -> [String] {
            text.split(separator: "\n").map(String.init).filter { $0.hasPrefix("scenario ") }
        }
        #expect(!scenarios(original).isEmpty)
        #expect(scenarios(saved) == scenarios(original))
    }

    @Test(":save writes definitions in dependency order; :load brings them back")
    func saveAndLoad() throws {
        let directory = try Fixtures.scratchDirectory("save")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("session.tnb").path
        let saved = transcript([
            "let spend = $7M/yr", "unit seat", "let payroll = $20M/yr", "let share = spend / payroll as %",
            "let spend = payroll / 4", "let f(a) = a * 2", "let broken = 1/0", "project payroll growth 2x by Q4 2026",
            ":save \(path)",
        ])
        #expect(saved.output.hasSuffix("saved 5 definitions to '\(path)'\n"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            text == """
                // Definitions saved from the tnb REPL.
                let payroll = $20M/yr
                project payroll growth 2x by Q4 2026
                let spend = payroll / 4
                unit seat
                let share = spend / payroll as %
                let f(a) = a * 2
                // failed: let broken = 1/0

                """)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["session.tnb"])
        let loaded = transcript([":load \(path)", "share", "f($5)"])
        #expect(loaded.output.hasPrefix("loaded 5 definitions from '\(path)'\n"))
        #expect(loaded.output.hasSuffix("$10\n"))
        #expect(loaded.errors == "")
    }

    @Test(":load orders a notebook's definitions and reports its errors with the file's lines")
    func loadErrors() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-load-\(UUID().uuidString).tnb")
            .path
        try "let total = a + b\nlet a = 1\nlet b = c\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = transcript([":load \(path)", "a"])
        #expect(result.output == "loaded 1 definition from '\(path)'\n1\n")
        #expect(result.errors.contains("\(path):3:9: error: unknown name 'c' [unknown-name]"))
        let missing = transcript([":load /nonexistent/x.tnb"])
        #expect(
            missing.errors.contains(
                "error: cannot read '/nonexistent/x.tnb': no such file or directory [cannot-read-file]"))
    }

    @Test(":save reports a file it cannot write")
    func saveError() {
        let result = transcript([":save /nonexistent/dir/x.tnb"])
        #expect(
            result.errors.contains(
                "cannot write '/nonexistent/dir/x.tnb': no such file or directory [cannot-write-file]"))
    }

    @Test("piped input: no banner, errors name the line, a summary, a failed end")
    func piped() {
        let result = transcript(["let x = 2", "", "x * nosuch", ":nope", "x"], mode: .piped)
        #expect(result.output == "x = 2\n2\n")
        #expect(result.status == .failedInput)
        let expected = """
            <stdin>:3:5: error: unknown name 'nosuch' [unknown-name]
             3 | x * nosuch
               |     ^~~~~~
            <stdin>:4:1: error: unknown command ':nope' [unknown-command]
             4 | :nope
               | ^~~~~
               = note: type ':help' for the list of commands
            tnb: 2 errors in standard input
            line 3: unknown name 'nosuch' [unknown-name]
            line 4: unknown command ':nope' [unknown-command]

            """
        #expect(result.errors == expected)
    }

    @Test("piped input counts lines through multi-line statements")
    func pipedLineNumbers() {
        let result = transcript(["let a = (1 +", "2)", "let b = (a +", "nosuch)"], mode: .piped)
        #expect(result.errors.hasPrefix("<stdin>:4:1: error: unknown name 'nosuch' [unknown-name]\n 4 | nosuch)\n"))
        #expect(result.repl.failures.map(\.line) == [4])
    }

    @Test("piped input that ends inside a statement reports it")
    func pipedUnfinished() {
        let result = transcript(["1 +"], mode: .piped)
        #expect(result.errors.hasPrefix("<stdin>:1:4: error: unfinished input"))
        #expect(result.status == .failedInput)
    }
}
