import Testing

@testable import Evaluation

@Suite("Dependency graph")
struct DependencyGraphTests {
    /// `let a1 = a0 + 1` ... as statements of one notebook, in the given order of indices.
    static func chain(_ count: Int, reversed: Bool = false) -> String {
        var lines = ["let a0 = 1"] + (1...count).map { "let a\($0) = a\($0 - 1) + 1" }
        if reversed { lines.reverse() }
        return lines.joined(separator: "\n")
    }

    @Test("a chain of 100,000 definitions is walked without recursion, in dependency order")
    func longChainWalks() {
        var graph = DependencyGraph()
        let count = 100_000
        graph.define("a0", uses: [])
        for index in 1..<count { graph.define("a\(index)", uses: ["a\(index - 1)"]) }
        let dependents = graph.dependents(of: ["a0"])
        #expect(dependents.count == count - 1)
        #expect(dependents.first == "a1")
        #expect(dependents.last == "a\(count - 1)")
        #expect(graph.dependents(of: ["a\(count - 1)"]).isEmpty)
        let path = graph.path(from: ["a\(count - 1)"], to: "a0")
        #expect(path?.count == count)
        #expect(graph.allInDependencyOrder.count == count)
    }

    @Test("redefining a name moves its edges: old uses no longer reach it")
    func redefinitionMovesEdges() {
        var graph = DependencyGraph()
        graph.define("a", uses: [])
        graph.define("b", uses: [])
        graph.define("c", uses: ["a"])
        #expect(graph.dependents(of: ["a"]) == ["c"])
        graph.define("c", uses: ["b"])
        #expect(graph.dependents(of: ["a"]).isEmpty)
        #expect(graph.dependents(of: ["b"]) == ["c"])
        #expect(graph.definedNames == ["a", "b", "c"])
    }

    @Test("a name used before it is defined is waiting for its definition")
    func usedBeforeDefined() {
        var graph = DependencyGraph()
        graph.define("total", uses: ["price"])
        #expect(!graph.isDefined("price"))
        graph.define("price", uses: [])
        #expect(graph.dependents(of: ["price"]) == ["total"])
    }

    @Test("a path that would close a cycle is found from any start")
    func cyclePath() {
        var graph = DependencyGraph()
        graph.define("a", uses: [])
        graph.define("b", uses: ["a"])
        graph.define("c", uses: ["b"])
        #expect(graph.path(from: ["c"], to: "a") == ["c", "b", "a"])
        #expect(graph.path(from: ["a"], to: "c") == nil)
        #expect(graph.path(from: ["x", "c"], to: "a") == ["c", "b", "a"])
    }

    @Test("a notebook's chain written backwards loads in dependency order, and redefining its ends recomputes")
    func sessionChain() {
        let count = 10_000
        var notebook = Session()
        let file = notebook.addSource(name: "chain.tnb", text: DependencyGraphTests.chain(count, reversed: true))
        let loaded = notebook.load(notebook.parse(file: file).statements)
        #expect(loaded.orderDiagnostics.isEmpty)
        #expect(notebook.value(named: "a\(count)")?.quantity?.low == Double(count + 1))

        var repl = Session(options: SessionOptions(allowRedefinition: true))
        _ = repl.run(DependencyGraphTests.chain(count))
        let last = repl.run("let a\(count) = 5")
        #expect(!last.hasErrors)
        #expect(repl.value(named: "a\(count)")?.quantity?.low == 5)
        let first = repl.run("let a0 = 10")
        #expect(first.results.first?.changes.count == count - 1)  // a\(count) no longer uses the chain
        #expect(repl.value(named: "a\(count - 1)")?.quantity?.low == Double(count - 1 + 10))
        let cycle = repl.run("let a0 = a\(count - 1)")
        #expect(cycle.diagnostics.first?.id == "cyclic-definition")
    }

    @Test("loading into a session recomputes what the session defined before, once")
    func loadRecomputesOutsideDependents() {
        var session = Session(options: SessionOptions(allowRedefinition: true))
        _ = session.run("let base = 1\nlet outside = base * 10")
        let file = session.addSource(name: "more.tnb", text: "let derived = base + 1\nlet base = 2")
        let loaded = session.load(session.parse(file: file).statements)
        #expect(session.value(named: "derived")?.quantity?.low == 3)
        #expect(session.value(named: "outside")?.quantity?.low == 20)
        #expect(loaded.changes.map(\.name) == ["outside"])
    }
}
