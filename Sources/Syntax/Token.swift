import Diagnostics

/// A lexical token: what it is, where it is, and whether whitespace came before it.
public struct Token: Sendable {
    /// What the token is.
    public var kind: TokenKind
    /// Where it is.
    public var span: Span
    /// Whether spaces or tabs separate it from the previous token on the line.
    public var spaceBefore: Bool
}

/// A number as written: its digits, an optional `$`, scale and suffix.
public struct NumberLiteral: Sendable, Equatable {
    /// The value of the digits, before any scale.
    public var digits: Double
    /// The scale factor from `k`, `M`, `B`, `T` or a word such as `million`; nil when none.
    public var scale: Double?
    /// Whether a `$` came right before it.
    public var dollar: Bool
    /// A `%` or `x` right after it.
    public var suffix: NumberSuffix

    /// The value with its scale applied (a percentage is not divided by 100 here).
    public var scaledValue: Double { digits * (scale ?? 1) }
}

/// What a number literal says about itself after its digits.
public enum NumberSuffix: Sendable, Equatable {
    case none
    case percent
    case multiplier
}

/// The kinds of token.
public enum TokenKind: Sendable, Equatable {
    case number(NumberLiteral)
    case identifier(String)
    case string(String)
    /// A `$` not followed by a digit: the money unit, as in `$/yr`.
    case dollar
    case plus, minus, star, slash, caret
    case leftParen, rightParen, leftBrace, rightBrace
    case comma, equals, semicolon, pipe, percent, colon
    case less, lessEqual, greater, greaterEqual, equalEqual, bangEqual
    /// An apostrophe and the digits after it, as in `Q4'26`: the digits.
    case yearSuffix(String)
    /// A hyphen-like dash between two numbers that always means a range: `–` (en dash).
    case rangeDash
    /// A line starting with `#`: a heading of the given level.
    case heading(level: Int, text: String)
    /// A line starting with `>`: prose, with `{expr}` interpolations.
    case prose
    case newline
    case end
    /// Text the lexer could not read; the parser turns it into a diagnostic.
    case error(LexError)
}

/// What the lexer could not read.
public enum LexError: Sendable, Equatable {
    case unexpectedCharacter(String)
    case numberOutOfRange(String)
    case malformedNumber(String)
    case unterminatedString
}
