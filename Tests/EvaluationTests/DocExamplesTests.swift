import Diagnostics
import Evaluation
import Foundation
import Presentation
import TestSupport
import Testing

/// Runs every ```tnb block of docs/*.md and compares what it shows with what the block says.
///
/// A block holds REPL-like lines: `tnb> INPUT` lines are fed in order to one Session (a line
/// `...> MORE` continues the input on a new line), and the lines after each input, up to the
/// next `tnb> ` line, are its expected output: each expression's display, each prose line
/// with its values filled in, each heading's title, and each error as `error: MESSAGE [ID]`.
/// Definitions (`let`, `unit`) show nothing. As in the REPL, a name may be redefined.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter DocExamples` rewrites the expected output of every
/// block with what tnb shows now; review the diff like code.
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

    /// What the REPL-like transcript shows for one run.
    static func transcript(_ result: RunResult, _ formatter: ValueFormatter) -> [String] {
        func error(_ diagnostic: Diagnostic) -> String {
            "\(diagnostic.severity.rawValue): \(diagnostic.message) [\(diagnostic.id)]"
        }
        if result.results.isEmpty { return result.diagnostics.map(error) }
        var lines: [String] = []
        for statement in result.results {
            switch statement.outcome {
            case .value(let value):
                // A table (or any multi-line display) is one expected line per printed line.
                lines += formatter.display(value).split(separator: "\n", omittingEmptySubsequences: false).map(
                    String.init)
            case .prose(let parts): lines.append(formatter.display(parts))
            case .heading(_, let text): lines.append(text)
            case .assertion(let truth, _):
                lines.append("assert: " + truth.assertionVerdict + (truth.assertionNote.map { ": " + $0 } ?? ""))
            case .binding, .function, .unit, .asOf, nil: break
            }
            lines += statement.diagnostics.map(error)
        }
        return lines
    }

    /// What each input of a block shows now, in order.
    static func actualOutputs(_ block: MarkdownBlock) throws -> [[String]] {
        var session = Session(options: SessionOptions(allowRedefinition: true))
        let formatter = ValueFormatter()
        return try examples(block).map { transcript(session.run($0.input, name: "<input>"), formatter) }
    }

    @Test("RECORD_SNAPSHOTS=1 rewrites the expected output of every block")
    func record() throws {
        guard ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" else { return }
        for (file, blocks) in Dictionary(grouping: DocExamplesTests.blocks, by: \.file) {
            var lines = try Fixtures.text(file).split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            for block in blocks.sorted(by: { $0.line > $1.line }) {
                guard let first = block.lines.first?.number, let last = block.lines.last?.number else { continue }
                var rewritten: [String] = []
                for (example, output) in zip(
                    try DocExamplesTests.examples(block), try DocExamplesTests.actualOutputs(block))
                {
                    let inputLines = example.input.split(separator: "\n", omittingEmptySubsequences: false).map(
                        String.init)
                    rewritten.append("tnb> " + inputLines[0])
                    rewritten += inputLines.dropFirst().map { "...> " + $0 }
                    rewritten += output
                }
                lines.replaceSubrange((first - 1)...(last - 1), with: rewritten)
            }
            try lines.joined(separator: "\n").write(to: Fixtures.path(file), atomically: true, encoding: .utf8)
        }
    }

    @Test("the documentation has examples to run")
    func thereAreExamples() {
        #expect(DocExamplesTests.blocks.count >= 10)
    }

    @Test("every ```tnb block in docs shows what tnb shows", arguments: blocks)
    func block(_ block: MarkdownBlock) throws {
        var session = Session(options: SessionOptions(allowRedefinition: true))
        let formatter = ValueFormatter()
        let examples = try DocExamplesTests.examples(block)
        #expect(!examples.isEmpty, "\(block): a tnb block with no 'tnb> ' line")
        for example in examples {
            let actual = DocExamplesTests.transcript(session.run(example.input, name: "<input>"), formatter)
            #expect(
                actual == example.expected,
                "\(block.file):\(example.line): tnb> \(example.input)\nexpected:\n\(example.expected.joined(separator: "\n"))\nactual:\n\(actual.joined(separator: "\n"))"
            )
        }
    }
}
