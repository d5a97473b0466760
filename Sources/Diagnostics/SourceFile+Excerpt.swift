extension SourceFile {
    /// Lines up to this many bytes are shown whole under a diagnostic (a long formula fits);
    /// longer ones, such as a generated one-line file, are cut.
    public static let maximumExcerptBytes = 1_000
    /// How many characters of context a cut excerpt keeps on each side of its span.
    static let excerptContext = 40
    /// How many characters of a span a cut excerpt marks at most.
    static let maximumMarkedWidth = 80

    /// The part of a 1-based line to show under a span that starts at `column` and is `width`
    /// characters wide: the whole line when it is short, otherwise a window around the span
    /// with `...` where it was cut, and the column and width of the span within that window.
    /// Works in bytes around the span, so a 40,000-character line costs no more than a short one.
    public func excerpt(line: Int, spanStart: Int, column: Int, width: Int) -> (text: String, column: Int, width: Int) {
        guard line >= 1, line <= lineStarts.count else { return ("", column, width) }
        let lineStart = lineStarts[line - 1]
        let lineEnd = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        guard lineEnd - lineStart > SourceFile.maximumExcerptBytes else { return (self.line(line), column, width) }
        let start = max(lineStart, min(spanStart, lineEnd))
        let marked = min(width, SourceFile.maximumMarkedWidth)
        let from = stepBack(from: start, characters: SourceFile.excerptContext, limit: lineStart)
        let to = stepForward(from: start, characters: marked + SourceFile.excerptContext, limit: lineEnd)
        let prefix = from > lineStart ? "..." : ""
        let suffix = to < lineEnd ? "..." : ""
        let text = prefix + String(decoding: bytes[from..<to], as: UTF8.self) + suffix
        return (text, characterCount(from: from, to: start) + prefix.count + 1, marked)
    }

    /// The byte offset `characters` characters before `offset`, not before `limit`.
    func stepBack(from offset: Int, characters: Int, limit: Int) -> Int {
        var index = offset
        var count = 0
        while index > limit, count < characters {
            index -= 1
            while index > limit, bytes[index] & 0xC0 == 0x80 { index -= 1 }
            count += 1
        }
        return index
    }

    /// The byte offset `characters` characters after `offset`, not past `limit`.
    func stepForward(from offset: Int, characters: Int, limit: Int) -> Int {
        var index = offset
        var count = 0
        while index < limit, count < characters {
            index += 1
            while index < limit, bytes[index] & 0xC0 == 0x80 { index += 1 }
            count += 1
        }
        return index
    }
}
