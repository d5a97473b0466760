import Diagnostics

extension Parser {
    /// statement ::= letStatement | unitStatement | paramStatement | scenarioStatement | assertStatement | projectStatement | asOfStatement | HEADING | prose | expression
    mutating func parseStatement() throws -> Statement {
        let token = current
        switch token.kind {
        case .heading(let level, let text):
            _ = advance()
            return Statement(.heading(level: level, text: text), token.span)
        case .prose:
            _ = advance()
            return Statement(.prose(try parseProse(token.span)), token.span)
        case .identifier("let"):
            return try parseLetStatement()
        case .identifier("unit"):
            return try parseUnitStatement()
        case .identifier("param"):
            return try parseParamStatement()
        case .identifier("assert"):
            return try parseAssertStatement()
        case .identifier("project"):
            return try parseProjectStatement()
        case .identifier("as") where peek(1).kind == .identifier("of"):
            return try parseAsOfStatement()
        case .identifier("scenario") where peek(2).kind == .colon:
            return try parseScenarioStatement()
        default:
            let expression = try parseExpression()
            if case .name(let name) = expression.kind, tokens[position].kind == .equals {
                throw ParseError(kind: .missingLet(name), span: expression.span.union(tokens[position].span))
            }
            return Statement(.expression(expression), expression.span)
        }
    }

    /// letStatement ::= "let" NAME ("(" (NAME ("," NAME)*)? ")")? "=" expression
    mutating func parseLetStatement() throws -> Statement {
        let start = advance().span
        let name = try parseDefinedName()
        if current.kind == .leftParen {
            _ = advance()
            parenDepth += 1
            var parameters: [Name] = []
            if current.kind != .rightParen {
                parameters.append(try parseDefinedName())
                while current.kind == .comma {
                    _ = advance()
                    parameters.append(try parseDefinedName())
                }
            }
            _ = try expect(.rightParen, "',' or ')' after the parameters")
            parenDepth -= 1
            _ = try expect(.equals, "'=' after the parameters")
            let body = try parseExpression()
            return Statement(.letFunction(name, parameters, body), start.union(body.span))
        }
        _ = try expect(.equals, "'=' after '\(name.text)'")
        let value = try parseExpression()
        return Statement(.letValue(name, value), start.union(value.span))
    }

    /// unitStatement ::= "unit" NAME ("=" expression)?
    mutating func parseUnitStatement() throws -> Statement {
        let start = advance().span
        let name = try parseDefinedName()
        if current.kind == .equals {
            _ = advance()
            let definition = try parseExpression()
            return Statement(.unitDeclaration(name, definition), start.union(definition.span))
        }
        return Statement(.unitDeclaration(name, nil), start.union(name.span))
    }

    /// A name being defined: an identifier that is not a keyword and has no dots.
    mutating func parseDefinedName() throws -> Name {
        let token = current
        guard case .identifier(let text) = token.kind else { throw unexpected(expected: "a name") }
        if Parser.keywords.contains(text) { throw ParseError(kind: .reservedWord(text), span: token.span) }
        if text.contains(".") { throw ParseError(kind: .dottedName(text), span: token.span) }
        _ = advance()
        return Name(text, token.span)
    }

    /// prose ::= PROSE_START (PROSE_TEXT | "{" expression "}")*
    mutating func parseProse(_ span: Span) throws -> [ProsePart] {
        let bytes = source.bytes
        var parts: [ProsePart] = []
        var index = span.start + 1
        if index < span.end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        var textStart = index
        while index < span.end {
            guard bytes[index] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            if index > textStart { parts.append(.text(String(decoding: bytes[textStart..<index], as: UTF8.self))) }
            var close = index + 1
            while close < span.end, bytes[close] != UInt8(ascii: "}") { close += 1 }
            guard close < span.end else {
                throw ParseError(kind: .unclosedInterpolation, span: Span(file: span.file, start: index, end: span.end))
            }
            parts.append(.expression(try parseInterpolation(Span(file: span.file, start: index + 1, end: close))))
            index = close + 1
            textStart = index
        }
        var tail = String(decoding: bytes[textStart..<span.end], as: UTF8.self)
        while tail.last == "\r" || tail.last == " " { tail.removeLast() }
        if !tail.isEmpty { parts.append(.text(tail)) }
        return parts
    }

    /// Parses the expression inside `{` and `}` of a prose line.
    func parseInterpolation(_ span: Span) throws -> Expr {
        var lexer = Lexer(source: source, file: span.file, range: span.start..<span.end)
        var inner = Parser(source: source, tokens: lexer.tokenize())
        let expression = try inner.parseExpression()
        guard inner.current.kind == .end else { throw inner.unexpected(expected: "'}'") }
        return expression
    }

    init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }
}
