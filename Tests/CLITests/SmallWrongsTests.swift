import Foundation
import TestSupport
import Testing

/// The smaller wrongs of the adversarial run: each a clean answer or a positioned error.
@Suite("Small wrongs")
struct SmallWrongsTests {
    @Test("a definition that uses itself is one error, with no change line on standard output")
    func selfReference() throws {
        for line in ["let a = a + 1", "let total = 2 * total"] {
            let result = try TNBProcess.run([], stdin: line + "\n")
            #expect(result.stdout == "", "\(line)")
            #expect(result.stderr.contains("[unknown-name]"), "\(line)")
        }
    }

    @Test("a function with a parameter named twice is refused at the second")
    func duplicateParameter() throws {
        let result = try TNBProcess.run(["eval", "let f(x, y, x) = x + y"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("<input>:1:13: error: 'x' is defined twice [duplicate-definition]"))
    }

    @Test("a unit whose name or plural is taken is refused in either order")
    func unitPlurals() throws {
        for text in ["unit widgets; unit widget", "unit widget; unit widgets", "unit box; unit boxes"] {
            let result = try TNBProcess.run(["eval", text])
            #expect(result.status == 65, "\(text)")
            #expect(result.stderr.contains("[unit-already-defined]"), "\(text)")
        }
    }

    @Test("a failed assert in piped input is named with its position and id")
    func pipedAssert() throws {
        let result = try TNBProcess.run([], stdin: "let a = 5\nassert a > 7\n")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("<stdin>:2:8: error: assertion failed: 'a > 7' is false [assertion-failed]"))
        #expect(result.stderr.contains("line 2: assertion failed: 'a > 7' is false [assertion-failed]"))
    }

    @Test("'end of' always reads a period: a wrong year is an unknown period, not an unknown name")
    func endOf() throws {
        for year in ["99999", "26", "x"] {
            let result = try TNBProcess.run(["eval", "end of \(year)"])
            #expect(result.stderr.contains("[unknown-period]"), "\(year)")
        }
    }

    @Test("headings and prose start in column 1; indented, '>' and '#' are not prose or a heading")
    func columnOne() throws {
        let directory = try Fixtures.scratchDirectory("col")
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# T\n  > x\n".write(to: directory.appendingPathComponent("p.tnb"), atomically: true, encoding: .utf8)
        try "# T\n\t# y\n".write(to: directory.appendingPathComponent("h.tnb"), atomically: true, encoding: .utf8)
        let prose = try TNBProcess.run(["check", "p.tnb"], directory: directory)
        #expect(prose.status == 65)
        #expect(prose.stderr.hasPrefix("p.tnb:2:3: error:"))
        let heading = try TNBProcess.run(["check", "h.tnb"], directory: directory)
        #expect(heading.status == 65)
        #expect(heading.stderr.hasPrefix("h.tnb:2:2: error:"))
    }

    @Test("run --format json on a broken notebook gives its errors as JSON on standard output")
    func jsonErrors() throws {
        let directory = try Fixtures.scratchDirectory("je")
        defer { try? FileManager.default.removeItem(at: directory) }
        try "let a = nosuch\n".write(to: directory.appendingPathComponent("b.tnb"), atomically: true, encoding: .utf8)
        let result = try TNBProcess.run(["run", "b.tnb", "--format", "json"], directory: directory)
        #expect(result.status == 65)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["status"] as? String == "error")
        let errors = object?["errors"] as? [[String: Any]]
        #expect(errors?.first?["id"] as? String == "unknown-name")
        #expect(errors?.first?["line"] as? Int == 1)
    }
}

@Suite("Piped continuation")
struct PipedContinuationTests {
    @Test("a statement of 10,000 lines inside one bracket is read once it closes")
    func longBracket() throws {
        let input = "max(\n" + (0..<10_000).map { "\($0),\n" }.joined() + "1)\n2 + 2\n"
        let result = try TNBProcess.run([], stdin: input)
        #expect(result.stdout == "9,999\n4\n")
        #expect(result.status == 0)
    }

