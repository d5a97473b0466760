import Dataset
import Evaluation
import Foundation
import Presentation
import TestSupport
import Testing

@Suite("The built-in dataset")
struct DatasetTests {
    @Test("the data text parses into at least 35 figures with unique ids")
    func parses() {
        let parsed = Dataset.parse(Dataset.sourceText)
        #expect(parsed.problems.isEmpty)
        #expect(Dataset.figures.count >= 35)
        #expect(Set(Dataset.figures.map(\.id)).count == Dataset.figures.count)
    }

    @Test("ids are dotted lowercase words, and labels and quotes are short and non-empty")
    func idsAndLabels() {
        for figure in Dataset.figures {
            #expect(figure.id.wholeMatch(of: /[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*/) != nil, "\(figure.id): malformed id")
            #expect(!figure.label.isEmpty && figure.label.count <= 100, "\(figure.id): label")
            #expect(!figure.quote.isEmpty && figure.quote.count <= 160, "\(figure.id): quote")
        }
    }

    @Test("every value parses in the language as a number with a unit")
    func valuesParse() {
        for figure in Dataset.figures {
            if case .failure(let problem) = FigureValues.parse(figure) {
                Issue.record("\(figure.id): \(problem)")
            }
        }
    }

    @Test("topics come from the known list, and every listed topic is used")
    func topics() {
        for figure in Dataset.figures {
            #expect(!figure.topics.isEmpty, "\(figure.id): no topics")
            for topic in figure.topics {
                #expect(Dataset.topics.contains(topic), "\(figure.id): unknown topic '\(topic)'")
            }
        }
        let used = Set(Dataset.figures.flatMap(\.topics))
        #expect(Set(Dataset.topics) == used)
    }

    @Test("speakers and sources are known, and readers' figures come from the article")
    func speakersAndSources() {
        for figure in Dataset.figures {
            #expect(Dataset.speakers.contains(figure.speaker), "\(figure.id): unknown speaker '\(figure.speaker)'")
            #expect(Dataset.documents[figure.source] != nil, "\(figure.id): unknown source '\(figure.source)'")
            if figure.speaker != "Dylan Patel" { #expect(figure.source == "article", "\(figure.id)") }
        }
    }

    @Test("periods are spelled as years, quarters, months or 'end of YEAR'")
    func periods() {
        for figure in Dataset.figures {
            guard let period = figure.period else { continue }
            #expect(PeriodOrder.interval(of: period) != nil, "\(figure.id): period '\(period)' does not parse")
        }
        #expect(PeriodOrder.interval(of: "Q1 2026") == PeriodOrder.Interval(start: 2026 * 12, end: 2026 * 12 + 2))
        #expect(
            PeriodOrder.interval(of: "end of 2025") == PeriodOrder.Interval(start: 2025 * 12 + 11, end: 2025 * 12 + 11))
        let year = PeriodOrder.interval(of: "2026")
        let quarter = PeriodOrder.interval(of: "Q1 2026")
        let month = PeriodOrder.interval(of: "Jan 2026")
        if let year, let quarter, let month {
            #expect(year < quarter && quarter < month, "longer first, as Period orders")
        }
        for bad in ["Fall 2026", "Q5 2026", "Apri 2026", "26", "end 2026", ""] {
            #expect(PeriodOrder.interval(of: bad) == nil, "\(bad)")
        }
    }

    @Test("timestamps are well-formed HH:MM:SS within the interview")
    func timestampsWellFormed() {
        for figure in Dataset.figures {
            guard let stamp = figure.timestamp else { continue }
            let match = stamp.wholeMatch(of: /(\d\d):([0-5]\d):([0-5]\d)/)
            #expect(match != nil, "\(figure.id): timestamp '\(stamp)'")
            #expect(stamp < "01:00:00", "\(figure.id): the interview is under an hour")
        }
    }

    @Test("every quote is verbatim in its source, and the timestamp is the one the source gives right after it")
    func quotesAreVerbatim() throws {
        for figure in Dataset.figures {
            let file = try #require(Dataset.documents[figure.source], "\(figure.id): unknown source")
            let text = try Fixtures.text("Tests/Fixtures/seeds/\(file)")
            let line = text.split(separator: "\n").first { $0.contains(figure.quote) }
            guard let line, let range = line.range(of: figure.quote) else {
                Issue.record("\(figure.id): quote not found verbatim")
                continue
            }
            let after = line[range.upperBound...]
            let stamp = after.firstMatch(of: /\[(\d\d:\d\d:\d\d)\]/).map { String($0.1) }
            #expect(figure.timestamp == stamp, "\(figure.id): the source gives \(stamp ?? "no timestamp")")
        }
    }

    @Test("the seed fixtures are copies of the shared seeds when those are present")
    func seedsMatch() throws {
        for file in Dataset.documents.values {
            let shared = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/seeds/\(file)")
            guard let original = try? String(contentsOf: shared, encoding: .utf8) else { continue }
            #expect(try Fixtures.text("Tests/Fixtures/seeds/\(file)") == original)
        }
    }

    @Test("the article's claims are rows of their own, not reconciled with the summary's")
    func disagreementsKept() {
        var session = Session()
        let result = session.run(
            "anthropic.arr_growth_claim\narticle.anthropic_arr_now / article.anthropic_arr_start\n"
                + "anthropic.arr_target / anthropic.arr_start\nsemianalysis.spend_2023\narticle.semianalysis_spend_last_year"
        )
        let shown = result.results.compactMap { statement -> String? in
            if case .value(let value) = statement.outcome { return ValueFormatter().display(value) }
            return nil
        }
        #expect(shown == ["10x", "3.89 to 5", "3.89 to 5", "$10,000 to $99,000", "$10,000 to $99,000"])
        #expect(Dataset.figure("semianalysis.spend_2023")?.period == "2023")
        #expect(Dataset.figure("article.semianalysis_spend_last_year")?.period == "2025")
    }

    @Test("docs/dataset.md lists every id with its label")
    func documented() throws {
        let doc = try Fixtures.text("docs/dataset.md")
        for figure in Dataset.figures {
            #expect(doc.contains("`\(figure.id)` | \(figure.label)"), "\(figure.id) is not in docs/dataset.md")
        }
    }
}
