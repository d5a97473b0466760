import Dataset
import Evaluation
import Foundation
import Testing
import TestSupport

@Suite("The built-in dataset")
struct DatasetTests {
    @Test("the data text parses into at least 35 figures with unique ids")
    func parses() {
        let parsed = Dataset.parse(Dataset.sourceText)
        #expect(parsed.problems.isEmpty)
        #expect(Dataset.figures.count >= 35)
        #expect(Set(Dataset.figures.map(\.id)).count == Dataset.figures.count)
    }

    @Test("every value parses in the language")
    func valuesParse() {
        for figure in Dataset.figures {
            if case .failure(let problem) = FigureValues.parse(figure) {
                Issue.record("\(figure.id): \(problem)")
            }
        }
    }

    @Test("every quote is found verbatim in its source document, with its timestamp where it shows one")
    func quotesAreVerbatim() throws {
        for figure in Dataset.figures {
            let file = try #require(Dataset.documents[figure.source], "\(figure.id): unknown source")
            let text = try Fixtures.text("Tests/Fixtures/seeds/\(file)")
            let line = text.split(separator: "\n").first { $0.contains(figure.quote) }
            #expect(line != nil, "\(figure.id): quote not found verbatim")
            if let line, let stamp = line.firstMatch(of: /\[(\d\d:\d\d:\d\d)\]/) {
                #expect(figure.timestamp != nil, "\(figure.id): the source shows \(stamp.1) but the figure has none")
            }
        }
    }
}
