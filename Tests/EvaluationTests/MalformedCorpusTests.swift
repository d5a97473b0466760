import Diagnostics
import Evaluation
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

    @Test("the corpus has at least 200 malformed one-liners")
    func size() throws {
        #expect(try MalformedCorpusTests.lines().count >= 200)
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
