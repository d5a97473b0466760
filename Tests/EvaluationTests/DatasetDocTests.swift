import Evaluation
import Testing
import TestSupport

@Suite("docs/dataset.md examples")
struct DatasetDocTests {
    @Test("every tnb example in docs/dataset.md shows what the doc says")
    func examples() throws {
        let doc = try Fixtures.text("docs/dataset.md")
        let blocks = DocExamples.blocks(doc, info: "tnb")
        #expect(blocks.count >= 3)
        for block in blocks {
            var session = Session()
            for (input, expected) in DocExamples.pairs(block.lines, prompt: "tnb> ") {
                let result = session.run(input)
                var shown: [String] = []
                for statement in result.results {
                    if case .value(let value) = statement.outcome {
                        shown += ValueFormatter().display(value).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                    }
                }
                shown += result.diagnostics.map { "error: \($0.message) [\($0.id)]" }
                #expect(shown == expected, "docs/dataset.md line \(block.line): \(input)")
            }
        }
    }
}
