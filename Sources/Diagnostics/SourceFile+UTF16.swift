extension SourceFile {
    /// The 1-based line and the 0-based column in UTF-16 code units of a byte offset: the
    /// position an editor (the Language Server Protocol's default) understands. A character
    /// outside the Basic Multilingual Plane (most emoji) counts two, a tab one, and each
    /// scalar of a combining sequence one.
    public func utf16Position(of offset: Int) -> (line: Int, column: Int) {
        let line = location(of: offset).line
        let start = lineStarts[line - 1]
        let end = max(start, min(offset, bytes.count))
        let column = String(decoding: bytes[start..<end], as: UTF8.self).utf16.count
        return (line, column)
    }
}
