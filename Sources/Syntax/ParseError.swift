import Diagnostics

/// A problem the parser found: its kind and where it is.
public struct ParseError: Error, Sendable {
    /// What went wrong.
    public var kind: ParseErrorKind
    /// Where.
    public var span: Span

    /// The diagnostic to show.
    public var diagnostic: Diagnostic { kind.diagnostic(at: span) }
}

/// What the parser can find wrong; every message lives here.
public enum ParseErrorKind: DiagnosticKind, Equatable {
    case unexpectedCharacter(String)
    case numberOutOfRange(String)
    case malformedNumber(String)
    case unterminatedString
    case unexpectedEnd(expected: String)
    case unexpectedToken(found: String, expected: String)
    case nestingTooDeep(limit: Int)
    case reversedRange(String)
    /// `1-72%`: one minus a percentage, or a range of percentages?
    case ambiguousRange(low: String, high: String)
    case reservedWord(String)
    case unclosedInterpolation
    case dottedName(String)
    case unknownPeriod(String)
    /// `x = 5`: an assignment written without `let`.
    case missingLet(String)
    case inputTooLarge(bytes: Int, limit: Int)

    public var id: String {
        switch self {
        case .unexpectedCharacter: "unexpected-character"
        case .numberOutOfRange: "number-out-of-range"
        case .malformedNumber: "malformed-number"
        case .unterminatedString: "unterminated-string"
        case .unexpectedEnd: "unfinished-input"
        case .unexpectedToken: "unexpected-token"
        case .nestingTooDeep: "nesting-too-deep"
        case .reversedRange: "reversed-range"
        case .ambiguousRange: "ambiguous-range"
        case .reservedWord: "reserved-word"
        case .unclosedInterpolation: "unclosed-interpolation"
        case .dottedName: "dotted-name"
        case .unknownPeriod: "unknown-period"
        case .missingLet: "missing-let"
        case .inputTooLarge: "input-too-large"
        }
    }

    public var message: String {
        switch self {
        case .unexpectedCharacter(let text): "unexpected character '\(text)'"
        case .numberOutOfRange(let text): "number '\(text)' is out of range"
        case .malformedNumber(let text): "malformed number '\(text)'"
        case .unterminatedString: "unterminated string: a '\"' is missing"
        case .unexpectedEnd(let expected): "unfinished input: expected \(expected)"
        case .unexpectedToken(let found, let expected): "expected \(expected), found \(found)"
        case .nestingTooDeep(let limit): "expression nested too deeply (the limit is \(limit) levels)"
        case .reversedRange(let text): "range '\(text)' runs from high to low"
        case .ambiguousRange(let low, let high): "'\(low)-\(high)' reads both as a subtraction and as a range"
        case .reservedWord(let word): "'\(word)' is a reserved word and cannot be used as a name"
        case .unclosedInterpolation: "unclosed '{' in prose: a '}' is missing"
        case .dottedName(let name): "cannot define '\(name)': names with '.' are dataset figures"
        case .unknownPeriod(let text): "unknown period '\(text)'"
        case .missingLet(let name): "cannot assign to '\(name)' without 'let'"
        case .inputTooLarge(_, let limit):
            "the input is larger than the limit of \(limit / 1_048_576) MiB"
        }
    }

    public var notes: [String] {
        switch self {
        case .reversedRange:
            ["a tight range such as '7-8 years' goes from low to high; write 'a - b' with spaces to subtract"]
        case .ambiguousRange(let low, let high):
            ["write '\(low) - \(high)' (with spaces) to subtract, or '\(low)% to \(high)' for a range of percentages"]
        case .numberOutOfRange: ["numbers must lie within about ±1.8e308"]
        case .unknownPeriod: [ParseErrorKind.periodSpellings]
        case .missingLet(let name): ["write 'let \(name) = ...' to define a name, or '==' to compare"]
        default: []
        }
    }
}

extension ParseErrorKind {
    /// The note under every unknown period: the spellings tnb reads.
    public static let periodSpellings =
        "write a quarter ('Q4 2026', '2026Q4', 'Q4'26', 'Q4'), a month ('Apr 2026', 'April'), a year ('2028') or 'end of 2026'"
}
