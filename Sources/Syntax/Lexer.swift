import Diagnostics

/// Turns source bytes into tokens. It never throws: text it cannot read becomes an error token.
public struct Lexer {
    let bytes: [UInt8]
    let file: FileID
    let limit: Int
    var index: Int
    var atLineStart = true

    /// Makes a lexer over the whole file, or over `range` of it (for prose interpolations).
    public init(source: SourceFile, file: FileID = 0, range: Range<Int>? = nil) {
        self.bytes = source.bytes
        self.file = file
        self.index = range?.lowerBound ?? 0
        self.limit = range?.upperBound ?? source.bytes.count
        self.atLineStart = range == nil
    }

    /// Lexes everything, ending with an `end` token.
    public mutating func tokenize() -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The next token.
    public mutating func next() -> Token {
        let spaced = skipSpaceAndComments()
        let start = index
        guard index < limit else { return Token(kind: .end, span: span(start), spaceBefore: spaced) }
        let byte = bytes[index]
        // A heading or prose starts in column 1: `  > x` is a comparison, not prose.
        let lineStart = atLineStart && (start == 0 || bytes[start - 1] == UInt8(ascii: "\n"))
        atLineStart = false
        if byte == UInt8(ascii: "\n") {
            index += 1
            atLineStart = true
            return Token(kind: .newline, span: span(start), spaceBefore: spaced)
        }
        if lineStart, byte == UInt8(ascii: "#") { return heading(start: start, spaced: spaced) }
        if lineStart, byte == UInt8(ascii: ">") {
            index += 1
            skipToLineEnd()
            return Token(kind: .prose, span: span(start), spaceBefore: spaced)
        }
        if isDigit(byte) { return number(start: start, dollar: false, spaced: spaced) }
        if byte == UInt8(ascii: "$") {
            index += 1
            if index < limit, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".") && peekDigit(1) {
                return number(start: start, dollar: true, spaced: spaced)
            }
            return Token(kind: .dollar, span: span(start), spaceBefore: spaced)
        }
        if isIdentifierStart(byte) { return identifier(start: start, spaced: spaced) }
        if byte == UInt8(ascii: "\"") { return string(start: start, spaced: spaced) }
        return symbol(start: start, spaced: spaced)
    }

    // MARK: - Pieces

    /// Skips blanks and `//` comments; reports whether anything was skipped.
    mutating func skipSpaceAndComments() -> Bool {
        var skipped = false
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
                index += 1
                skipped = true
            } else if byte == UInt8(ascii: "/"), index + 1 < limit, bytes[index + 1] == UInt8(ascii: "/") {
                skipToLineEnd()
                skipped = true
            } else {
                break
            }
        }
        return skipped
    }

    mutating func skipToLineEnd() {
        while index < limit, bytes[index] != UInt8(ascii: "\n") { index += 1 }
    }

    mutating func heading(start: Int, spaced: Bool) -> Token {
        var level = 0
        while index < limit, bytes[index] == UInt8(ascii: "#") {
            level += 1
            index += 1
        }
        let textStart = index
        skipToLineEnd()
        var text = String(decoding: bytes[textStart..<index], as: UTF8.self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\r" || text.last == "\t" { text.removeLast() }
        return Token(kind: .heading(level: level, text: text), span: span(start), spaceBefore: spaced)
    }

    mutating func identifier(start: Int, spaced: Bool) -> Token {
        while index < limit {
            let byte = bytes[index]
            if isIdentifierContinue(byte) {
                index += 1
            } else if byte == UInt8(ascii: "."), index + 1 < limit, isIdentifierStart(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        return Token(kind: .identifier(name), span: span(start), spaceBefore: spaced)
    }

    mutating func string(start: Int, spaced: Bool) -> Token {
        index += 1
        var text: [UInt8] = []
        while index < limit, bytes[index] != UInt8(ascii: "\n") {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                return Token(
                    kind: .string(String(decoding: text, as: UTF8.self)), span: span(start), spaceBefore: spaced)
            }
            if byte == UInt8(ascii: "\\"), index < limit, bytes[index] == UInt8(ascii: "\"") {
                text.append(bytes[index])
                index += 1
            } else {
                text.append(byte)
            }
        }
        return Token(kind: .error(.unterminatedString), span: span(start), spaceBefore: spaced)
    }

    mutating func symbol(start: Int, spaced: Bool) -> Token {
        let byte = bytes[index]
        index += 1
        let next: UInt8? = index < limit ? bytes[index] : nil
        let kind: TokenKind
        switch byte {
        case UInt8(ascii: "+"): kind = .plus
        case UInt8(ascii: "-"): kind = .minus
        case UInt8(ascii: "*"): kind = .star
        case UInt8(ascii: "/"): kind = .slash
        case UInt8(ascii: "^"): kind = .caret
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: "{"): kind = .leftBrace
        case UInt8(ascii: "}"): kind = .rightBrace
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ";"): kind = .semicolon
        case UInt8(ascii: ":"): kind = .colon
        case UInt8(ascii: "|"): kind = .pipe
        case UInt8(ascii: "%"): kind = .percent
        case UInt8(ascii: "'") where next.map(isDigit) ?? false:
            let digitsStart = index
            while index < limit, isDigit(bytes[index]) { index += 1 }
            kind = .yearSuffix(String(decoding: bytes[digitsStart..<index], as: UTF8.self))
        case UInt8(ascii: "="):
            if next == UInt8(ascii: "=") {
                index += 1
                kind = .equalEqual
            } else {
                kind = .equals
            }
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: "=") {
                index += 1
                kind = .lessEqual
            } else {
                kind = .less
            }
        case UInt8(ascii: ">"):
            if next == UInt8(ascii: "=") {
                index += 1
                kind = .greaterEqual
            } else {
                kind = .greater
            }
        case UInt8(ascii: "!") where next == UInt8(ascii: "="):
            index += 1
            kind = .bangEqual
        case 0xE2 where matches([0x80, 0x93]):  // – en dash
            index += 2
            kind = .rangeDash
        case 0xE2 where matches([0x88, 0x92]):  // − minus sign
            index += 2
            kind = .minus
        case 0xC3 where matches([0x97]):  // × multiplication sign
            index += 1
            kind = .star
        default:
            index -= 1
            let length = utf8Length(byte)
            let end = min(limit, index + length)
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            index = end
            kind = .error(.unexpectedCharacter(text))
        }
        return Token(kind: kind, span: span(start), spaceBefore: spaced)
    }

    func matches(_ following: [UInt8]) -> Bool {
        guard index + following.count <= limit else { return false }
        for (offset, byte) in following.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    func span(_ start: Int) -> Span { Span(file: file, start: start, end: index) }

    func peekDigit(_ offset: Int) -> Bool {
        index + offset < limit && isDigit(bytes[index + offset])
    }
}

func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "_")
}

func isIdentifierContinue(_ byte: UInt8) -> Bool { isIdentifierStart(byte) || isDigit(byte) }

func utf8Length(_ lead: UInt8) -> Int {
    if lead < 0x80 { return 1 }
    if lead >> 5 == 0b110 { return 2 }
    if lead >> 4 == 0b1110 { return 3 }
    if lead >> 3 == 0b11110 { return 4 }
    return 1
}
