import Diagnostics

extension Parser {
    /// paramStatement ::= "param" NAME "=" expression
    mutating func parseParamStatement() throws -> Statement {
        let start = advance().span
        let name = try parseDefinedName()
        _ = try expect(.equals, "'=' after '\(name.text)'")
        let value = try parseExpression()
        return Statement(.param(name, value), start.union(value.span))
    }

    /// assertStatement ::= "assert" expression
    mutating func parseAssertStatement() throws -> Statement {
        let start = advance().span
        let condition = try parseExpression()
        return Statement(.assertion(condition), start.union(condition.span))
    }
}
