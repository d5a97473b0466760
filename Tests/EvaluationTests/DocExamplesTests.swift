import Diagnostics
import Evaluation
import Testing
import TestSupport

/// Runs every ```tnb block of docs/*.md and compares what it shows with what the block says.
///
/// A block holds REPL-like lines: `tnb> INPUT` lines are fed in order to one Session (a line
/// `...> MORE` continues the input on a new line), and the lines after each input, up to the
/// next `tnb> ` line, are its expected output: each expression's display, each prose line
/// with its values filled in, each heading's title, and each error as `error: MESSAGE [ID]`.
/// Definitions (`let`, `unit`) show nothing. As in the REPL, a name may be redefined.
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
                examples.append(Example(input: String(text.dropFirst(4).drop { $0 == " " }), line: number, expected: []))
            } else if text.hasPrefix("...>"), !examples.isEmpty {
                examples[examples.count - 1].input += "\n" + String(text.dropFirst(4).drop { $0 == " " })
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
                lines += formatter.display(value).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
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
                "\(block.file):\(example.line): tnb> \(example.input)\nexpected:\n\(example.expected.joined(separator: "\n"))\nactual:\n\(actual.joined(separator: "\n"))")
        }
    }
}
