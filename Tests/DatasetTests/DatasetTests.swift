import Dataset
import Evaluation
import Foundation
import Presentation
import TestSupport
import Testing
import Units

@Suite("The built-in dataset")
struct DatasetTests {
    @Test("the data text parses into at least 100 figures with unique ids, and the disagreements parse")
    func parses() {
        let parsed = Dataset.parse(Dataset.sourceText)
        #expect(parsed.problems.isEmpty, "\(parsed.problems)")
        #expect(Dataset.figures.count >= 100)
        #expect(Set(Dataset.figures.map(\.id)).count == Dataset.figures.count)
        let disagreements = Dataset.parseDisagreements(Dataset.disagreementText)
        #expect(disagreements.problems.isEmpty, "\(disagreements.problems)")
        #expect(Set(Dataset.disagreements.map(\.id)).count == Dataset.disagreements.count)
    }

    @Test("a malformed block is a problem that names its line, and unknown basis or form words are refused")
    func malformedBlocks() {
        let good = Dataset.sourceText.split(separator: "\n\n").first.map(String.init) ?? ""
        #expect(Dataset.parse(good).problems.isEmpty)
        let missing = good.replacing(/\n *basis: stated/, with: "")
        #expect(Dataset.parse(missing).problems.first?.hasPrefix("line 1: fields are") == true)
        let badBasis = good.replacing("basis: stated", with: "basis: guessed")
        #expect(Dataset.parse(badBasis).problems == ["line 1: unknown basis 'guessed'"])
        #expect(Dataset.parse(badBasis).figures.isEmpty)
    }

    @Test("every qualifier comes from the vocabulary, with at most one bound per figure")
    func qualifiers() {
        for figure in Dataset.figures {
            for word in figure.qualifiers {
                #expect(Qualifier.named(word) != nil, "\(figure.id): qualifier '\(word)' is not in the vocabulary")
            }
            let bounds = figure.qualifiers.compactMap(Qualifier.named).filter { $0.meaning != .modal }
            #expect(bounds.count <= 1, "\(figure.id): more than one bound qualifier")
        }
        let used = Set(Dataset.figures.flatMap(\.qualifiers))
        for qualifier in Qualifier.vocabulary {
            #expect(used.contains(qualifier.name), "'\(qualifier.name)' is in the vocabulary but no figure uses it")
        }
    }

    @Test("a reading names how an interpreted or derived value was read; a stated value has none")
    func bases() {
        for figure in Dataset.figures {
            switch figure.basis {
            case .stated: #expect(figure.reading == nil, "\(figure.id): a stated value with a reading")
            case .interpreted, .derived:
                #expect(figure.reading?.isEmpty == false, "\(figure.id): \(figure.basis) without a reading")
                if figure.basis == .interpreted, let reading = figure.reading {
                    #expect(reading.contains("\""), "\(figure.id): a reading quotes the words it reads")
                }
            }
        }
        #expect(Dataset.figures.contains { $0.basis == .interpreted })
        #expect(Dataset.figures.contains { $0.basis == .derived })
    }

