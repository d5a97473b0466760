import Diagnostics

extension Parser {
    /// projectStatement ::= "project" NAME projectStart? projectPath ("by" | "until") periodOperand STEP_WORD?
    mutating func parseProjectStatement() throws -> Statement {
        let start = advance().span
        let name = try parseDefinedName()
        var startValue: Expr?
        var startPeriod: Expr?
        if atKeyword("from") { (startValue, startPeriod) = try parseProjectStart() }
        guard atKeyword("to") || atKeyword("growth") else {
            throw unexpected(expected: startValue == nil ? "'from', 'to' or 'growth'" : "'to' or 'growth'")
        }
        let path = try parseProjectPath()
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

    /// projectStart ::= "from" additive ("in" periodOperand)?
    mutating func parseProjectStart() throws -> (Expr, Expr?) {
        _ = try expectKeyword("from")
        stopWords = ["growth"]
        defer { stopWords = [] }
        let value = try parseAdditive()
        guard atKeyword("in") else { return (value, nil) }
        _ = advance()
        return (value, try parsePeriodOperand())
    }

    /// projectPath ::= "to" additive | "growth" additive
    ///
    /// A growth written `G per D` (the `per` outermost) is G per duration D: `20% per year`.
    mutating func parseProjectPath() throws -> ProjectionPath {
        if atKeyword("to") {
            _ = advance()
            return .target(try parseAdditive())
        }
        _ = try expectKeyword("growth")
        let amount = try parseAdditive()
        if case .binary(.per, let rate, let duration) = amount.kind { return .growth(rate, per: duration) }
        return .growth(amount, per: nil)
    }

    /// asOfStatement ::= "as" "of" periodOperand
    mutating func parseAsOfStatement() throws -> Statement {
        let start = advance().span
        _ = try expectKeyword("of")
        let period = try parsePeriodOperand()
        return Statement(.asOf(period), start.union(period.span))
    }
}
