import Testing
import TestSupport

@Suite("docs/dataset.md commands")
struct DatasetDocCommandsTests {
    @Test("every console example in docs/dataset.md prints what the doc says")
    func commands() throws {
        let doc = try Fixtures.text("docs/dataset.md")
        let blocks = DocExamples.blocks(doc, info: "console")
        #expect(blocks.count >= 2)
        for block in blocks {
            for (command, expected) in DocExamples.pairs(block.lines, prompt: "$ ") {
                let words = DocExamples.words(command)
                try #require(words.first == "tnb", "line \(block.line): \(command)")
                let result = try TNBProcess.run(Array(words.dropFirst()))
                #expect(result.stdout == expected.map { $0 + "\n" }.joined(), "docs/dataset.md line \(block.line): \(command)")
                #expect(result.status == 0)
            }
        }
    }
}
