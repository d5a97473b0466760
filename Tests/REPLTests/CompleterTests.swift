import Foundation
import REPL
import Testing

@Suite("Completion")
struct CompleterTests {
    let completer = Completer(
        values: ["payroll", "pay_rise", "spend"], functions: ["cagr", "sqrt"],
        units: ["people", "person", "year", "years"],
        figureIDs: [
            "anthropic.arr_start", "anthropic.arr_target", "anthropic.gross_margin_now", "semianalysis.payroll",
            "a.b.c",
        ])

    func candidates(_ line: String) -> [String] { completer.complete(line).candidates }

    @Test("names defined in the session")
    func sessionNames() {
        #expect(candidates("let x = pay") == ["pay_rise", "payroll"])
        #expect(candidates("spe") == ["spend"])
    }

    @Test("figure ids one segment at a time")
    func figureSegments() {
        #expect(candidates("anth") == ["anthropic."])
        #expect(
            candidates("anthropic.") == ["anthropic.arr_start", "anthropic.arr_target", "anthropic.gross_margin_now"])
        #expect(candidates("1 + anthropic.arr_s") == ["anthropic.arr_start"])
        #expect(candidates("a.") == ["a.b."])
        #expect(completer.complete("anth").appendsSpace == false)
        #expect(completer.complete("anthropic.arr_s").appendsSpace == true)
    }

    @Test("units, keywords and functions")
    func unitsKeywordsFunctions() {
        #expect(candidates("5 peo") == ["people"])
        #expect(candidates("$25M/ye") == ["year", "years"])
        #expect(candidates("spend a") == ["a.", "and", "anthropic.", "as", "assert", "at"])
        #expect(candidates("sq") == ["sqrt("])
        #expect(completer.complete("sq").appendsSpace == false)
    }

    @Test("the projection keywords complete: growth, from, monthly, quarterly, yearly")
    func projectionKeywords() {
        #expect(candidates("project spend gro") == ["growth"])
        #expect(candidates("project spend fr") == ["from"])
        #expect(candidates("project spend growth 2x by Q4 mon").contains("monthly"))
        #expect(candidates("project spend growth 2x by Q4 quart").contains("quarterly"))
        #expect(candidates("project spend growth 2x by 2030 year").contains("yearly"))
    }

    @Test("words end at operators but not at dots")
    func wordBreaks() {
        #expect(completer.complete("(payroll+spe").word == "spe")
        #expect(completer.complete("x*anthropic.ar").word == "anthropic.ar")
        #expect(completer.complete("> share is {pay").word == "pay")
    }

    @Test("meta commands at the start of a line")
    func commands() {
        #expect(
            candidates(":") == [
                ":as-of", ":diff", ":figures", ":help", ":load", ":quit", ":reset", ":save", ":vars", ":why",
            ])
        #expect(candidates(":l") == [":load"])
        #expect(candidates("  :re") == [":reset"])
        #expect(candidates(":help w") == ["why"])
        #expect(candidates(":why pay") == ["pay_rise", "payroll"])
        #expect(candidates(":why semi") == ["semianalysis."])
        #expect(candidates(":vars x") == [])
    }

    @Test("notebooks and directories after :load and :save")
    func paths() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tnb-completion-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("notes"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["spend.tnb", "spend-old.tnb", "readme.md", ".hidden.tnb"] {
            try Data().write(to: directory.appendingPathComponent(name))
        }
        let base = directory.path + "/"
        #expect(candidates(":load " + base) == [base + "notes/", base + "spend-old.tnb", base + "spend.tnb"])
        #expect(candidates(":load " + base + "sp") == [base + "spend-old.tnb", base + "spend.tnb"])
        #expect(candidates(":save " + base + "n") == [base + "notes/"])
        #expect(candidates(":load " + base + ".h") == [base + ".hidden.tnb"])
        #expect(completer.complete(":load " + base + "n").appendsSpace == false)
        let home = Completer(home: directory.path)
        #expect(home.complete(":load ~/spend.").candidates == ["~/spend.tnb"])
    }

    @Test("file names keep their slashes and dots as one word")
    func fileNameBreaks() {
        #expect(completer.complete(":load notes/q4-plan.t").word == "notes/q4-plan.t")
        #expect(Completer.breakCharacters(forLine: ":load x").contains("/") == false)
        #expect(Completer.breakCharacters(forLine: "x").contains("/"))
        #expect(Completer.breakCharacters(forLine: ":load").contains("/"))
    }
}
