/// How many terminal columns text takes: one per character, two for East Asian wide and
/// emoji characters, none for control characters. Curly quotes, dashes and `×` take one.
public enum TextWidth {
    /// The columns a string takes.
    public static func of(_ text: String) -> Int {
        // ASCII text, nearly all of it, is one column a byte but for control characters:
        // counting bytes skips breaking the text into characters.
        let ascii = text.utf8.withContiguousStorageIfAvailable(asciiColumns) ?? asciiColumns(text.utf8)
        return ascii ?? text.reduce(0) { $0 + of($1) }
    }

    /// The columns of ASCII bytes, or nil when there is a byte that is not ASCII.
    static func asciiColumns<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int? {
        var columns = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if byte >= 0x20, byte != 0x7F { columns += 1 }
        }
        return columns
    }

    /// The columns one character takes.
    public static func of(_ character: Character) -> Int {
        guard let value = character.unicodeScalars.first?.value else { return 0 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        for range in zero where range.contains(value) { return 0 }
        for range in wide where range.contains(value) { return 2 }
        return 1
    }

    /// Characters that take no column of their own: combining marks met alone, zero-width
    /// spaces and joiners, the byte-order mark.
    static let zero: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x200B...0x200F, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF...0xFEFF,
    ]

    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
        0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]

    /// The text cut to at most `width` columns, ending in `…` when it was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var out = ""
        var used = 0
        for character in text {
            let next = of(character)
            if used + next > width - 1 { break }
            out.append(character)
            used += next
        }
        return out + "…"
    }

    /// The text followed by spaces up to `width` columns.
    public static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }
}
