/// A named piece of source text with a line index, so spans can be turned into lines and columns.
public struct SourceFile: Sendable {
    /// The name shown in diagnostics: a path relative to where tnb ran, or `<input>`.
    public let name: String
    /// The text as written, with its line breaks made uniform: CRLF and a lone CR become LF,
    /// and a byte-order mark at the start is dropped, so all three endings give the same
    /// tokens, positions and reports.
    public let text: String
    /// The UTF-8 bytes of `text`, which spans index into.
    public let bytes: [UInt8]
    /// Byte offsets at which each line starts.
    public let lineStarts: [Int]

    /// Makes a source file and indexes its lines.
    public init(name: String, text: String) {
        self.name = name
        self.bytes = SourceFile.normalised(Array(text.utf8))
        self.text = String(decoding: bytes, as: UTF8.self)
        self.lineStarts = bytes.withUnsafeBufferPointer { buffer in
            var starts = [0]
            for index in 0..<buffer.count where buffer[index] == UInt8(ascii: "\n") { starts.append(index + 1) }
            return starts
        }
    }

    /// The bytes with CRLF and lone CR as LF and without a leading byte-order mark; the bytes
    /// themselves when there is nothing to change.
    static func normalised(_ bytes: [UInt8]) -> [UInt8] {
        let cr = UInt8(ascii: "\r")
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasBOM = bytes.starts(with: bom)
        let hasCR = bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count, buffer[index] != cr { index += 1 }
            return index < buffer.count
        }
        guard hasBOM || hasCR else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = hasBOM ? bom.count : 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard byte == cr else {
                out.append(byte)
                continue
            }
            out.append(UInt8(ascii: "\n"))
            if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        }
        return out
    }

    /// The 1-based line of a byte offset, without counting its column (which walks the line).
    public func lineNumber(of offset: Int) -> Int {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The 1-based line and column (in characters) of a byte offset.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineNumber(of: clamped)
        return (line, characterCount(from: lineStarts[line - 1], to: clamped) + 1)
    }

    /// The text of a 1-based line, without its newline.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// The source text a span covers.
    public func text(of span: Span) -> String {
        let start = max(0, min(span.start, bytes.count))
        let end = max(start, min(span.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Counts characters (not continuation bytes) between two byte offsets.
    public func characterCount(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
