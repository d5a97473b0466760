import Diagnostics

extension Parser {
    /// expression ::= whenExpression | conversion
    public mutating func parseExpression() throws -> Expr {
        try descend()
        defer { depth -= 1 }
        // `when` takes the whole of what follows, so it stands only where a whole expression
        // does (`let c = when s > p`, `low(when s > p)`, `(when s > p)`): inside arithmetic its
        // condition would swallow the rest, a projection's `to` included.
        if case .identifier("when") = current.kind { return try parseWhenExpression() }
        return try parseConversion()
    }

    /// conversion ::= comparison ("in" (scaleTarget | comparison) | "as" "a"? "%" ("of" comparison)?)*
    mutating func parseConversion() throws -> Expr {
        let first = try parseComparison()
        var links: [ChainLink] = []
        while true {
            if atKeyword("in") {
                let word = advance()
                if current.kind == .percent {
                    throw unexpected(expected: "a unit after 'in' (to show a percentage, write 'as %')")
                }
                let target = try atScaleTarget() ? try parseScaleTarget() : try parseComparison()
                links.append(ChainLink(.convert(target), word.span.union(target.span)))
            } else if atKeyword("as") {
                let word = advance()
                // `20 as a % of 200`, as Soulver spells it, is `20 as % of 200`.
                if case .identifier("a") = current.kind, peek(1).kind == .percent { _ = advance() }
                let percent = current
                guard percent.kind == .percent else { throw unexpected(expected: "'%' after 'as'") }
                _ = advance()
                var whole: Expr?
                var span = word.span.union(percent.span)
                if atKeyword("of") {
                    _ = advance()
                    let base = try parseComparison()
                    whole = base
                    span = span.union(base.span)
                }
                links.append(ChainLink(.asPercent(of: whole), span))
            } else {
                return .chain(first, links)
            }
        }
    }

    /// The scale letters a value can be shown in: `in $M`, `in k`.
    public static let scaleLetters = ["k": 1e3, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]

    /// Whether the tokens after `in` are a display scale: `$M`, `$B/yr`, `k`.
    mutating func atScaleTarget() -> Bool {
        let letter = current.kind == .dollar ? peek(1) : current
        guard case .identifier(let word) = letter.kind, Parser.scaleLetters[word] != nil else { return false }
        // `in k` followed by more of an expression (`in k * 2`) is a name, not a scale.
        let after = peek(current.kind == .dollar ? 2 : 1).kind
        switch after {
        case .slash, .end, .newline, .semicolon, .rightParen, .comma, .identifier("in"), .identifier("as"): return true
        default: return false
        }
    }

    /// scaleTarget ::= "$"? SCALE_LETTER ("/" UNIT_WORD)*
    ///
    /// A display scale after `in`: `$2.5B in $M` is `$2,500M`, `2500000 in k` is `2,500k`, and
    /// `$7M/yr in $k/yr` is `$7,000k/yr`.
    mutating func parseScaleTarget() throws -> Expr {
        let start = current.span
        let money = current.kind == .dollar
        if money { _ = advance() }
        let letterToken = advance()
        guard case .identifier(let letter) = letterToken.kind else { throw unexpected(expected: "a scale letter") }
        var target = Expr(.scale(letter: letter, money: money), start.union(letterToken.span))
        while current.kind == .slash {
            _ = advance()
            guard case .identifier(let word) = current.kind else { throw unexpected(expected: "a unit after '/'") }
            let unit = advance()
            target = Expr(.binary(.divide, target, Expr(.name(word), unit.span)), target.span.union(unit.span))
        }
        return target
    }

    /// comparison ::= range (("<" | "<=" | ">" | ">=" | "==" | "!=") range)?
    mutating func parseComparison() throws -> Expr {
        let left = try parseRange()
        let op: CompareOperator
        switch current.kind {
        case .less: op = .less
        case .lessEqual: op = .lessEqual
        case .greater: op = .greater
        case .greaterEqual: op = .greaterEqual
        case .equalEqual: op = .equal
        case .bangEqual: op = .notEqual
        default: return left
        }
        _ = advance()
        let right = try parseRange()
        return Expr(.compare(op, left, right), left.span.union(right.span))
    }

    /// range ::= additive ("to" additive)?
    mutating func parseRange() throws -> Expr {
        let low = try parseAdditive()
        guard atKeyword("to") else { return low }
        _ = advance()
        let high = try parseAdditive()
        return Expr(.range(low, high), low.span.union(high.span))
    }

