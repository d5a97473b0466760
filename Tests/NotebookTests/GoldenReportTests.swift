import Foundation
import Notebook
import Presentation
import TestSupport
import Testing

/// Every notebook in Notebooks/ renders byte for byte to the text, Markdown, JSON and HTML reports
/// committed beside it.
/// `RECORD_SNAPSHOTS=1 swift test --filter GoldenReportTests` rewrites them; review the diff.
@Suite("Golden reports")
struct GoldenReportTests {
    static let notebooks: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Notebooks").path)) ?? []
        return names.filter { $0.hasSuffix(".tnb") }.sorted()
    }()

    static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    @Test("there are at least six example notebooks")
    func count() {
        #expect(GoldenReportTests.notebooks.count >= 6)
    }

    @Test("every example notebook runs without errors or failed asserts", arguments: notebooks)
    func clean(_ name: String) throws {
        let text = try Fixtures.text("Notebooks/" + name)
        let run = NotebookRun(Notebook(name: "Notebooks/" + name, text: text))
        #expect(run.diagnostics.isEmpty, "\(run.diagnostics.map(\.message))")
        #expect(run.failedAssertions.isEmpty)
        #expect(!run.assertions.isEmpty)
        let scenarios = ScenarioComparison(base: run, overrides: [:], asOf: nil, samples: run.sampler.count)
        for column in scenarios?.columns ?? [] {
            #expect(column.run.diagnostics.isEmpty, "scenario \(column.name): \(column.run.diagnostics.map(\.message))")
            #expect(column.run.failedAssertions.isEmpty, "scenario \(column.name)")
        }
        #expect(!run.figures.isEmpty)
    }

    @Test("the text, Markdown, JSON and HTML reports match the committed ones", arguments: notebooks)
    func golden(_ name: String) throws {
        let text = try Fixtures.text("Notebooks/" + name)
        let run = NotebookRun(Notebook(name: "Notebooks/" + name, text: text))
        // As `tnb run` renders it: with the scenarios side by side when the notebook has any.
        let scenarios = ScenarioComparison(base: run, overrides: [:], asOf: nil, samples: run.sampler.count)
        let base = "Notebooks/" + name.dropLast(4)
        let reports = [
            (TextRenderer().render(run, scenarios: scenarios), ".txt"),
            (MarkdownRenderer().render(run, scenarios: scenarios), ".md"),
            (JSONRenderer().render(run, scenarios: scenarios), ".json"),
            (HTMLRenderer().render(run, scenarios: scenarios), ".html"),
        ]
        for (report, suffix) in reports {
            let path = base + suffix
            if GoldenReportTests.recording {
                try report.write(to: Fixtures.path(path), atomically: true, encoding: .utf8)
                continue
            }
            let committed = try Fixtures.text(path)
            #expect(
                report == committed,
                "\(path) drifted: run RECORD_SNAPSHOTS=1 swift test --filter GoldenReportTests"
            )
        }
    }
}
