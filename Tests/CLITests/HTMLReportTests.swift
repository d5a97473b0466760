import Foundation
import TestSupport
import Testing

/// HTML reports as a reader gets them: valid, self-contained, rendered by a real browser.
/// The validity and browser checks are Python scripts (html5lib, Pillow and Debian's chromium,
/// which .ci/run installs).
@Suite("HTML reports")
struct HTMLReportTests {
    static let reports: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Notebooks").path)) ?? []
        return names.filter { $0.hasSuffix(".html") }.sorted().map { "Notebooks/" + $0 }
    }()

    /// Runs a script of scripts/ with python3 from the repository root.
    func python(_ arguments: [String]) throws -> (stdout: String, status: Int32) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = Fixtures.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self), process.terminationStatus)
    }

    @Test("there is a golden HTML report beside every notebook")
    func goldens() throws {
        let notebooks = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Notebooks").path).filter {
            $0.hasSuffix(".tnb")
        }
        #expect(HTMLReportTests.reports.count == notebooks.count)
    }

    @Test("every golden HTML report parses strictly (html5lib) and loads nothing from outside itself")
    func valid() throws {
        let result = try python(["scripts/check-html.py"] + HTMLReportTests.reports)
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout == "")
    }

    @Test("the checker finds a broken page and one that fetches something")
    func checkerCatches() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-html-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let broken = directory.appendingPathComponent("broken.html")
        try "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p>a</div></body></html>".write(
            to: broken, atomically: true, encoding: .utf8)
        let fetching = directory.appendingPathComponent("fetching.html")
        try
            "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><img src=\"http://example.invalid/a.png\" alt=\"\"></body></html>"
            .write(to: fetching, atomically: true, encoding: .utf8)
        let result = try python(["scripts/check-html.py", broken.path, fetching.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("broken.html: not valid HTML"))
        #expect(result.stdout.contains("fetching.html: a src attribute"))
    }

    @Test("every golden report renders in headless Chromium, its charts draw, and no request leaves the page")
    func browser() throws {
        let result = try python(["scripts/browser-check.py"] + HTMLReportTests.reports)
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test("-o x.html chooses HTML, --format html writes the same page, and two runs are byte-identical")
    func format() throws {
        let notebook = "Notebooks/tsmc_capex_2028.tnb"
        let first = try TNBProcess.run(["run", "--format", "html", notebook])
        let second = try TNBProcess.run(["run", "--format", "html", notebook])
        #expect(first.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout == (try Fixtures.text("Notebooks/tsmc_capex_2028.html")))
        #expect(first.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-\(getpid()).html").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try TNBProcess.run(["run", notebook, "-o", path]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == first.stdout)
        let mismatch = try TNBProcess.run(["run", notebook, "--format", "json", "-o", path])
        #expect(mismatch.status == 64)
    }

    @Test("a failed assert is at the top of the page and marked in its row; prose values link to their statements")
    func failedAndLinks() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-html-f-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "# F\nlet spend = $7M/yr\nassert spend > $10M/yr\n> Spend is {spend}.\n".write(
            to: directory.appendingPathComponent("f.tnb"), atomically: true, encoding: .utf8)
        let result = try TNBProcess.run(["run", "--format", "html", "f.tnb"], directory: directory)
        #expect(result.status == 1)
        #expect(result.stdout.contains("<div class=\"alert\" role=\"alert\"><strong>1 assert FAILED</strong>"))
        #expect(result.stdout.contains("<tr id=\"line-3\" class=\"statement failed\">"))
        #expect(result.stdout.contains("<a class=\"value\" href=\"#line-2\" title=\"spend\">$7M/yr</a>"))
    }
}
