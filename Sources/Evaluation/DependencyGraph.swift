/// The one dependency graph: which definitions use which, by name.
///
/// Notebooks (through `DependencyOrder`), the REPL and the batch runner all reach it through
/// `Session`. Every walk is iterative, so a chain of a million definitions cannot overflow the
/// stack. A node exists for every name that was defined or used; a used name that was never
/// defined is a leaf, so defining it later finds the definitions waiting for it.
public struct DependencyGraph: Sendable {
    /// Node ids by name.
    private var ids: [String: Int] = [:]
    /// Names by node id.
    private var names: [String] = []
    /// For each node, the nodes its definition uses, sorted by name (walks are deterministic).
    private var uses: [[Int]] = []
    /// For each node, the nodes whose definitions use it.
    private var usedBy: [[Int]] = []
    /// Whether each node has a definition.
    private var defined: [Bool] = []
    /// Defined nodes in the order they were first defined.
    private var definitionOrder: [Int] = []

    /// An empty graph.
    public init() {}

    /// Makes room for `count` definitions.
    mutating func reserveCapacity(_ count: Int) {
        ids.reserveCapacity(count)
        names.reserveCapacity(count)
        uses.reserveCapacity(count)
        usedBy.reserveCapacity(count)
        defined.reserveCapacity(count)
        definitionOrder.reserveCapacity(count)
    }

    /// Defined names in the order they were first defined.
    public var definedNames: [String] { definitionOrder.map { names[$0] } }

    /// Whether `name` has a definition.
    public func isDefined(_ name: String) -> Bool { ids[name].map { defined[$0] } ?? false }

    /// The names the definition of `name` uses, sorted.
    public func uses(of name: String) -> [String] { ids[name].map { uses[$0].map { names[$0] } } ?? [] }

    /// Defines `name` (or replaces its definition) as using `dependencies`.
    mutating func define(_ name: String, uses dependencies: Set<String>) {
        let node = self.node(name)
        for old in uses[node] {
            if let position = usedBy[old].firstIndex(of: node) { usedBy[old].remove(at: position) }
        }
        var targets = dependencies.map { self.node($0) }
        targets.sort { names[$0] < names[$1] }
        uses[node] = targets
        for target in targets { usedBy[target].append(node) }
        if !defined[node] {
            defined[node] = true
            definitionOrder.append(node)
        }
    }

    /// The node of a name, made when first seen.
    private mutating func node(_ name: String) -> Int {
        if let id = ids[name] { return id }
        let id = names.count
        ids[name] = id
        names.append(name)
        uses.append([])
        usedBy.append([])
        defined.append(false)
        return id
    }

    /// Every defined name that depends on one of `changed`, directly or through others, each after
    /// the names it depends on; `changed` themselves are left out unless another of them leads
    /// back to them. With `startingOutside`, only the dependents reached through a direct
    /// dependent outside that set.
    public func dependents(of changed: [String], startingOutside excluded: Set<String> = []) -> [String] {
        var affected = [Bool](repeating: false, count: names.count)
        var stack: [Int] = []
        for name in changed {
            guard let id = ids[name] else { continue }
            stack.append(
                contentsOf: excluded.isEmpty ? usedBy[id] : usedBy[id].filter { !excluded.contains(names[$0]) })
        }
        guard !stack.isEmpty else { return [] }
        while let next = stack.popLast() {
            guard !affected[next] else { continue }
            affected[next] = true
            stack.append(contentsOf: usedBy[next])
        }
        return topologicalOrder { affected[$0] }.map { names[$0] }
    }

    /// Every defined name, each after the names it depends on.
    public var allInDependencyOrder: [String] {
        topologicalOrder { _ in true }.map { names[$0] }
    }

    /// The defined nodes for which `include` holds, each after those it depends on; roots are
    /// taken in definition order and dependencies in name order.
    private func topologicalOrder(_ include: (Int) -> Bool) -> [Int] {
        let roots = definitionOrder.filter(include)
        return DependencyGraph.postOrder(
            nodeCount: names.count, roots: roots, edges: { uses[$0] }, include: { defined[$0] && include($0) }
        ).order
    }

    /// A chain of definitions leading from one of `starts` to `target` (both ends included), if
    /// any: redefining `target` to use `starts` would make it depend on itself.
    public func path(from starts: Set<String>, to target: String) -> [String]? {
        var visited = [Bool](repeating: false, count: names.count)
        for start in starts.sorted() {
            if start == target { return [start] }
            guard let root = ids[start], !visited[root] else { continue }
            visited[root] = true
            guard defined[root] else { continue }
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            while let top = stack.last {
                let edges = uses[top.node]
                guard top.next < edges.count else {
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let node = edges[top.next]
                if names[node] == target { return stack.map { names[$0.node] } + [target] }
                guard !visited[node] else { continue }
                visited[node] = true
                if defined[node] { stack.append((node, 0)) }
            }
        }
        return nil
    }

    /// A depth-first post-order over a graph given by its edges (each node after the nodes it
    /// reaches), from `roots` in order, through nodes for which `include` holds, and the cycles
    /// met on the way, each as its nodes in the order the walk met them. Iterative.
    static func postOrder(
        nodeCount: Int, roots: [Int], edges: (Int) -> [Int], include: (Int) -> Bool = { _ in true }
    ) -> (order: [Int], cycles: [[Int]]) {
        enum Mark { case unvisited, active, done }
        var marks = [Mark](repeating: .unvisited, count: nodeCount)
        var order: [Int] = []
        var cycles: [[Int]] = []
        var inCycle: Set<Int> = []
        for root in roots where marks[root] == .unvisited && include(root) {
            var stack: [(node: Int, edges: [Int], next: Int)] = [(root, edges(root), 0)]
            marks[root] = .active
            while let top = stack.last {
                guard top.next < top.edges.count else {
                    marks[top.node] = .done
                    order.append(top.node)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let target = top.edges[top.next]
                guard include(target) else { continue }
                switch marks[target] {
                case .unvisited:
                    marks[target] = .active
                    stack.append((target, edges(target), 0))
                case .active:
                    guard let start = stack.firstIndex(where: { $0.node == target }) else { continue }
                    let cycle = stack[start...].map(\.node)
                    if inCycle.isDisjoint(with: cycle) { cycles.append(cycle) }
                    inCycle.formUnion(cycle)
                case .done:
                    continue
                }
            }
        }
        return (order, cycles)
    }
}
