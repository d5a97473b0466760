import Diagnostics

/// The scale words a number may be followed by: `25 million`.
let scaleWords: [String: Double] = [
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
]

extension Lexer {
    /// NUMBER ::= "$"? (DIGITS FRACTION? | <after "$" only> FRACTION) EXPONENT? NUMBER_SUFFIX?
    ///
    /// `,` groups digits only when exactly three digits follow it (`6,000`, not `max(1,2)`);
    /// `_` groups digits anywhere.
    mutating func number(start: Int, dollar: Bool, spaced: Bool) -> Token {
        if dollar { index = start + 1 }
        let digitsStart = index
        var text: [UInt8] = []
        scanDigits(into: &text, grouping: true)
        if index + 1 < limit, bytes[index] == UInt8(ascii: "."), isDigit(bytes[index + 1]) {
            text.append(bytes[index])
            index += 1
            scanDigits(into: &text, grouping: false)
        }
        if index < limit, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var probe = index + 1
            if probe < limit, bytes[probe] == UInt8(ascii: "+") || bytes[probe] == UInt8(ascii: "-") { probe += 1 }
            if probe < limit, isDigit(bytes[probe]) {
                text.append(contentsOf: bytes[index..<probe])
                index = probe
                scanDigits(into: &text, grouping: false)
            }
        }
        var written: String { String(decoding: bytes[digitsStart..<index], as: UTF8.self) }
        guard let digits = Double(String(decoding: text, as: UTF8.self)) else {
            return Token(kind: .error(.malformedNumber(written)), span: span(start), spaceBefore: spaced)
        }
        guard digits.isFinite else {
            return Token(kind: .error(.numberOutOfRange(written)), span: span(start), spaceBefore: spaced)
        }
        var literal = NumberLiteral(digits: digits, scale: nil, dollar: dollar, suffix: .none)
        if index < limit, !(index + 1 < limit && isIdentifierContinue(bytes[index + 1])) {
            switch bytes[index] {
            case UInt8(ascii: "k"), UInt8(ascii: "K"): literal.scale = 1e3
            case UInt8(ascii: "M"): literal.scale = 1e6
            case UInt8(ascii: "B"): literal.scale = 1e9
            case UInt8(ascii: "T"): literal.scale = 1e12
            case UInt8(ascii: "x"): literal.suffix = .multiplier
            default: break
            }
            if literal.scale != nil || literal.suffix != .none { index += 1 }
        }
        if literal.scale == nil, literal.suffix == .none, let (word, end) = followingWord(),
            let scale = scaleWords[word]
        {
            literal.scale = scale
            index = end
        }
        if literal.suffix == .none, index < limit, bytes[index] == UInt8(ascii: "%") {
            literal.suffix = .percent
            index += 1
        }
        if !literal.scaledValue.isFinite {
            let all = String(decoding: bytes[start..<index], as: UTF8.self)
            return Token(kind: .error(.numberOutOfRange(all)), span: span(start), spaceBefore: spaced)
        }
        return Token(kind: .number(literal), span: span(start), spaceBefore: spaced)
    }

    mutating func scanDigits(into text: inout [UInt8], grouping: Bool) {
        while index < limit {
            let byte = bytes[index]
            if isDigit(byte) {
                text.append(byte)
                index += 1
            } else if byte == UInt8(ascii: "_"), peekDigit(1) {
                index += 1
            } else if grouping, byte == UInt8(ascii: ","), peekDigit(1), peekDigit(2), peekDigit(3), !peekDigit(4) {
                index += 1
            } else {
                break
            }
        }
    }

    /// The word after blanks, if the next thing is a word that could be a scale word, and the
    /// offset where it ends.
    func followingWord() -> (String, Int)? {
        var probe = index
        while probe < limit, bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "\t") { probe += 1 }
        let start = probe
        while probe < limit, isIdentifierContinue(bytes[probe]) { probe += 1 }
        // Only a scale word is asked for, and each is 7 or 8 letters: a shorter or longer word
        // is not made into a string.
        guard probe - start == 7 || probe - start == 8, isIdentifierStart(bytes[start]) else { return nil }
        return (String(decoding: bytes[start..<probe], as: UTF8.self), probe)
    }
}
