import Diagnostics

extension Parser {
    /// projectStatement ::= "project" IDENT ("from" additive ("in" periodOperand)?)?
    ///     ("to" additive | "growth" unary ("per" unary)?) ("by" | "until") periodOperand
    ///     ("monthly" | "quarterly" | "yearly")?
    mutating func parseProjectStatement() throws -> Statement {
        let start = advance().span
        let name = try parseDefinedName()
        var startValue: Expr?
        var startPeriod: Expr?
        if atKeyword("from") {
            _ = advance()
            startValue = try parseAdditive()
            if atKeyword("in") {
                _ = advance()
                startPeriod = try parsePeriodOperand()
            }
        }
        let path: ProjectionPath
        if atKeyword("to") {
            _ = advance()
            path = .target(try parseAdditive())
        } else if atKeyword("growth") {
            _ = advance()
            let amount = try parseUnary()
            var duration: Expr?
            if atKeyword("per") {
                _ = advance()
                duration = try parseUnary()
            }
            path = .growth(amount, per: duration)
        } else {
            throw unexpected(expected: startValue == nil ? "'from', 'to' or 'growth'" : "'to' or 'growth'")
        }
        guard atKeyword("by") || atKeyword("until") else { throw unexpected(expected: "'by' or 'until' and a period") }
        _ = advance()
        let end = try parsePeriodOperand()
        var span = start.union(end.span)
        var step: ProjectionStep?
        if case .identifier(let word) = current.kind, let written = ProjectionStep(rawValue: word) {
            step = written
            span = span.union(advance().span)
        }
        let projection = Projection(
            name: name, start: startValue, startPeriod: startPeriod, path: path, end: end, step: step)
        return Statement(.project(projection), span)
    }

    /// asOfStatement ::= "as" "of" periodOperand
    mutating func parseAsOfStatement() throws -> Statement {
        let start = advance().span
        _ = try expectKeyword("of")
        let period = try parsePeriodOperand()
        return Statement(.asOf(period), start.union(period.span))
    }
}
