import Benchmark
import Evaluation
import Notebook
import Presentation

/// The in-process workloads of issue 7; whole-process ones (start-up, 1,000 notebooks in one
/// `tnb run`) are timed with hyperfine by scripts/compare-peers.sh.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        maxDuration: .seconds(10),
        maxIterations: 20
    )

    for lines in [1_000, 10_000, 100_000] {
        let text = Inputs.chain(lines)
        Benchmark("notebook: \(lines) chained definitions, evaluated and rendered") { benchmark in
            for _ in benchmark.scaledIterations {
                let run = NotebookRun(Notebook(name: "chain.tnb", text: text))
                blackHole(TextRenderer().render(run))
            }
        }
    }

    let projections = Inputs.projections(1_000)
    Benchmark("1,000 projections of 40 quarters, with ranges") { benchmark in
        for _ in benchmark.scaledIterations {
            var session = Session()
            blackHole(session.run(projections))
        }
    }

    let dependents = Inputs.dependents(10_000)
    Benchmark("REPL: redefine a value 10,000 others depend on") { benchmark in
        var session = Session(options: SessionOptions(allowRedefinition: true))
        _ = session.run(dependents)
        var base = 1
        for _ in benchmark.scaledIterations {
            base += 1
            blackHole(session.run("let base = \(base)"))
        }
    }

    Benchmark(
        "a dataset query, 100,000 times",
        configuration: .init(metrics: [.wallClock, .cpuTotal], timeUnits: .milliseconds, maxIterations: 5)
    ) { benchmark in
        var session = Session()
        let file = session.addSource(name: "query", text: Inputs.query)
        guard let query = session.parse(file: file).statements.first else { return }
        for _ in benchmark.scaledIterations {
            for _ in 0..<100_000 {
                blackHole(session.execute(query))
            }
        }
    }
}
