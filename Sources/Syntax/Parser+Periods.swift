import Diagnostics

extension Parser {
    /// Month names and abbreviations, lowercased, with their numbers.
    static let monthNumbers: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var table: [String: Int] = [:]
        for (offset, name) in names.enumerated() {
            table[name] = offset + 1
            table[String(name.prefix(3))] = offset + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The month a word names (`Apr`, `april`), if any.
    static func monthNumber(_ word: String) -> Int? {
        // Every month name is 3 to 9 ASCII letters: any other word is not one, and is not
        // lowercased and looked up (the parser asks this of every name it reads).
        let bytes = word.utf8
        guard bytes.count >= 3, bytes.count <= 9,
            bytes.allSatisfy({ $0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z") })
        else { return nil }
        return monthNumbers[word.lowercased()]
    }

    /// The quarter a word names (`Q4`, `q4`): 1-4, or 0 for a word shaped like a quarter that is
    /// not one (`Q5`, `Q12`); nil for any other word.
    static func quarterNumber(_ word: String) -> Int? {
        let bytes = word.utf8
        guard let first = bytes.first, first == UInt8(ascii: "Q") || first == UInt8(ascii: "q"), bytes.count >= 2,
            bytes.dropFirst().allSatisfy(isDigit)
        else { return nil }
        let second = bytes[bytes.index(after: bytes.startIndex)]
        if bytes.count == 2, second >= UInt8(ascii: "1"), second <= UInt8(ascii: "4") {
            return Int(second - UInt8(ascii: "0"))
        }
        return 0
    }

    /// The year a number token spells: a whole number from 1000 to 9999 with no `$`, scale or suffix.
    static func year(_ token: Token) -> Int? {
        guard case .number(let literal) = token.kind, !literal.dollar, literal.scale == nil, literal.suffix == .none,
            literal.digits.rounded() == literal.digits, (1000...9999).contains(literal.digits)
        else { return nil }
        return Int(literal.digits)
    }

    /// periodLiteral ::= QUARTER YEAR? | SHORT_QUARTER | YEAR_QUARTER | MONTH YEAR? | YEAR | "end" "of" YEAR
    ///
    /// Looks at the tokens from the current position without consuming them, and returns the
    /// literal and how many tokens it covers. Where a period is expected (`loose`), a quarter or
    /// month without a year and a bare year are periods; elsewhere they are names and numbers.
    /// A word shaped like a period that is not one (`Q5 2026`, `Q4'2026`) is an error.
    mutating func parsePeriodLiteral(loose: Bool) throws -> (literal: PeriodLiteral, count: Int, span: Span)? {
        let token = current
        let next = peek(1)
        switch token.kind {
        case .identifier(let word):
            if let quarter = Parser.quarterNumber(word) {
                var year: Int?
                var count = 1
                if let written = Parser.year(next) {
                    year = written
                    count = 2
                } else if case .yearSuffix(let digits) = next.kind, !next.spaceBefore {
                    guard digits.count == 2, let short = Int(digits) else {
                        throw ParseError(
                            kind: .unknownPeriod(source.text(of: token.span.union(next.span))),
                            span: token.span.union(next.span))
                    }
                    year = 2000 + short
                    count = 2
                }
                let span = count == 2 ? token.span.union(next.span) : token.span
                guard year != nil || loose else { return nil }
                guard quarter > 0 else { throw ParseError(kind: .unknownPeriod(source.text(of: span)), span: span) }
                return (PeriodLiteral(.quarter(quarter), year: year), count, span)
            }
            if let month = Parser.monthNumber(word) {
                if let year = Parser.year(next) {
                    return (PeriodLiteral(.month(month), year: year), 2, token.span.union(next.span))
                }
                return loose ? (PeriodLiteral(.month(month), year: nil), 1, token.span) : nil
            }
            if word == "end", case .identifier("of") = next.kind {
                let yearToken = peek(2)
                if let year = Parser.year(yearToken) {
                    return (PeriodLiteral(.endOfYear, year: year), 3, token.span.union(yearToken.span))
                }
                // `end of` is always a period: `end of 99999` is a wrong one, not a name `end`.
                let span = token.span.union(yearToken.span)
                throw ParseError(kind: .unknownPeriod(source.text(of: span)), span: span)
            }
            return nil
        case .number:
            let year = Parser.year(token)
            if case .identifier(let word) = next.kind, !next.spaceBefore, let quarter = Parser.quarterNumber(word) {
                let span = token.span.union(next.span)
                guard let year, quarter > 0 else {
                    throw ParseError(kind: .unknownPeriod(source.text(of: span)), span: span)
                }
                return (PeriodLiteral(.quarter(quarter), year: year), 2, span)
            }
            guard loose else { return nil }
            guard let year else {
                throw ParseError(kind: .unknownPeriod(source.text(of: token.span)), span: token.span)
            }
            return (PeriodLiteral(.year, year: year), 1, token.span)
        default:
            return nil
        }
    }

    /// The period literal a whole text spells (`2028`, `Q1 2026`, `Apr 2026`, `end of 2025`),
    /// read as where a period is expected; nil when the text is anything else.
    public static func periodLiteral(spelledBy text: String) -> PeriodLiteral? {
        var parser = Parser(source: SourceFile(name: "<period>", text: text))
        guard let found = try? parser.parsePeriodLiteral(loose: true), parser.peek(found.count).kind == .end else {
            return nil
        }
        return found.literal
    }

    /// periodOperand ::= periodLiteral | IDENT | call | "(" expression ")"
    ///
    /// What follows `at`, `by`, `until`, `in` (in a projection) and `as of`: a period spelled
    /// out, or a name, call or bracketed expression whose value is a period.
    mutating func parsePeriodOperand() throws -> Expr {
        if let (literal, count, span) = try parsePeriodLiteral(loose: true) {
            position += count
            return Expr(.period(literal), span)
        }
        switch current.kind {
        case .identifier, .leftParen: return try parsePrimary()
        default: throw unexpected(expected: "a period such as 'Q4 2026'")
        }
    }

    /// atExpression ::= power ("at" periodOperand)*
    mutating func parseAtExpression() throws -> Expr {
        let first = try parsePower()
        var links: [ChainLink] = []
        while atKeyword("at") {
            let word = advance()
            let period = try parsePeriodOperand()
            links.append(ChainLink(.at(period), word.span.union(period.span)))
        }
        return .chain(first, links)
    }

    /// whenExpression ::= "when" comparison
    mutating func parseWhenExpression() throws -> Expr {
        let start = advance().span
        try descend()
        defer { depth -= 1 }
        let condition = try parseComparison()
        return Expr(.when(condition), start.union(condition.span))
    }
}

extension Parser {
    /// The period a lone word names (`Q4`, `Apr`, `april`), without its year; nil for other words.
    public static func periodWord(_ word: String) -> PeriodLiteral? {
        if let quarter = quarterNumber(word), quarter > 0 { return PeriodLiteral(.quarter(quarter), year: nil) }
        if let month = monthNumber(word) { return PeriodLiteral(.month(month), year: nil) }
        return nil
    }
}

extension Parser {
    /// Season names and the month each starts in (meteorological seasons of the northern
    /// hemisphere; winter runs from December into the next year).
    static let seasonStarts = ["spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12]

    /// Reads DATASET_PERIOD of Grammar/tnb.ebnf: the months a period of the dataset covers,
    /// counted as `year * 12 + month - 1`. A dataset period is a period of the language with a
    /// year (`2028`, `Q1 2026`, `Apr 2026`, `end of 2025`), a half (`H1 2026`), a season
    /// (`Fall 2026`), a span of two of those (`Oct 2026 to Oct 2027`), or a window after one
    /// (`within 3 months of Apr 2026`: April to July 2026). Nil for anything else.
    public static func datasetPeriodMonths(spelledBy text: String) -> ClosedRange<Int>? {
        let words = text.split(separator: " ").map(String.init)
        if let to = words.firstIndex(of: "to") {
            guard let first = datasetPointMonths(words[..<to]), let last = datasetPointMonths(words[(to + 1)...]),
                first.lowerBound <= last.upperBound
            else { return nil }
            return first.lowerBound...last.upperBound
        }
        if words.first?.lowercased() == "within" {
            guard words.count >= 5, words[3] == "of", let count = Int(words[1]), (1...120).contains(count),
                let point = datasetPointMonths(words[4...])
            else { return nil }
            let months: Int
            switch words[2].lowercased() {
            case "month", "months": months = count
            case "quarter", "quarters": months = count * 3
            case "year", "years": months = count * 12
            default: return nil
            }
            return point.lowerBound...(point.upperBound + months)
        }
        return datasetPointMonths(words[...])
    }

    /// DATASET_POINT: one period of the language with a year, a half or a season.
    static func datasetPointMonths(_ words: ArraySlice<String>) -> ClosedRange<Int>? {
        if words.count == 2, let year = Int(words.last!), (1000...9999).contains(year) {
            let word = words.first!.lowercased()
            if word == "h1" || word == "h2" {
                let first = year * 12 + (word == "h1" ? 0 : 6)
                return first...(first + 5)
            }
            if let start = seasonStarts[word] {
                let first = year * 12 + start - 1
                return first...(first + 2)
            }
        }
        guard let literal = periodLiteral(spelledBy: words.joined(separator: " ")), let year = literal.year else {
            return nil
        }
        switch literal.kind {
        case .month(let month): return (year * 12 + month - 1)...(year * 12 + month - 1)
        case .quarter(let quarter): return (year * 12 + (quarter - 1) * 3)...(year * 12 + quarter * 3 - 1)
        case .year: return (year * 12)...(year * 12 + 11)
        case .endOfYear: return (year * 12 + 11)...(year * 12 + 11)
        }
    }
}
