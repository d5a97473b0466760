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

    /// scenarioStatement ::= "scenario" NAME ":" NAME "=" expression ("," NAME "=" expression)*
    mutating func parseScenarioStatement() throws -> Statement {
        let start = advance().span
        let name = try parseDefinedName()
        _ = try expect(.colon, "':' after the scenario's name")
        var settings: [Scenario.Setting] = []
        repeat {
            if !settings.isEmpty { _ = advance() }
            let param = try parseDefinedName()
            _ = try expect(.equals, "'=' after '\(param.text)'")
            settings.append(Scenario.Setting(name: param, value: try parseExpression()))
        } while current.kind == .comma
        let end = settings[settings.count - 1].value.span
        return Statement(.scenario(Scenario(name: name, settings: settings)), start.union(end))
    }

    /// assertStatement ::= "assert" expression
    mutating func parseAssertStatement() throws -> Statement {
        let start = advance().span
        let condition = try parseExpression()
        return Statement(.assertion(condition), start.union(condition.span))
    }
}
