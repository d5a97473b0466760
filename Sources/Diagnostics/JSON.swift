/// Small helpers for writing JSON by hand, deterministically (keys in the order given).
public enum JSON {
    /// A JSON string literal.
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An object from key and already-encoded value pairs, in order.
    public static func object(_ pairs: [(String, String)]) -> String {
        "{" + pairs.map { quote($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
    }

    /// An array of already-encoded values.
    public static func array(_ items: [String]) -> String {
        "[" + items.joined(separator: ", ") + "]"
    }
}

extension Diagnostic {
    /// The diagnostic as a JSON object: error, id, line, column (and file).
    public func json(sources: [SourceFile]) -> String {
        var pairs: [(String, String)] = [("error", JSON.quote(message)), ("id", JSON.quote(id))]
        if sources[file: span.file] != nil {
            let source = sources[span.file.index]
            let (line, column) = source.location(of: span.start)
            pairs += [("file", JSON.quote(source.name)), ("line", String(line)), ("column", String(column))]
        }
        if !notes.isEmpty { pairs.append(("notes", JSON.array(notes.map(JSON.quote)))) }
        return JSON.object(pairs)
    }
}
