import Foundation
import Presentation
import TestSupport
import Testing

/// `tnb fmt`: a canonical layout that never changes a report.
@Suite("tnb fmt")
struct FmtCommandTests {
    static let messy =
        "# Title\nlet a = 1   // one\nlet bb = 22 // two   \nlet s = \"a // b\"   \n\n> prose keeps  \n## Next\n  // an indented comment  \nlet 日本 = 1\nlet c = a + bb\t\n\n\n"
    static let tidy =
        "# Title\nlet a = 1    // one\nlet bb = 22  // two\nlet s = \"a // b\"\n\n> prose keeps  \n## Next\n  // an indented comment\nlet 日本 = 1\nlet c = a + bb\n"

    func scratch(_ text: String) throws -> (directory: URL, path: String) {
        let directory = try Fixtures.scratchDirectory("fmt")
        let path = directory.appendingPathComponent("n.tnb").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (directory, path)
    }

    @Test("trailing blanks go, trailing comments align, prose and strings stay, one line feed at the end")
    func layout() throws {
        let (directory, path) = try scratch(FmtCommandTests.messy)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try TNBProcess.run(["fmt", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == FmtCommandTests.tidy)
        // Idempotent: a second run changes nothing, and --check agrees.
        #expect(try TNBProcess.run(["fmt", "--check", path]).status == 0)
    }

    @Test("--check writes nothing, prints a diff and exits 1")
    func check() throws {
        let (directory, path) = try scratch(FmtCommandTests.messy)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try TNBProcess.run(["fmt", "--check", path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\n-let a = 1   // one\n"))
        #expect(result.stdout.contains("\n+let a = 1    // one\n"))
        #expect(result.stderr == "\(path): not formatted\n")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == FmtCommandTests.messy)
    }

    @Test("the formatted notebook gives byte-identical reports; every example notebook is formatted")
    func reportsUnchanged() throws {
        #expect(ReportEquivalence.same(FmtCommandTests.messy, FmtCommandTests.tidy, name: "n.tnb"))
        #expect(!ReportEquivalence.same("let a = 1\n", "let a = 2\n", name: "n.tnb"))
        let notebooks = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("Notebooks").path)
            .filter { $0.hasSuffix(".tnb") }.sorted().map { "Notebooks/" + $0 }
        let result = try TNBProcess.run(["fmt", "--check"] + notebooks)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test("a missing notebook is exit 66; other notebooks are still formatted")
    func missing() throws {
        let (directory, path) = try scratch(FmtCommandTests.messy)
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try TNBProcess.run(["fmt", directory.appendingPathComponent("none.tnb").path, path])
        #expect(result.status == 66)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == FmtCommandTests.tidy)
    }
}
