import Foundation
import TestSupport
import Testing

/// ARCHITECTURE.md's table of targets is the package as built: same targets, same
/// dependencies, and no source file importing what its row forbids.
@Suite("ARCHITECTURE.md")
struct ArchitectureTests {
    struct Row {
        var target: String
        var mayImport: Set<String>
        var mustNotImport: Set<String>
    }

    /// The rows of the table under `## Targets`.
    static func rows() throws -> [Row] {
        let text = try Fixtures.text("ARCHITECTURE.md")
        guard let start = text.range(of: "## Targets") else { return [] }
        let lines = text[start.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("## ") }
        var rows: [Row] = []
        for line in lines where line.hasPrefix("| ") && !line.hasPrefix("| target") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count >= 6 else { continue }
            rows.append(Row(target: cells[1], mayImport: names(cells[3]), mustNotImport: names(cells[4])))
        }
        return rows
    }

    /// `Diagnostics, Syntax` as a set; `(nothing)` is empty.
    static func names(_ cell: String) -> Set<String> {
        Set(cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("(") })
    }

    /// The package's source targets and what each depends on (products by name), without test
    /// targets, the test-support target and the fuzz targets added only when fuzzing.
    static func packageTargets() throws -> [String: Set<String>] {
        var text = try Fixtures.text("Package.swift")
        if let fuzz = text.range(of: "if Context.environment") { text = String(text[..<fuzz.lowerBound]) }
        var targets: [String: Set<String>] = [:]
        let declaration = try Regex(
            #"\.(target|executableTarget|systemLibrary)\(\s*name: "([^"]+)"([^)]*(\([^)]*\)[^)]*)*)\)"#)
        for match in text.matches(of: declaration) {
            let name = String(match.output[2].substring ?? "")
            let body = String(match.output[3].substring ?? "")
            if body.contains("path: \"Tests/") { continue }
            var dependencies: Set<String> = []
            if let open = body.range(of: "dependencies: [") {
                let list = body[open.upperBound...].prefix { $0 != "]" }
                for item in try list.matches(of: Regex(#"(?:name: )?"([^"]+)""#)) {
                    let word = String(item.output[1].substring ?? "")
                    if !list.contains("package: \"\(word)\"") { dependencies.insert(word) }
                }
            }
            targets[name] = dependencies
        }
        return targets
    }

    @Test("the table names exactly the targets of Package.swift")
    func sameTargets() throws {
        let rows = try ArchitectureTests.rows()
        let targets = try ArchitectureTests.packageTargets()
        #expect(!rows.isEmpty)
        #expect(Set(rows.map(\.target)) == Set(targets.keys))
    }

    @Test("each target depends on what its row says it may import")
    func sameDependencies() throws {
        let targets = try ArchitectureTests.packageTargets()
        for row in try ArchitectureTests.rows() {
            #expect(targets[row.target] == row.mayImport, "\(row.target)")
        }
    }

    @Test("no source file imports what its target's row forbids")
    func forbiddenImports() throws {
        let rows = try ArchitectureTests.rows()
        let all = Set(rows.map(\.target))
        for row in rows {
            let forbidden =
                row.mustNotImport.contains("every other target") ? all.subtracting([row.target]) : row.mustNotImport
            let directory = Fixtures.path("Sources/\(row.target)")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { continue }
                    guard words[..<index].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                    let module = String(words[index + 1])
                    #expect(!forbidden.contains(module), "Sources/\(row.target)/\(file) imports \(module)")
                }
            }
        }
    }
}