    @Test("a mistake inside open brackets is reported at its line once the statement ends")
    func mistakeInside() throws {
        let result = try TNBProcess.run([], stdin: "max(1,\n2 +* 3,\n4)\n5\n")
        #expect(result.stdout == "5\n")
        #expect(result.stderr.hasPrefix("<stdin>:2:"))
        let unclosed = try TNBProcess.run([], stdin: "max(1,\n2\n")
        #expect(unclosed.stderr.contains("[unfinished-input]"))
    }
}

@Suite("Settings given twice")
struct SetTwiceTests {
    @Test("two --set of one param are a usage error, not the last one silently")
    func twice() throws {
        let result = try TNBProcess.run(
            [
                "check", "Notebooks/token_spend_vs_payroll.tnb", "--set", "monthly_growth=10%", "--set",
                "monthly_growth=20%",
            ])
        #expect(result.status == 64)
        #expect(result.stderr == "error: --set 'monthly_growth' is given twice; give each param once\n")
    }
}

@Suite("--set keeps the kind of its default")
struct SetKindTests {
    @Test("a percentage or multiplier param refuses a bare number, with the spelling it wants")
    func kinds() throws {
        let notebook = "Notebooks/token_spend_vs_payroll.tnb"
        let share = try TNBProcess.run(["check", notebook, "--set", "monthly_growth=0.15"])
        #expect(share.status == 64)
        #expect(share.stderr.contains("(a plain number): its default '15%' is a percentage"))
        #expect(share.stderr.contains("= note: write 15%"))
        let thirty = try TNBProcess.run(["check", notebook, "--set", "monthly_growth=30"])
        #expect(thirty.stderr.contains("write 3,000% for 30 as a share, or 30% for 30 percent"))
        #expect(try TNBProcess.run(["check", notebook, "--set", "monthly_growth=20%"]).status == 0)
        let directory = try Fixtures.scratchDirectory("kind")
        defer { try? FileManager.default.removeItem(at: directory) }
        try "param growth = 4x\nlet next = $1M * growth\n".write(
            to: directory.appendingPathComponent("m.tnb"), atomically: true, encoding: .utf8)
        let factor = try TNBProcess.run(["check", "m.tnb", "--set", "growth=4"], directory: directory)
        #expect(factor.status == 64)
        #expect(factor.stderr.contains("= note: write 4x"))
    }

    @Test("a projection's growth refuses a plain number, written or computed")
    func plainGrowth() throws {
        for growth in ["0.15", "10% * 2", "2"] {
            let result = try TNBProcess.run(["eval", "let s = $1M/yr; project s growth \(growth) per month by Q4"])
            #expect(result.status == 65, "\(growth)")
            #expect(result.stderr.contains("[invalid-growth]"), "\(growth)")
        }
    }
}

@Suite("--as-of in every report")
struct AsOfReportTests {
    @Test("a notebook without an 'as of' line run with --as-of says so in text, Markdown and JSON")
    func shown() throws {
        let directory = try Fixtures.scratchDirectory("asof-report")
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# T\nlet a = 1\n".write(to: directory.appendingPathComponent("t.tnb"), atomically: true, encoding: .utf8)
        let text = try TNBProcess.run(["run", "t.tnb", "--as-of", "Q3 2026"], directory: directory)
        #expect(text.stdout.contains("t.tnb: 0 dataset figures, as of Q3 2026 (set)\n"))
        let markdown = try TNBProcess.run(
            ["run", "t.tnb", "--as-of", "Q3 2026", "--format", "markdown"], directory: directory)
        #expect(markdown.stdout.contains("as of Q3 2026 (set)*"))
        let json = try TNBProcess.run(["run", "t.tnb", "--as-of", "Q3 2026", "--format", "json"], directory: directory)
        #expect(json.stdout.contains("\"as_of\": \"Q3 2026\","))
        let plain = try TNBProcess.run(["run", "t.tnb"], directory: directory)
        #expect(!plain.stdout.contains("as of"))
    }
}
