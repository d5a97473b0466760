import Evaluation
import Syntax
import Units

/// Orders statements so that each comes after the statements defining the names it uses,
/// keeping the written order otherwise: for `:load` (a notebook may use a name before the line
/// that defines it) and for `:save`.
enum DefinitionOrder {
    /// The names a statement defines: a value or function name, or a unit's singular and plural.
    static func defines(_ statement: Statement) -> Set<String> {
        if case .unitDeclaration(let name, _) = statement.kind {
            return [name.text, Unit.pluralize(name.text)]
        }
        return FreeNames.definedName(of: statement).map { [$0] } ?? []
    }

    /// The statements in an order where definitions come before their uses; a cycle keeps
    /// its written order (running it then reports the problem).
    static func sorted(_ statements: [Statement]) -> [Statement] {
        var definer: [String: Int] = [:]
        for (index, statement) in statements.enumerated() {
            for name in defines(statement) where definer[name] == nil { definer[name] = index }
        }
        var order: [Int] = []
        var state = [UInt8](repeating: 0, count: statements.count)  // 0 new, 1 visiting, 2 placed
        func visit(_ index: Int) {
            guard state[index] == 0 else { return }
            state[index] = 1
            for name in FreeNames.of(statements[index]).sorted() {
                if let dependency = definer[name], dependency != index { visit(dependency) }
            }
            state[index] = 2
            order.append(index)
        }
        for index in statements.indices { visit(index) }
        return order.map { statements[$0] }
    }
}
