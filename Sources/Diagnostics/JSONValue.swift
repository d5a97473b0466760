/// A JSON document read back: what `tnb diff` reads reports with. Numbers keep their text, so
/// a value compares exactly as it was written (the shortest decimal that reads back as the
/// same double); objects keep their keys in order.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, as written.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// A member of an object, or nil.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// The string, if this is one.
    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The number, if this is one.
    public var number: Double? {
        if case .number(let text) = self { return Double(text) }
        return nil
    }

    /// The items, if this is an array.
    public var array: [JSONValue]? {
        if case .array(let items) = self { return items }
        return nil
    }

    /// The value written back as compact JSON, keys in their order: a canonical form to compare.
    public var encoded: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number(let text): text
        case .string(let text): JSON.quote(text)
        case .array(let items): "[" + items.map(\.encoded).joined(separator: ",") + "]"
        case .object(let members):
            "{" + members.map { JSON.quote($0.key) + ":" + $0.value.encoded }.joined(separator: ",") + "}"
        }
    }
}

/// Why a text is not JSON, and where (a byte offset).
public struct JSONError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int
}

extension JSON {
    /// The deepest nesting `parse` reads: deeper documents are refused, not a stack overflow.
    public static let maximumDepth = 256

    /// Reads a JSON document (RFC 8259); anything after it but whitespace is an error.
    public static func parse(_ text: String) -> Result<JSONValue, JSONError> {
        var reader = JSONReader(bytes: Array(text.utf8))
        do throws(JSONError) {
            reader.skipWhitespace()
            let value = try reader.value(depth: 0)
            reader.skipWhitespace()
            guard reader.index == reader.bytes.count else { throw reader.error("text after the end of the document") }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }
}

/// A recursive-descent reader over UTF-8 bytes, bounded in depth.
struct JSONReader {
    let bytes: [UInt8]
    var index = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    func error(_ message: String) -> JSONError { JSONError(message: message, offset: index) }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
    }

    mutating func expect(_ word: String) throws(JSONError) {
        for byte in word.utf8 {
            guard current == byte else { throw error("expected '\(word)'") }
            index += 1
        }
    }

    mutating func value(depth: Int) throws(JSONError) -> JSONValue {
        guard depth < JSON.maximumDepth else { throw error("nested deeper than \(JSON.maximumDepth) levels") }
        switch current {
        case UInt8(ascii: "{")?:
            index += 1
            var members: [(key: String, value: JSONValue)] = []
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard current == UInt8(ascii: "\"") else { throw error("expected a key in quotes") }
                let key = try string()
                skipWhitespace()
                try expect(":")
                skipWhitespace()
                members.append((key, try value(depth: depth + 1)))
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect("}")
                return .object(members)
            }
        case UInt8(ascii: "[")?:
            index += 1
            var items: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                index += 1
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                try expect("]")
                return .array(items)
            }
        case UInt8(ascii: "\"")?:
            return .string(try string())
        case UInt8(ascii: "t")?:
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f")?:
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n")?:
            try expect("null")
            return .null
        case let byte? where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte):
            return .number(try number())
        case nil:
            throw error("the document ends early")
        default:
            throw error("unexpected character")
        }
    }

    mutating func number() throws(JSONError) -> String {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let from = index
            while let byte = current, (0x30...0x39).contains(byte) { index += 1 }
            return index - from
        }
        guard digits() > 0 else { throw error("a number needs digits") }
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw error("a number needs digits after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw error("a number needs digits in its exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    mutating func string() throws(JSONError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var run = index
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[run..<end], as: UTF8.self).unicodeScalars)
        }
        while true {
            guard let byte = current else { throw error("a string is not closed") }
            if byte == UInt8(ascii: "\"") {
                flush(index)
                index += 1
                return String(scalars)
            }
            guard byte >= 0x20 else { throw error("a control character in a string") }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            flush(index)
            index += 1
            guard let escape = current else { throw error("a string is not closed") }
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code) {
                    // A surrogate pair: the second half must follow.
                    guard current == UInt8(ascii: "\\") else { throw error("half a surrogate pair") }
                    index += 1
                    try expect("u")
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw error("half a surrogate pair") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(code) else { throw error("an escape that is not a character") }
                scalars.append(scalar)
            default:
                throw error("an unknown escape in a string")
            }
            run = index
        }
    }

    mutating func hex4() throws(JSONError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Character(Unicode.Scalar(byte)).hexDigitValue else {
                throw error("'\\u' needs four hex digits")
            }
            value = value * 16 + UInt32(digit)
            index += 1
        }
        return value
    }
}
