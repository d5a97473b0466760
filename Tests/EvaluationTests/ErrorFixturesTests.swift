import Diagnostics
import Evaluation
import Foundation
import Presentation
import TestSupport
import Testing

/// Runs every Tests/Fixtures/errors/<id>.tnb through a Session and compares the rendered
/// diagnostics with <id>.expected. A fixture named `<id>--<variant>.tnb` is a second example of
/// the same id. A fixture whose first line is `// repl: ...` lets names be redefined, as the
/// REPL does. A fixture whose first line is `// tnb run: ARGS` gives its error only when run as
/// a notebook: Tests/CLITests/RunFixturesTests.swift runs it with `tnb run FILE ARGS` instead.
/// `RECORD_SNAPSHOTS=1 swift test --filter ErrorFixtures` rewrites the .expected files.
@Suite("Error fixtures")
struct ErrorFixturesTests {
    static let folder = "Tests/Fixtures/errors"

    /// Ids that no input can produce, and why.
    static let unreachable: [String: String] = [
        "input-too-large": "needs a source over 32 MiB; ParserTests build one in memory",
        "report-too-large":
            "needs a run of over 200,000 projected rows; Tests/CLITests/RobustnessCommandTests builds one",
        "too-many-definitions": "needs 2,000,000 definitions; SessionTests lower the limit",
        "malformed-number":
            "the lexer only hands digits, '.', 'e' and a sign to the number reader, which always reads them",
        "bad-figure":
            "only a dataset figure whose value tnb cannot read gives it; DatasetTests checks every figure reads",
        "depends-on-failed": "fails dependents quietly in notebooks; only the REPL reports it (Tests/REPLTests)",
        "unknown-command": "a REPL meta command error; Tests/REPLTests cover it",
        "missing-argument": "a REPL meta command error; Tests/REPLTests cover it",
        "unexpected-argument": "a REPL meta command error; Tests/REPLTests cover it",
        "unknown-help-topic": "a REPL meta command error; Tests/REPLTests cover it",
        "cannot-read-file": "a REPL ':load' error; Tests/REPLTests cover it",
        "cannot-write-file": "a REPL ':save' error; Tests/REPLTests cover it",
        "history-not-saved": "a REPL warning about its history file",
    ]

    /// Fixtures whose first line starts with this run through `tnb run`.
    static let runMarker = "// tnb run:"

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder).path)) ?? []
        return files.filter { $0.hasSuffix(".tnb") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static func id(of name: String) -> String {
        name.components(separatedBy: "--")[0]
    }

    /// The compiler-style rendering of running a fixture, as `tnb` would print it.
    static func render(_ name: String) throws -> (text: String, ids: [String]) {
        let relative = "\(folder)/\(name).tnb"
        let text = try Fixtures.text(relative)
        if text.hasPrefix(runMarker) { return ("", [id(of: name)]) }
        var session = Session(options: SessionOptions(allowRedefinition: text.hasPrefix("// repl:")))
        let result = session.run(text, name: relative)
        return (DiagnosticRenderer().render(result.diagnostics, sources: session.sources), result.diagnostics.map(\.id))
    }

    @Test("every fixture gives its diagnostic, rendered exactly as expected", arguments: names)
    func fixture(_ name: String) throws {
        let (rendered, ids) = try ErrorFixturesTests.render(name)
        if try Fixtures.text("\(ErrorFixturesTests.folder)/\(name).tnb").hasPrefix(ErrorFixturesTests.runMarker) {
            return
        }
        #expect(
            ids.first == ErrorFixturesTests.id(of: name),
            "\(name).tnb should fail with '\(ErrorFixturesTests.id(of: name))', gave \(ids)")
        let expectedPath = "\(ErrorFixturesTests.folder)/\(name).expected"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try rendered.write(to: Fixtures.path(expectedPath), atomically: true, encoding: .utf8)
            return
        }
        let expected = try Fixtures.text(expectedPath)
        #expect(rendered == expected, "\(expectedPath) differs; actual:\n\(rendered)")
    }

    @Test("every diagnostic id has a fixture, unless no input can produce it")
    func everyIDHasAFixture() throws {
        let covered = Set(ErrorFixturesTests.names.map(ErrorFixturesTests.id(of:)))
        for id in try DiagnosticsCatalogueTests.allIDs().sorted() where ErrorFixturesTests.unreachable[id] == nil {
            #expect(covered.contains(id), "no fixture \(ErrorFixturesTests.folder)/\(id).tnb")
        }
        for id in ErrorFixturesTests.unreachable.keys {
            #expect(!covered.contains(id), "'\(id)' has a fixture, so it is reachable: remove it from `unreachable`")
        }
    }
}
