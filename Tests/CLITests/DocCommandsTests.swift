import Foundation
import TestSupport
import Testing

/// Runs every `$ tnb ...` line of the ```console blocks of docs/*.md and README.md through the
/// built binary, from the repository root, and compares its standard output with the lines that
/// follow.
///
/// The output of a command runs up to the next `$ ` line or the end of the block. If its last
/// line is `[exit N]`, the command must exit with status N; otherwise it must exit 0. A last
/// line `...` means the output only begins with the lines before it. A word with `*` is
/// expanded as a shell would, against the files of one directory (`Notebooks/*.tnb`). A command
/// ending in `2>&1` is compared on standard output followed by standard error (what a terminal
/// shows, since tnb writes its results before its diagnostics). Arguments are split as a shell
/// would for plain words, 'single-quoted' and "double-quoted" text (no escapes, no variables).
/// `$ ` lines that do not run `tnb` are shown to readers but not run.
@Suite("Documentation commands")
struct DocCommandsTests {
    /// One command of a block and what it should give.
    struct Command: CustomStringConvertible {
        var line: Int
        var text: String
        var arguments: [String]
        var mergesErrors: Bool
        var expected: [String]
        var status: Int32
        /// Whether the output only has to begin with `expected` (a last line `...`).
        var isPrefix = false

        var description: String { "$ \(text)" }
    }

    static let blocks = MarkdownBlock.documentationBlocks(info: "console")

    struct DocError: Error, CustomStringConvertible {
        var description: String
    }

    /// Splits a command line into words: plain words, 'single-quoted' and "double-quoted" text.
    static func words(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " || character == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        guard quote == nil else { throw DocError(description: "unclosed quote in '\(text)'") }
        if inWord { words.append(current) }
        return words
    }

    /// The commands of a block that run tnb, with their expected output and status.
    static func commands(_ block: MarkdownBlock) throws -> [Command] {
        var commands: [Command] = []
        var skipping = false
        for (number, text) in block.lines {
            if text.hasPrefix("$ ") {
                let command = String(text.dropFirst(2))
                var words = try DocCommandsTests.words(command)
                skipping = words.first != "tnb"
                guard !skipping else { continue }
                let merges = words.last == "2>&1"
                if merges { words.removeLast() }
                commands.append(
                    Command(
                        line: number, text: command, arguments: Array(words.dropFirst()), mergesErrors: merges,
                        expected: [], status: 0))
            } else if !skipping, !commands.isEmpty {
                commands[commands.count - 1].expected.append(text)
            }
        }
        for index in commands.indices {
            while commands[index].expected.last?.trimmingCharacters(in: .whitespaces).isEmpty == true {
                commands[index].expected.removeLast()
            }
            if let last = commands[index].expected.last, last.hasPrefix("[exit "), last.hasSuffix("]"),
                let status = Int32(last.dropFirst(6).dropLast())
            {
                commands[index].status = status
                commands[index].expected.removeLast()
            }
            if commands[index].expected.last == "..." {
                commands[index].isPrefix = true
                commands[index].expected.removeLast()
            }
            commands[index].arguments = commands[index].arguments.flatMap(expand)
        }
        return commands
    }

    /// `Notebooks/*.tnb` as the sorted paths it matches (in the repository); other words as they are.
    static func expand(_ word: String) -> [String] {
        guard let star = word.firstIndex(of: "*") else { return [word] }
        let slash = word[..<star].lastIndex(of: "/")
        let directory = slash.map { String(word[..<$0]) } ?? "."
        let prefix = String(word[(slash.map { word.index(after: $0) } ?? word.startIndex)..<star])
        let suffix = String(word[word.index(after: star)...])
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Fixtures.path(directory).path)) ?? []
        let matches = names.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) && !$0.hasPrefix(".") }.sorted()
        return matches.isEmpty ? [word] : matches.map { slash == nil ? $0 : directory + "/" + $0 }
    }

    @Test("the documentation has commands to run")
    func thereAreCommands() throws {
        #expect(try DocCommandsTests.blocks.flatMap(DocCommandsTests.commands).count >= 3)
    }

    @Test("splitting a command line into words")
    func splitting() throws {
        #expect(
            try DocCommandsTests.words(#"tnb eval '$7M/yr / $25M/yr' --json"#) == [
                "tnb", "eval", "$7M/yr / $25M/yr", "--json",
            ])
        #expect(try DocCommandsTests.words(#"tnb eval "a b" c'd e'"#) == ["tnb", "eval", "a b", "cd e"])
        #expect(try DocCommandsTests.words("tnb eval ''") == ["tnb", "eval", ""])
    }

    @Test("every `$ tnb` line in docs prints what the docs say", arguments: blocks)
    func block(_ block: MarkdownBlock) throws {
        for command in try DocCommandsTests.commands(block) {
            let result = try TNBProcess.run(command.arguments)
            let shown = command.mergesErrors ? result.stdout + result.stderr : result.stdout
            let expected = command.expected.isEmpty ? "" : command.expected.joined(separator: "\n") + "\n"
            #expect(
                command.isPrefix ? shown.hasPrefix(expected) : shown == expected,
                "\(block.file):\(command.line): \(command)\nexpected:\n\(expected)actual:\n\(shown)")
            #expect(
                result.status == command.status,
                "\(block.file):\(command.line): \(command) exited \(result.status), expected \(command.status)\n\(result.stderr)"
            )
        }
    }
}
