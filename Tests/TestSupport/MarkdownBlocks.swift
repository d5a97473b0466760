import Foundation

/// A fenced code block of a Markdown file: its info string, lines and where it starts.
public struct MarkdownBlock: Sendable, CustomStringConvertible {
    /// The file, relative to the repository root.
    public var file: String
    /// The 1-based line of the opening fence.
    public var line: Int
    /// The info string after the fence, such as `tnb` or `console`.
    public var info: String
    /// The lines between the fences, each with its 1-based line number in the file.
    public var lines: [(number: Int, text: String)]

    /// `docs/language.md:12`, for test names and failures.
    public var description: String { "\(file):\(line)" }

    /// Every fenced block with the given info string in the Markdown files of a folder
    /// (relative to the repository root), in file and line order.
    public static func blocks(info: String, inFolder folder: String = "docs") -> [MarkdownBlock] {
        let directory = Fixtures.path(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().flatMap { name -> [MarkdownBlock] in
            let relative = folder + "/" + name
            guard let text = try? Fixtures.text(relative) else { return [] }
            return blocks(in: text, file: relative).filter { $0.info == info }
        }
    }

    /// The blocks of docs/*.md and README.md with this info string.
    public static func documentationBlocks(info: String) -> [MarkdownBlock] {
        let readme = (try? Fixtures.text("README.md")).map { blocks(in: $0, file: "README.md") } ?? []
        return blocks(info: info) + readme.filter { $0.info == info }
    }

    /// Every fenced block (``` or ~~~) in a Markdown text.
    public static func blocks(in text: String, file: String) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        var open: (fence: String, block: MarkdownBlock)?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if var current = open {
                if trimmed.hasPrefix(current.fence), trimmed.allSatisfy({ $0 == current.fence.first }) {
                    blocks.append(current.block)
                    open = nil
                } else {
                    current.block.lines.append((index + 1, line))
                    open = current
                }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                let marker = trimmed.first ?? "`"
                let fence = String(trimmed.prefix { $0 == marker })
                let info = trimmed.dropFirst(fence.count).trimmingCharacters(in: .whitespaces)
                open = (fence, MarkdownBlock(file: file, line: index + 1, info: info, lines: []))
            }
        }
        return blocks
    }
}
