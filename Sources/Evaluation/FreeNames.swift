import Syntax

/// The names an expression refers to, for dependency ordering and recomputation.
public enum FreeNames {
    /// Names used by an expression (function names included), minus `bound` ones.
    public static func of(_ expr: Expr, bound: Set<String> = []) -> Set<String> {
        var names: Set<String> = []
        collect(expr, bound: bound, into: &names)
        return names
    }

    static func collect(_ expr: Expr, bound: Set<String>, into names: inout Set<String>) {
        switch expr.kind {
        case .number, .dollar, .scale, .string: return
        case .name(let name): if !bound.contains(name) { names.insert(name) }
        case .negate(let operand): collect(operand, bound: bound, into: &names)
        case .binary(_, let left, let right), .compare(_, let left, let right), .range(let left, let right),
            .convert(let left, let right):
            collect(left, bound: bound, into: &names)
            collect(right, bound: bound, into: &names)
        case .asPercent(let operand, let whole):
            collect(operand, bound: bound, into: &names)
            if let whole { collect(whole, bound: bound, into: &names) }
        case .call(let name, let arguments):
            names.insert(name)
            for argument in arguments { collect(argument, bound: bound, into: &names) }
        case .query(let query):
            for operand in query.operands { collect(operand, bound: bound, into: &names) }
        case .period: return
        case .at(let series, let period):
            collect(series, bound: bound, into: &names)
            collect(period, bound: bound, into: &names)
        case .when(let condition): collect(condition, bound: bound, into: &names)
        case .chain(let head, let links):
            collect(head, bound: bound, into: &names)
            for link in links {
                switch link.kind {
                case .binary(_, let operand), .convert(let operand), .at(let operand):
                    collect(operand, bound: bound, into: &names)
                case .asPercent(let whole): if let whole { collect(whole, bound: bound, into: &names) }
                }
            }
        }
    }

    /// Names a statement depends on.
    ///
    /// A `project X ...` without `from` reads X's previous value, so its names include X; see
    /// `projectionBase(of:)`.
    public static func of(_ statement: Statement) -> Set<String> {
        switch statement.kind {
        case .expression(let expr), .letValue(_, let expr), .param(_, let expr), .assertion(let expr): return of(expr)
        case .letFunction(let name, let parameters, let body):
            return of(body, bound: Set(parameters.map(\.text))).subtracting([name.text])
        case .unitDeclaration(_, let definition): return definition.map { of($0) } ?? []
        case .heading: return []
        case .prose(let parts):
            var names: Set<String> = []
            for case .expression(let expr) in parts { names.formUnion(of(expr)) }
            return names
        case .project(let projection):
            var names: Set<String> = projection.start == nil ? [projection.name.text] : []
            for expr in [projection.start, projection.startPeriod, projection.end].compactMap({ $0 }) {
                names.formUnion(of(expr))
            }
            switch projection.path {
            case .target(let target): names.formUnion(of(target))
            case .growth(let amount, let per):
                names.formUnion(of(amount))
                if let per { names.formUnion(of(per)) }
            }
            return names
        case .asOf(let period): return of(period)
        // A scenario comes after the params it sets (to check its values against them); its
        // values stand on their own, as `--set` values do, so a name in them is an error.
        case .scenario(let scenario):
            var names = Set(scenario.settings.map(\.name.text))
            for setting in scenario.settings { names.formUnion(of(setting.value)) }
            return names
        }
    }

    /// The name whose earlier definition a `project` statement builds on, if it does: `spend`
    /// for `project spend growth 4x by Q4` (no `from`), or for a `from` that mentions `spend`.
    ///
    /// Such a statement both reads and defines the name. In a dependency graph, treat it as the
    /// last definition of the name: its own read of the name refers to the `let` before it, and
    /// every other statement that reads the name depends on the `project` statement. A `project`
    /// with a `from` that does not mention the name is an ordinary, first definition.
    public static func projectionBase(of statement: Statement) -> String? {
        guard case .project(let projection) = statement.kind else { return nil }
        return of(statement).contains(projection.name.text) ? projection.name.text : nil
    }

    /// The name a statement defines, if any: notebooks order statements by it.
    public static func definedName(of statement: Statement) -> String? {
        switch statement.kind {
        case .letValue(let name, _), .letFunction(let name, _, _), .unitDeclaration(let name, _), .param(let name, _):
            return name.text
        case .project(let projection): return projection.name.text
        case .expression, .heading, .prose, .assertion, .asOf, .scenario: return nil
        }
    }
}
