import Diagnostics
import Evaluation
import Foundation
import Presentation
import TestSupport
import Testing

/// Runs every line of Tests/Fixtures/malformed.txt in a fresh Session: each must give at least
/// one error with a span inside its line, render without trapping, and leave the session usable.
@Suite("Malformed input corpus")
struct MalformedCorpusTests {
    static func lines() throws -> [String] {
        try Fixtures.text("Tests/Fixtures/malformed.txt").split(separator: "\n", omittingEmptySubsequences: true).map(
            String.init)
    }

    @Test("the corpus has at least 600 malformed one-liners")
    func size() throws {
        #expect(try MalformedCorpusTests.lines().count >= 600)
    }

    /// `ID<TAB>COLUMN` of the first diagnostic of each line of malformed.txt, in order.
    static let expectedPath = "Tests/Fixtures/malformed.expected"

    @Test("each line gives the diagnostic id and column recorded in malformed.expected")
    func expectedDiagnostics() throws {
        var actual: [String] = []
        for line in try MalformedCorpusTests.lines() {
            var session = Session()
            let result = session.run(line, name: "<malformed>")
            guard let first = result.diagnostics.first else {
                actual.append("none")
                continue
            }
            let rendered = DiagnosticRenderer().render(first, sources: session.sources)
            // `<malformed>:1:COLUMN: error: ...`
            let column = rendered.split(separator: ":", maxSplits: 3).dropFirst(2).first.map(String.init) ?? "?"
            actual.append("\(first.id)\t\(column)")
        }
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try (actual.joined(separator: "\n") + "\n").write(
                to: Fixtures.path(MalformedCorpusTests.expectedPath), atomically: true, encoding: .utf8)
            return
        }
        let expected = try Fixtures.text(MalformedCorpusTests.expectedPath).split(separator: "\n").map(String.init)
        #expect(expected.count == actual.count, "malformed.expected has \(expected.count) lines for \(actual.count)")
        let lines = try MalformedCorpusTests.lines()
        for (index, (want, got)) in zip(expected, actual).enumerated() where want != got {
            Issue.record("malformed.txt:\(index + 1) '\(lines[index].prefix(50))': expected \(want), got \(got)")
        }
    }

    @Test("every malformed line gives an error at a valid position, and the session goes on")
    func everyLineFails() throws {
        let renderer = DiagnosticRenderer()
        for (index, line) in try MalformedCorpusTests.lines().enumerated() {
            let place = "malformed.txt:\(index + 1): \(String(line.prefix(60)))"
            var session = Session()
            let result = session.run(line, name: "<malformed>")
            #expect(result.hasErrors, "\(place) gave no error")
            let length = line.utf8.count
            for diagnostic in result.diagnostics {
                #expect(diagnostic.span.file == 0, "\(place): span in another file")
                #expect(
                    0 <= diagnostic.span.start && diagnostic.span.start <= diagnostic.span.end
                        && diagnostic.span.end <= length,
                    "\(place): span \(diagnostic.span.start)..<\(diagnostic.span.end) outside the line of \(length) bytes"
                )
                #expect(!diagnostic.id.isEmpty && !diagnostic.message.isEmpty, "\(place): empty id or message")
                let rendered = renderer.render(diagnostic, sources: session.sources)
                #expect(rendered.hasPrefix("<malformed>:1:"), "\(place): rendered as \(rendered.prefix(40))")
            }
            let after = session.run("1 + 1")
            #expect(!after.hasErrors, "\(place): the session broke")
        }
    }
}
