/// The examples in a Markdown document: fenced blocks with a given info string.
public enum DocExamples {
    /// The lines of every fenced block whose info string is `info`, with the block's first line number.
    public static func blocks(_ markdown: String, info: String) -> [(line: Int, lines: [String])] {
        var blocks: [(Int, [String])] = []
        var current: [String]?
        var start = 0
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if current == nil, line == "```" + info {
                current = []
                start = index + 1
            } else if current != nil, line == "```" {
                blocks.append((start, current ?? []))
                current = nil
            } else {
                current?.append(String(line))
            }
        }
        return blocks
    }

    /// Input lines (after `prompt`) each with the output lines that follow it.
    public static func pairs(_ lines: [String], prompt: String) -> [(input: String, output: [String])] {
        var pairs: [(String, [String])] = []
        for line in lines {
            if line.hasPrefix(prompt) {
                pairs.append((String(line.dropFirst(prompt.count)), []))
            } else if !pairs.isEmpty {
                pairs[pairs.count - 1].1.append(line)
            }
        }
        return pairs
    }

    /// Splits a command line into words, honouring single and double quotes.
    public static func words(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(character)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}
