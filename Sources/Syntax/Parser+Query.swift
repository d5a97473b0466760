import Diagnostics

extension Parser {
    /// Words that may follow `|` in a query.
    public static let queryStages = ["where", "sort", "select", "limit", "count", "sum", "min", "max"]

    /// query ::= "figures" ("|" queryStage)*
    ///
    /// Outside brackets, a newline ends the query unless the next line starts with `|`, so a
    /// long pipeline can be written one stage per line.
    mutating func parseQuery() throws -> Expr {
        let sourceToken = advance()
        let source = Name("figures", sourceToken.span)
        var stages: [QueryStage] = []
        var span = sourceToken.span
        while true {
            if parenDepth == 0, tokens[position].kind == .newline, nextSignificantIsPipe() { skipNewlines() }
            guard current.kind == .pipe else { break }
            _ = advance()
            let stage = try parseQueryStage()
            span = span.union(stage.span)
            stages.append(stage)
        }
        return Expr(.query(Query(source: source, stages: stages)), span)
    }

    /// Whether the next token that is not a newline is `|`.
    func nextSignificantIsPipe() -> Bool {
        var index = position
        while index < tokens.count - 1, tokens[index].kind == .newline { index += 1 }
        return tokens[index].kind == .pipe
    }

    /// queryStage ::= "where" queryCondition | "sort" sortKey ("," sortKey)* | "select" IDENT ("," IDENT)* | "limit" additive | "count" | ("sum" | "min" | "max") "(" IDENT ")"
    ///
    /// Any other word is kept as an unknown stage, its arguments skipped up to the next `|`,
    /// so that evaluation can report it with a did-you-mean.
    mutating func parseQueryStage() throws -> QueryStage {
        let token = current
        guard case .identifier(let word) = token.kind else { throw unexpected(expected: "a query stage after '|'") }
        let name = Name(word, token.span)
        _ = advance()
        switch word {
        case "where":
            let condition = try parseQueryCondition()
            return QueryStage(.filter(condition), token.span.union(previousSpan))
        case "sort":
            var keys = [try parseSortKey()]
            while current.kind == .comma {
                _ = advance()
                keys.append(try parseSortKey())
            }
            return QueryStage(.sort(keys), token.span.union(previousSpan))
        case "select":
            var fields = [try parseFieldName()]
            while current.kind == .comma {
                _ = advance()
                fields.append(try parseFieldName())
            }
            return QueryStage(.select(fields), token.span.union(previousSpan))
        case "limit":
            let count = try parseAdditive()
            return QueryStage(.limit(count), token.span.union(count.span))
        case "count":
            return QueryStage(.count, token.span)
        case "sum", "min", "max":
            _ = try expect(.leftParen, "'(' after '\(word)'")
            parenDepth += 1
            let field = try parseFieldName()
            let close = try expect(.rightParen, "')' after the field")
            parenDepth -= 1
            return QueryStage(.aggregate(function: name, field: field), token.span.union(close.span))
        default:
            // Skip the unknown stage's arguments; evaluation reports the name with a did-you-mean.
            while true {
                switch tokens[position].kind {
                case .pipe, .newline, .semicolon, .end: return QueryStage(.unknown(name), token.span)
                default: position += 1
                }
            }
        }
    }

    /// The span of the token just consumed.
    var previousSpan: Span { tokens[max(0, position - 1)].span }

    /// sortKey ::= IDENT ("asc" | "desc")?
    mutating func parseSortKey() throws -> QuerySortKey {
        let field = try parseFieldName()
        if atKeyword("desc") || atKeyword("asc") {
            let direction = advance()
            return QuerySortKey(field: field, descending: direction.kind == .identifier("desc"))
        }
        return QuerySortKey(field: field, descending: false)
    }

    /// A field name in a query: any identifier; evaluation checks that the field exists.
    mutating func parseFieldName() throws -> Name {
        let token = current
        guard case .identifier(let text) = token.kind else { throw unexpected(expected: "a field name") }
        _ = advance()
        return Name(text, token.span)
    }

    /// queryCondition ::= queryConjunction ("or" queryConjunction)*
    mutating func parseQueryCondition() throws -> QueryCondition {
        try descend()
        defer { depth -= 1 }
        var condition = try parseQueryConjunction()
        while atKeyword("or") {
            _ = advance()
            condition = .or(condition, try parseQueryConjunction())
        }
        return condition
    }

    /// queryConjunction ::= queryNegation ("and" queryNegation)*
    mutating func parseQueryConjunction() throws -> QueryCondition {
        var condition = try parseQueryNegation()
        while atKeyword("and") {
            _ = advance()
            condition = .and(condition, try parseQueryNegation())
        }
        return condition
    }

    /// queryNegation ::= "not" queryNegation | "(" queryCondition ")" | queryComparison
    mutating func parseQueryNegation() throws -> QueryCondition {
        if atKeyword("not") {
            _ = advance()
            try descend()
            defer { depth -= 1 }
            return .not(try parseQueryNegation())
        }
        if current.kind == .leftParen {
            _ = advance()
            parenDepth += 1
            let inner = try parseQueryCondition()
            _ = try expect(.rightParen, "')' after the condition")
            parenDepth -= 1
            return inner
        }
        return .compare(try parseQueryComparison())
    }

    /// queryComparison ::= IDENT ("==" | "!=" | "<" | "<=" | ">" | ">=" | "contains") range
    mutating func parseQueryComparison() throws -> QueryComparison {
        let field = try parseFieldName()
        let op: QueryOperator
        switch current.kind {
        case .equalEqual: op = .equal
        case .bangEqual: op = .notEqual
        case .less: op = .less
        case .lessEqual: op = .lessEqual
        case .greater: op = .greater
        case .greaterEqual: op = .greaterEqual
        case .identifier("contains"): op = .contains
        default:
            throw unexpected(
                expected: "a comparison ('==', '!=', '<', '<=', '>', '>=' or 'contains') after '\(field.text)'")
        }
        _ = advance()
        let operand = try parseRange()
        return QueryComparison(field: field, op: op, operand: operand, span: field.span.union(operand.span))
    }
}
