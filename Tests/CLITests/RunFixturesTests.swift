import Foundation
import TestSupport
import Testing

/// Runs the error fixtures that need `tnb run` (first line `// tnb run: ARGS`) through the
/// binary, from the repository root, and compares standard error with `<id>.expected`.
/// `RECORD_SNAPSHOTS=1` rewrites the .expected files.
@Suite("Error fixtures run as notebooks")
struct RunFixturesTests {
    static let folder = "Tests/Fixtures/errors"
    static let marker = "// tnb run:"

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder).path)) ?? []
        return files.filter { $0.hasSuffix(".tnb") }.map { String($0.dropLast(4)) }.sorted().filter { name in
            (try? Fixtures.text("\(folder)/\(name).tnb"))?.hasPrefix(marker) == true
        }
    }()

    @Test("there are notebook-only fixtures")
    func thereAreSome() {
        #expect(RunFixturesTests.names.count >= 2)
    }

    @Test("every notebook-only fixture fails with its diagnostic, rendered exactly as expected", arguments: names)
    func fixture(_ name: String) throws {
        let path = "\(RunFixturesTests.folder)/\(name).tnb"
        let firstLine = try Fixtures.text(path).split(separator: "\n").first.map(String.init) ?? ""
        let rest = firstLine.dropFirst(RunFixturesTests.marker.count)
        let arguments = rest.contains("checked by") ? [] : rest.split(separator: " ").map(String.init)
        let result = try TNBProcess.run(["run", path] + arguments)
        let id = name.components(separatedBy: "--")[0]
        #expect(result.status != 0)
        #expect(result.stderr.contains("[\(id)]"), "\(path) should fail with '\(id)':\n\(result.stderr)")
        let expectedPath = "\(RunFixturesTests.folder)/\(name).expected"
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try result.stderr.write(to: Fixtures.path(expectedPath), atomically: true, encoding: .utf8)
            return
        }
        #expect(
            result.stderr == (try Fixtures.text(expectedPath)), "\(expectedPath) differs; actual:\n\(result.stderr)")
    }
}
