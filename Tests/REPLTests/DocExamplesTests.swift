import Foundation
import TestSupport
import Testing

@testable import REPL

/// Runs every ```tnb block of docs/*.md and compares what it shows with what the block says.
///
/// A block holds REPL lines: `tnb> INPUT` lines are fed in order to one REPL (a line `...> MORE`
/// continues the input on a new line), and the lines after each input, up to the next `tnb> `
/// line, are what the REPL echoes: each expression's display, `name = value` for a definition
/// (with what a redefinition changed), each prose line and heading, and each error as its first
/// line, `error: MESSAGE [ID]` (the excerpt and caret under it are left out of the docs).
///
/// `RECORD_SNAPSHOTS=1 swift test --filter DocExamples` rewrites the expected output of every
/// block with what the REPL shows now; review the diff like code.
@Suite("Documentation examples")
struct DocExamplesTests {
    /// One input of a block and the output it should give.
    struct Example {
        var input: String
        var line: Int
        var expected: [String]
    }

    static let blocks = MarkdownBlock.blocks(info: "tnb")

    /// Splits a block into inputs and their expected output.
    static func examples(_ block: MarkdownBlock) throws -> [Example] {
        var examples: [Example] = []
        for (number, text) in block.lines {
            if text.hasPrefix("tnb>") {
                examples.append(Example(input: afterPrompt(text), line: number, expected: []))
            } else if text.hasPrefix("...>"), !examples.isEmpty {
                examples[examples.count - 1].input += "\n" + afterPrompt(text)
            } else if !examples.isEmpty {
                examples[examples.count - 1].expected.append(text)
            } else if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                throw DocError(description: "\(block.file):\(number): output before the first 'tnb> ' line")
            }
        }
        for index in examples.indices {
            while examples[index].expected.last?.trimmingCharacters(in: .whitespaces).isEmpty == true {
                examples[index].expected.removeLast()
            }
        }
        return examples
    }

    /// The text after a four-character prompt and the one space that follows it.
    static func afterPrompt(_ line: String) -> String {
        let rest = line.dropFirst(4)
        return String(rest.first == " " ? rest.dropFirst() : rest)
    }

    struct DocError: Error, CustomStringConvertible {
        var description: String
    }

    /// What the REPL echoes for one input: its output lines, and each error's first line from
    /// `error:` on.
    static func transcript(_ parts: [(REPLStream, String)]) -> [String] {
        var lines: [String] = []
        for (stream, text) in parts {
            var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if parts.last == "" { parts.removeLast() }
            switch stream {
            case .output:
                lines += parts
            case .error:
                for line in parts {
                    if let range = line.range(of: "error: ") { lines.append(String(line[range.lowerBound...])) }
                }
            }
        }
        return lines
    }

    /// What each input of a block shows now, in order, through one REPL.
    static func actualOutputs(_ block: MarkdownBlock) throws -> [[String]] {
        var repl = REPL(mode: .interactive)
        var line = 1
        return try examples(block).map { example in
            defer { line += example.input.split(separator: "\n", omittingEmptySubsequences: false).count }
            return transcript(repl.handle(example.input, firstLine: line).parts)
        }
    }

    @Test("the documentation has examples to run")
    func thereAreExamples() {
        #expect(DocExamplesTests.blocks.count >= 10)
    }

    /// One test for every block, because with `RECORD_SNAPSHOTS=1` it rewrites each file whole.
    @Test("every ```tnb block in docs shows what the REPL shows")
    func blocksMatch() throws {
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        for (file, blocks) in Dictionary(grouping: DocExamplesTests.blocks, by: \.file) {
            var lines = try Fixtures.text(file).split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            for block in blocks.sorted(by: { $0.line > $1.line }) {
                let examples = try DocExamplesTests.examples(block)
                #expect(!examples.isEmpty, "\(block): a tnb block with no 'tnb> ' line")
                let outputs = try DocExamplesTests.actualOutputs(block)
                guard recording else {
                    for (example, actual) in zip(examples, outputs) {
                        #expect(
                            actual == example.expected,
                            "\(block.file):\(example.line): tnb> \(example.input)\nexpected:\n\(example.expected.joined(separator: "\n"))\nactual:\n\(actual.joined(separator: "\n"))"
                        )
                    }
                    continue
                }
                guard let first = block.lines.first?.number, let last = block.lines.last?.number else { continue }
                var rewritten: [String] = []
                for (example, output) in zip(examples, outputs) {
                    let inputLines = example.input.split(separator: "\n", omittingEmptySubsequences: false).map(
                        String.init)
                    rewritten.append("tnb> " + inputLines[0])
                    rewritten += inputLines.dropFirst().map { "...> " + $0 }
                    rewritten += output
                }
                lines.replaceSubrange((first - 1)...(last - 1), with: rewritten)
            }
            if recording {
                try lines.joined(separator: "\n").write(to: Fixtures.path(file), atomically: true, encoding: .utf8)
            }
        }
    }
}
