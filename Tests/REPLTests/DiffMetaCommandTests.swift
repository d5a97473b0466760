import Foundation
import REPL
import Testing

/// `:diff`: what changed since the last `:load` or `:save`.
@Suite("The :diff command")
struct DiffMetaCommandTests {
    @Test("after :save, a redefinition shows the value and what changed because of it")
    func sinceSave() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-diff-\(UUID().uuidString).tnb")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = transcript(["let a = 5", "let b = a * 2", "let c = 3", ":save \(path)", "let a = 6", ":diff"])
        let shown = result.output.components(separatedBy: "\n:diff").last ?? result.output
        #expect(result.output.contains("since the last :load or :save: 2 values changed"))
        #expect(result.output.contains("Changed: the definition of 'a': let a = 5 → let a = 6\n  a: 5 → 6 (+20%)"))
        #expect(result.output.contains("Because 'a' changed:\n  b: 10 → 12 (+20%)"))
        #expect(!shown.contains("  c:"))
    }

    @Test("before any :load or :save it compares with the empty session; unchanged says so")
    func sinceStart() {
        let fresh = transcript(["let a = 5", ":diff"])
        #expect(fresh.output.contains("since the session started: 1 value changed"))
        #expect(fresh.output.contains("Changed: 'a' is new: let a = 5\n  a: (none) → 5"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-diff-\(UUID().uuidString).tnb")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let same = transcript(["let a = 5", ":save \(path)", ":diff"])
        #expect(same.output.hasSuffix("since the last :load or :save: no values changed\n"))
    }

    @Test(":diff is in :help")
    func help() {
        #expect(transcript([":help diff"]).output.contains(":diff: which values changed since the last :load or :save"))
    }
}
