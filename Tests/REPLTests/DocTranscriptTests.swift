import Foundation
import REPL
import TestSupport
import Testing

/// Runs every ```repl block of docs/*.md and README.md: a transcript of a terminal session, where lines
/// starting with `tnb> ` or `...> ` are typed and every other line is what the REPL shows (results
/// and errors in the order they appear). The block is fed to one REPL as typed input.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter DocTranscript` rewrites the shown lines with what the
/// REPL shows now; review the diff like code.
@Suite("REPL transcripts in the docs", .serialized)
struct DocTranscriptTests {
    static let blocks = MarkdownBlock.documentationBlocks(info: "repl")

    static func isInput(_ line: String) -> Bool { line.hasPrefix("tnb>") || line.hasPrefix("...>") }

    static func trimmed(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    @Test("docs/repl.md has a transcript")
    func hasBlocks() {
        #expect(DocTranscriptTests.blocks.contains { $0.file == "docs/repl.md" })
    }

    @Test("every transcript shows what the REPL shows", arguments: blocks)
    func transcriptMatches(_ block: MarkdownBlock) throws {
        let typed = block.lines.map(\.text).filter(DocTranscriptTests.isInput).map { String($0.dropFirst(5)) }
        let expected = block.lines.map(\.text).filter { !DocTranscriptTests.isInput($0) }
        let screen = DocTranscriptTests.trimmed(transcript(typed).screen)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try record(block, screen: screen)
            return
        }
        #expect(screen == DocTranscriptTests.trimmed(expected.joined(separator: "\n")), "\(block)")
    }

    /// Rewrites a block: each input followed by what it shows now.
    func record(_ block: MarkdownBlock, screen: [String]) throws {
        var inputs: [String] = []
        for line in block.lines.map(\.text) where DocTranscriptTests.isInput(line) { inputs.append(line) }
        var replies: [[String]] = []
        var script: [String] = []
        for line in inputs {
            script.append(String(line.dropFirst(5)))
            let shown = DocTranscriptTests.trimmed(transcript(script).screen)
            let before = replies.flatMap { $0 }.count
            replies.append(Array(shown.dropFirst(before)))
        }
        var lines: [String] = []
        for (input, reply) in zip(inputs, replies) { lines += [input] + reply }
        let url = Fixtures.path(block.file)
        var fileLines = try String(contentsOf: url, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        // Found by its text, not its line numbers: an earlier block of the file may have grown.
        let original = block.lines.map(\.text)
        guard !original.isEmpty,
            let start = fileLines.indices.first(where: {
                $0 + original.count <= fileLines.count && Array(fileLines[$0..<($0 + original.count)]) == original
            })
        else { return }
        fileLines.replaceSubrange(start..<(start + original.count), with: lines)
        try fileLines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