    /// additive ::= multiplicative (("+" | "-") multiplicative)*
    mutating func parseAdditive() throws -> Expr {
        let first = try parseMultiplicative()
        var links: [ChainLink] = []
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .plus: op = .add
            case .minus: op = .subtract
            default: return .chain(first, links)
            }
            let symbol = advance()
            let right = try parseMultiplicative()
            links.append(ChainLink(.binary(op, right), symbol.span.union(right.span)))
        }
    }

    /// multiplicative ::= unary (("*" | "/" | "per" | "of") unary)*
    mutating func parseMultiplicative() throws -> Expr {
        let first = try parseUnary()
        var links: [ChainLink] = []
        while true {
            let op: BinaryOperator
            switch current.kind {
            case .star: op = .multiply
            case .slash: op = .divide
            case .identifier("per"): op = .per
            case .identifier("of"): op = .of
            default: return .chain(first, links)
            }
            let symbol = advance()
            let right = try parseUnary()
            links.append(ChainLink(.binary(op, right), symbol.span.union(right.span)))
        }
    }

    /// unary ::= "-" unary | atExpression
    mutating func parseUnary() throws -> Expr {
        skipNewlines()
        guard current.kind == .minus else { return try parseAtExpression() }
        try descend()
        defer { depth -= 1 }
        let minus = advance()
        let operand = try parseUnary()
        return Expr(.negate(operand), minus.span.union(operand.span))
    }

    /// power ::= juxtaposition ("^" unary)?
    mutating func parsePower() throws -> Expr {
        let base = try parseJuxtaposition()
        guard current.kind == .caret else { return base }
        _ = advance()
        try descend()
        defer { depth -= 1 }
        let exponent = try parseUnary()
        return Expr(.binary(.power, base, exponent), base.span.union(exponent.span))
    }

    /// juxtaposition ::= (NUMBER | tightRange | negativeMoney | "(" expression ")") (UNIT_WORD unitPower? | RATE_SLASH UNIT_WORD unitPower?)* | primary
    ///
    /// Only after a number, a range literal or a bracket: `12 months`, `2B tokens`, `7-8 years`,
    /// `(1 to 2) years`. A `/` written without spaces before a word makes a rate that binds as
    /// tightly as the number: `$7M/yr / $25M/yr` is 0.28. A power right after a unit word is the
    /// unit's (`16 years^2` is 16 year², as Numbat, GNU units, qalc and pint read it); bracket the
    /// amount to raise it whole (`(16 years)^2`).
    mutating func parseJuxtaposition() throws -> Expr {
        let startsWithValue: Bool
        switch current.kind {
        case .number, .leftParen: startsWithValue = true
        case .dollar: startsWithValue = peek().kind == .minus && !peek().spaceBefore
        default: startsWithValue = false
        }
        let first = try parsePrimary()
        guard startsWithValue else { return first }
        var links: [ChainLink] = []
        while true {
            if let (name, span) = unitWord(at: position) {
                position += 1
                let unit = parseUnitPower(Expr(.name(name), span))
                links.append(ChainLink(.binary(.multiply, unit), unit.span))
            } else if tokens[position].kind == .slash, !tokens[position].spaceBefore,
                !peek().spaceBefore, let (name, span) = unitWord(at: position + 1)
            {
                let slash = tokens[position].span
                position += 2
                let unit = parseUnitPower(Expr(.name(name), span))
                links.append(ChainLink(.binary(.divide, unit), slash.union(unit.span)))
            } else {
                return .chain(first, links)
            }
        }
    }

    /// unitPower ::= "^" "-"? NUMBER
    ///
    /// A unit word with the power written right after it (`years^2`, `yr^-1`), or the word alone.
    mutating func parseUnitPower(_ unit: Expr) -> Expr {
        guard tokens[position].kind == .caret else { return unit }
        var index = position + 1
        let negative = index < tokens.count && tokens[index].kind == .minus
        if negative { index += 1 }
        guard index < tokens.count, case .number(let literal) = tokens[index].kind, literal.suffix == .none,
            !literal.dollar, literal.scale == nil, !startsTightRange(at: index)
        else { return unit }
        let span = tokens[position + 1].span.union(tokens[index].span)
        position = index + 1
        var exponent = Expr(.number(literal), tokens[index].span)
        if negative { exponent = Expr(.negate(exponent), span) }
        return Expr(.binary(.power, unit, exponent), unit.span.union(span))
    }

    /// negativeMoney ::= "$" "-" NUMBER
    ///
    /// `$-5` is minus five dollars, as `-$5` is; nil (nothing read) unless the "-" and the number
    /// follow the "$" with no blank.
    mutating func parseNegativeMoney(after dollar: Token) -> Expr? {
        guard current.kind == .minus, !current.spaceBefore, case .number(var literal) = peek().kind,
            !peek().spaceBefore, !literal.dollar
        else { return nil }
        _ = advance()
        let number = advance()
        literal.dollar = true
        return Expr(.negate(Expr(.number(literal), number.span)), dollar.span.union(number.span))
    }

    /// Whether the number literal at a token index starts a tight range (`7-8 years`, `35–45`).
    func startsTightRange(at index: Int) -> Bool {
        guard index + 2 < tokens.count, case .number(let low) = tokens[index].kind,
            case .number(let high) = tokens[index + 2].kind
        else { return false }
        let dash = tokens[index + 1]
        switch dash.kind {
        case .rangeDash: return true
        case .minus:
            guard !dash.spaceBefore, !tokens[index + 2].spaceBefore else { return false }
            if low.dollar || high.dollar || high.scale != nil || high.suffix != .none { return true }
            if index + 3 < tokens.count, case .identifier(let word) = tokens[index + 3].kind,
                !Parser.keywords.contains(word)
            {
                return true
            }
            return false
        default: return false
        }
    }

    /// The word at a token index if it can be a unit after a number: not a keyword, not a call.
    func unitWord(at index: Int) -> (String, Span)? {
        guard index < tokens.count, case .identifier(let name) = tokens[index].kind, !Parser.keywords.contains(name),
            !stopWords.contains(name),
            index + 1 < tokens.count, tokens[index + 1].kind != .leftParen
        else { return nil }
        return (name, tokens[index].span)
    }

    /// primary ::= periodLiteral | NUMBER | tightRange | negativeMoney | "$" | query | IDENT | call | STRING | "(" expression ")"
    mutating func parsePrimary() throws -> Expr {
        let token = current
        switch token.kind {
        case .number(let literal):
            if let (period, count, span) = try parsePeriodLiteral(loose: false) {
                position += count
                return Expr(.period(period), span)
            }
            _ = advance()
            if let range = try parseTightRange(after: literal, token.span) { return range }
            return Expr(.number(literal), token.span)
        case .dollar:
            _ = advance()
            if let negative = parseNegativeMoney(after: token) { return negative }
            return Expr(.dollar, token.span)
        case .string(let text):
            _ = advance()
            return Expr(.string(text), token.span)
        case .identifier("figures"):
            return try parseQuery()
        case .identifier(let name):
            if Parser.keywords.contains(name) { throw unexpected(expected: "a value") }
            if let (period, count, span) = try parsePeriodLiteral(loose: false) {
                position += count
                return Expr(.period(period), span)
            }
            _ = advance()
            if peek(0).kind == .leftParen { return try parseCall(name, token.span) }
            return Expr(.name(name), token.span)
        case .leftParen:
            _ = advance()
            parenDepth += 1
            let inner = try parseExpression()
            let close = try expect(.rightParen, "')'")
            parenDepth -= 1
            return Expr(inner.kind, token.span.union(close.span))
        default:
            throw unexpected(expected: "a value")
        }
    }

    /// call ::= IDENT "(" (expression ("," expression)*)? ")"
    mutating func parseCall(_ name: String, _ nameSpan: Span) throws -> Expr {
        _ = advance()
        parenDepth += 1
        var arguments: [Expr] = []
        if current.kind != .rightParen {
            arguments.append(try parseExpression())
            while current.kind == .comma {
                _ = advance()
                arguments.append(try parseExpression())
            }
        }
        let close = try expect(.rightParen, "',' or ')' in the call to '\(name)'")
        parenDepth -= 1
        return Expr(.call(name, arguments), nameSpan.union(close.span))
    }

    /// tightRange ::= NUMBER TIGHT_DASH NUMBER
    ///
    /// A hyphen with no blank on either side between two number literals makes a range only
    /// when the pair carries a unit: a `$` on either number, a scale or `%` or `x` on the second
    /// number, or a unit word after it. Otherwise (`10-5`) it is subtraction. An en dash (`–`)
    /// always makes a range.
    mutating func parseTightRange(after low: NumberLiteral, _ lowSpan: Span) throws -> Expr? {
        let highToken = peek(1)
        guard startsTightRange(at: position - 1), case .number(let high) = highToken.kind else { return nil }
        let span = lowSpan.union(highToken.span)
        // `1-72%` is as likely "one minus 72%" (a share that is left) as "1% to 72%".
        if !low.dollar, low.scale == nil, low.suffix == .none, low.scaledValue == 1, high.suffix == .percent,
            tokens[position].kind == .minus
        {
            throw ParseError(
                kind: .ambiguousRange(low: source.text(of: lowSpan), high: source.text(of: highToken.span)), span: span)
        }
        position += 2
        var lowLiteral = low
        var highLiteral = high
        let dollar = low.dollar || high.dollar
        lowLiteral.dollar = dollar
        highLiteral.dollar = dollar
        if lowLiteral.scale == nil { lowLiteral.scale = high.scale }
        if lowLiteral.suffix == .none { lowLiteral.suffix = high.suffix }
        if lowLiteral.scaledValue > highLiteral.scaledValue {
            throw ParseError(kind: .reversedRange(source.text(of: span)), span: span)
        }
        return Expr(.range(Expr(.number(lowLiteral), lowSpan), Expr(.number(highLiteral), highToken.span)), span)
    }
}