    @Test("every period is stated or inferred with a reason, and there is no basis without a period")
    func periodBases() {
        for figure in Dataset.figures {
            if figure.period == nil {
                #expect(figure.periodBasis == nil && figure.periodReason == nil, "\(figure.id): no period, but a basis")
            } else {
                #expect(figure.periodBasis != nil, "\(figure.id): a period without period_basis")
                #expect(
                    (figure.periodBasis == .inferred) == (figure.periodReason != nil),
                    "\(figure.id): an inferred period needs a reason, a stated one has none")
            }
        }
    }

    @Test("speakers and authors are known; the summary is written by its AI, the article by Brian Wang or a reader")
    func attribution() {
        for figure in Dataset.figures {
            #expect(Dataset.speakers.contains(figure.speaker), "\(figure.id): unknown speaker '\(figure.speaker)'")
            #expect(Dataset.authors.contains(figure.author), "\(figure.id): unknown author '\(figure.author)'")
            #expect(Dataset.documents[figure.source] != nil, "\(figure.id): unknown source '\(figure.source)'")
            if figure.author != "reader" {
                #expect(Dataset.documentAuthors[figure.source] == figure.author, "\(figure.id): author")
            }
            #expect((figure.speaker == "reader") == (figure.author == "reader"), "\(figure.id): a reader's own claim")
            if figure.speaker == "reader" { #expect(figure.source == "article", "\(figure.id)") }
            if figure.source == "article" {
                #expect(figure.timestamp == nil, "\(figure.id): the article has no timestamps")
            }
        }
        #expect(Dataset.figures.contains { $0.source == "article" && $0.speaker == "Dylan Patel" })
    }

    @Test("a quote is a pull quote in Patel's words, own words are the author's claim, the rest paraphrase")
    func forms() throws {
        let summary = try Fixtures.text("Tests/Fixtures/seeds/000_dbaf91ccaa4d2513.txt")
        for figure in Dataset.figures {
            let line = (figure.source == "summary" ? summary : "").split(separator: "\n").first {
                $0.contains(figure.quote)
            }
            let isPullQuote = line.map { $0.hasPrefix("\"") && $0.contains("\" - Dylan Patel [") } ?? false
            #expect((figure.form == .quote) == isPullQuote, "\(figure.id): form \(figure.form)")
            if !isPullQuote {
                #expect(
                    (figure.form == .ownWords) == (figure.speaker == figure.author), "\(figure.id): form \(figure.form)"
                )
            }
            if figure.form == .quote { #expect(figure.speaker == "Dylan Patel", "\(figure.id)") }
        }
        #expect(Dataset.figures.contains { $0.form == .quote })
    }

    @Test("every disagreement names two or more figures that exist, with a known kind")
    func disagreements() {
        #expect(Dataset.disagreements.count >= 15)
        for disagreement in Dataset.disagreements {
            #expect(Disagreement.kinds[disagreement.kind] != nil, "\(disagreement.id): kind '\(disagreement.kind)'")
            #expect(Set(disagreement.rows).count >= 2, "\(disagreement.id): fewer than two rows")
            for row in disagreement.rows {
                #expect(Dataset.figure(row) != nil, "\(disagreement.id): no figure '\(row)'")
            }
            #expect(!disagreement.differs.isEmpty, "\(disagreement.id)")
        }
    }

    @Test("the dataset's digest is SHA-256 (as Python's hashlib computes it) and is pinned to its version")
    func digest() {
        // hashlib.sha256(text.encode()).hexdigest() for each text.
        let known = [
            "": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "abc": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq":
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            String(repeating: "a", count: 1000): "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3",
            "é—“x”\n": "7f9a1c7e251678d1d52476e1cccfe5eb4a4e0867a67de54e6424d10b38aa9546",
        ]
        for (text, digest) in known { #expect(Dataset.sha256(text) == digest, "\(text.prefix(20))") }
        #expect(Dataset.digest == Dataset.sha256(Dataset.sourceText + "\n" + Dataset.disagreementText))
        // When the data changes, bump Dataset.version and record its digest here: a report
        // names the version, so one version must always mean the same figures.
        let pinned = ["2": "5ce97a8754b0ee2543494d37e63107e1a1f6b41ccdedb68b62dbeec1872a531f"]
        #expect(pinned[Dataset.version] == Dataset.digest, "version \(Dataset.version) has digest \(Dataset.digest)")
    }

    @Test("ids are dotted lowercase words, and labels and quotes are short and non-empty")
    func idsAndLabels() {
        for figure in Dataset.figures {
            #expect(figure.id.wholeMatch(of: /[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*/) != nil, "\(figure.id): malformed id")
            #expect(!figure.label.isEmpty && figure.label.count <= 100, "\(figure.id): label")
            #expect(!figure.quote.isEmpty && figure.quote.count <= 160, "\(figure.id): quote")
        }
    }

    @Test("every value reads as a number with a unit, or as a date written as a period")
    func valuesParse() {
        for figure in Dataset.figures where FigureValues.date(of: figure) == nil {
            if case .failure(let problem) = FigureValues.parse(figure) {
                Issue.record("\(figure.id): \(problem)")
            }
        }
        let dates = Dataset.figures.filter { FigureValues.date(of: $0) != nil }.map(\.id)
        for id in ["memory.incremental_supply_year", "anthropic.mythos_available", "article.unrest_deadline"] {
            #expect(dates.contains(id), "\(id) is a date")
        }
        #expect(
            FigureValues.date(of: Dataset.figure("article.unrest_deadline")!)?.description == "Sep 2026 to Nov 2026")
        #expect(FigureValues.date(of: Dataset.figure("memory.incremental_supply_year")!)?.description == "2028")
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
        func months(_ text: String) -> [String]? {
            PeriodOrder.interval(of: text).map {
                [
                    Period(.month, containingMonth: $0.start).description,
                    Period(.month, containingMonth: $0.end).description,
                ]
            }
        }
        #expect(months("Fall 2026") == ["Sep 2026", "Nov 2026"])
        #expect(months("autumn 2026") == ["Sep 2026", "Nov 2026"])
        #expect(months("Winter 2026") == ["Dec 2026", "Feb 2027"])
        #expect(months("Spring 2027") == ["Mar 2027", "May 2027"])
        #expect(months("H1 2026") == ["Jan 2026", "Jun 2026"])
        #expect(months("H2 2026") == ["Jul 2026", "Dec 2026"])
        #expect(months("Oct 2026 to Oct 2027") == ["Oct 2026", "Oct 2027"])
        #expect(months("2027 to Q1 2028") == ["Jan 2027", "Mar 2028"])
        #expect(months("within 3 months of Apr 2026") == ["Apr 2026", "Jul 2026"])
        #expect(months("within 1 quarter of Apr 2026") == ["Apr 2026", "Jul 2026"])
        #expect(months("within 2 years of 2026") == ["Jan 2026", "Dec 2028"])
        for bad in [
            "Q5 2026", "Apri 2026", "26", "end 2026", "", "Fall", "H3 2026", "2027 to 2026",
            "within 3 weeks of Apr 2026",
            "within three months of Apr 2026", "within 0 months of 2026", "Apr 2026 to", "to 2026",
        ] {
            #expect(PeriodOrder.interval(of: bad) == nil, "\(bad)")
        }
        #expect(PeriodOrder.periods(of: PeriodOrder.interval(of: "2028")!).description == "2028")
        #expect(PeriodOrder.periods(of: PeriodOrder.interval(of: "Q2 2026")!).description == "Q2 2026")
        #expect(PeriodOrder.periods(of: PeriodOrder.interval(of: "Fall 2026")!).description == "Sep 2026 to Nov 2026")
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

    /// The tables docs/dataset.md shows between its `generated` markers, made from the data.
    static func generatedTables() -> [(name: String, text: String)] {
        func cell(_ text: String) -> String { text.replacing("|", with: "\\|") }
        var qualifiers = ["| qualifier | means | shown as |", "|---|---|---|"]
        for qualifier in Qualifier.vocabulary {
            qualifiers.append(
                "| `\(qualifier.name)` | \(cell(qualifier.summary)) | \(cell(qualifier.apply(to: "X"))) |")
        }
        var disagreements = ["| id | kind | figures | what differs |", "|---|---|---|---|"]
        for disagreement in Dataset.disagreements {
            let rows = disagreement.rows.map { "`\($0)`" }.joined(separator: ", ")
            disagreements.append(
                "| `\(disagreement.id)` | \(disagreement.kind) | \(rows) | \(cell(disagreement.differs)) |")
        }
        var figures = ["| id | label | value | basis | period | speaker / author |", "|---|---|---|---|---|---|"]
        for figure in Dataset.figures {
            let value =
                figure.qualifiers.isEmpty
                ? "`\(figure.value)`" : "`\(figure.value)` (\(figure.qualifiers.joined(separator: ", ")))"
            let period = figure.period.map { $0 + (figure.periodBasis == .inferred ? " (inferred)" : "") } ?? ""
            let who = figure.speaker == figure.author ? figure.speaker : figure.speaker + " / " + figure.author
            figures.append(
                "| `\(figure.id)` | \(cell(figure.label)) | \(cell(value)) | \(figure.basis.rawValue) | \(period) | \(who) |"
            )
        }
        return [
            ("qualifiers", qualifiers.joined(separator: "\n")),
            ("disagreements", disagreements.joined(separator: "\n")),
            ("figures", figures.joined(separator: "\n")),
        ]
    }

    @Test("docs/dataset.md lists every qualifier, every disagreement and every figure as the data has them")
    func documented() throws {
        let path = Fixtures.path("docs/dataset.md")
        var doc = try String(contentsOf: path, encoding: .utf8)
        let original = doc
        for (name, table) in DatasetTests.generatedTables() {
            let start = "<!-- generated from the dataset by DatasetTests: \(name) -->\n"
            let end = "<!-- end of \(name) -->"
            guard let from = doc.range(of: start), let to = doc.range(of: end, range: from.upperBound..<doc.endIndex)
            else {
                Issue.record("docs/dataset.md has no generated section '\(name)'")
                continue
            }
            doc.replaceSubrange(from.upperBound..<to.lowerBound, with: table + "\n")
        }
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1", doc != original {
            try doc.write(to: path, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            doc == original,
            "docs/dataset.md's tables are out of date: RECORD_SNAPSHOTS=1 swift test --filter DatasetTests")
        for figure in Dataset.figures { #expect(original.contains("| `\(figure.id)` |"), "\(figure.id)") }
        for disagreement in Dataset.disagreements {
            #expect(original.contains("| `\(disagreement.id)` |"), "\(disagreement.id)")
        }
    }
}
