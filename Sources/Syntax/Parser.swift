import Diagnostics

/// What parsing a source gives: statements, diagnostics, and whether the input merely stopped early.
public struct ParseResult: Sendable {
    /// The statements that parsed.
    public var statements: [Statement]
    /// Every problem found, in source order.
    public var diagnostics: [Diagnostic]
    /// True when the only problem is that the input ended too soon (an open bracket, a trailing
    /// operator): a REPL asks for another line instead of reporting an error.
    public var isIncomplete: Bool
}

/// A recursive-descent parser with one function per grammar rule of Grammar/tnb.ebnf.
public struct Parser {
    /// Words that cannot be names.
    public static let keywords: Set<String> = [
        "let", "unit", "in", "as", "of", "to", "per", "param", "assert", "figures", "and", "or", "not", "at", "by",
        "until",
        "when", "project",
    ]
    /// The words of `project` that are keywords only in their place (`project x from ... growth
    /// ... monthly`): still names elsewhere, but completion offers them after `project`.
    public static let projectionKeywords: Set<String> = ["from", "growth", "monthly", "quarterly", "yearly"]
    /// The largest source one parse accepts: 32 MiB, over ten times a 100,000-line notebook.
    public static let maximumInputBytes = 32 << 20
    /// How deeply expressions may nest.
    public static let maximumDepth = 200

    let source: SourceFile
    var tokens: [Token]
    var position = 0
    var depth = 0
    var parenDepth = 0
    var diagnostics: [Diagnostic] = []
    var sawIncomplete = false
    /// Words that end a unit-word run where they are contextual keywords (`growth` after `from $9B`).
    var stopWords: Set<String> = []

    /// Makes a parser over a whole source file.
    public init(source: SourceFile, file: FileID = 0) {
        var lexer = Lexer(source: source, file: file)
        self.source = source
        self.tokens = lexer.tokenize()
    }

    /// Parses a whole source file.
    public static func parse(_ source: SourceFile, file: FileID = 0) -> ParseResult {
        guard source.bytes.count <= maximumInputBytes else {
            let error = ParseError(
                kind: .inputTooLarge(bytes: source.bytes.count, limit: maximumInputBytes),
                span: Span(file: file, start: 0, end: 0))
            return ParseResult(statements: [], diagnostics: [error.diagnostic], isIncomplete: false)
        }
        var parser = Parser(source: source, file: file)
        return parser.parseProgram()
    }

    /// program ::= SEPARATOR* (statement statementEnd SEPARATOR*)* EOF
    public mutating func parseProgram() -> ParseResult {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            if current.kind == .end { break }
            do {
                let statement = try parseStatement()
                try expectStatementEnd()
                statements.append(statement)
            } catch let error as ParseError {
                record(error)
                recover()
            } catch {
                recover()
            }
        }
        let incomplete =
            sawIncomplete && diagnostics.allSatisfy { $0.id == ParseErrorKind.unexpectedEnd(expected: "").id }
        return ParseResult(statements: statements, diagnostics: diagnostics, isIncomplete: incomplete)
    }

    // MARK: - Token access

    /// The current token; newlines are invisible inside brackets.
    var current: Token {
        mutating get {
            if parenDepth > 0 { skipNewlines() }
            return tokens[position]
        }
    }

    mutating func advance() -> Token {
        let token = current
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// The token after the current one, not skipping anything.
    func peek(_ offset: Int = 1) -> Token {
        tokens[min(position + offset, tokens.count - 1)]
    }

    mutating func skipNewlines() {
        while tokens[position].kind == .newline { position += 1 }
    }

    mutating func skipSeparators() {
        while tokens[position].kind == .newline || tokens[position].kind == .semicolon { position += 1 }
    }

    /// Whether the current token is the given keyword.
    mutating func atKeyword(_ word: String) -> Bool {
        if case .identifier(word) = current.kind { return true }
        return false
    }

    /// The current token, consumed, when it is of `kind`; otherwise the error that `description`
    /// (built only then) was expected.
    mutating func expect(_ kind: TokenKind, _ description: @autoclosure () -> String) throws -> Token {
        guard current.kind == kind else { throw unexpected(expected: description()) }
        return advance()
    }

    mutating func expectKeyword(_ word: String) throws -> Token {
        guard atKeyword(word) else { throw unexpected(expected: "'\(word)'") }
        return advance()
    }

    /// statementEnd ::= SEPARATOR | EOF
    mutating func expectStatementEnd() throws {
        switch tokens[position].kind {
        case .newline, .semicolon, .end: return
        default: throw unexpected(expected: "end of statement")
        }
    }

    /// The error for the current token when something else was expected.
    mutating func unexpected(expected: String) -> ParseError {
        let token = current
        switch token.kind {
        case .end: return ParseError(kind: .unexpectedEnd(expected: expected), span: endOfLastToken())
        case .error(let error): return lexError(error, token.span)
        default: return ParseError(kind: .unexpectedToken(found: describe(token), expected: expected), span: token.span)
        }
    }

    /// An empty span just after the last token before the end, so that "unfinished input" points
    /// at the line that stopped early rather than at an empty line after it.
    func endOfLastToken() -> Span {
        var index = min(position, tokens.count - 1)
        while index > 0, tokens[index].kind == .newline || tokens[index].kind == .end { index -= 1 }
        let last = tokens[index]
        if last.kind == .newline || last.kind == .end { return tokens[tokens.count - 1].span }
        return Span(file: last.span.file, start: last.span.end, end: last.span.end)
    }

    func lexError(_ error: LexError, _ span: Span) -> ParseError {
        switch error {
        case .unexpectedCharacter(let text): ParseError(kind: .unexpectedCharacter(text), span: span)
        case .numberOutOfRange(let text): ParseError(kind: .numberOutOfRange(text), span: span)
        case .malformedNumber(let text): ParseError(kind: .malformedNumber(text), span: span)
        case .unterminatedString: ParseError(kind: .unterminatedString, span: span)
        }
    }

    /// How a token is named in messages.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .newline: "end of line"
        case .end: "end of input"
        case .prose: "prose"
        case .heading: "a heading"
        default: "'\(source.text(of: token.span))'"
        }
    }

    mutating func record(_ error: ParseError) {
        if case .unexpectedEnd = error.kind { sawIncomplete = true }
        diagnostics.append(error.diagnostic)
    }

    /// Skips to the end of the broken statement so later statements still get checked.
    mutating func recover() {
        parenDepth = 0
        depth = 0
        while true {
            switch tokens[position].kind {
            case .newline, .semicolon, .end: return
            default: position += 1
            }
        }
    }

    /// Guards recursion so deeply nested input gives an error instead of a stack overflow.
    mutating func descend() throws {
        depth += 1
        if depth > Parser.maximumDepth {
            throw ParseError(kind: .nestingTooDeep(limit: Parser.maximumDepth), span: current.span)
        }
    }
}
