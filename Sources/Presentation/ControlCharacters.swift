/// Control characters shown, not obeyed: a heading, a string, a file name or an error excerpt
/// that holds ESC, BEL, NUL or another control character must not retitle a terminal, clear
/// it or hide text. Each such character is written as `\u{1B}` (its code in hex); line feeds and
/// tabs are layout and stay. With `keepingColour`, tnb's own colour sequences (`ESC [ digits m`)
/// pass: they can only change colours.
public enum ControlCharacters {
    /// `text` with every control character but line feed and tab escaped.
    public static func escaped(_ text: String, keepingColour: Bool = false) -> String {
        guard needsEscaping(text) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if keepingColour, scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: index) {
                out.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            if isControl(scalar) {
                out.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                out.append(scalar)
            }
            index += 1
        }
        return String(out)
    }

    /// Whether any byte of `text` is a control character to escape (a quick scan of the bytes).
    static func needsEscaping(_ text: String) -> Bool {
        func scan<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
            var previous: UInt8 = 0
            for byte in bytes {
                if byte < 0x20, byte != 0x0A, byte != 0x09 { return true }
                if byte == 0x7F { return true }
                // U+0080...U+009F, the C1 controls, are C2 80...C2 9F in UTF-8.
                if previous == 0xC2, (0x80...0x9F).contains(byte) { return true }
                previous = byte
            }
            return false
        }
        // A report is megabytes: read a native string's bytes in place rather than through its view.
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(text.utf8)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
    }

    /// The index of the `m` that ends a colour sequence starting at `start`, if it is one.
    static func colourSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var index = start + 2
        while index < scalars.count, scalars[index] == ";" || ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index < scalars.count, scalars[index] == "m" else { return nil }
        return index
    }
}
