import ArgumentParser
import Evaluation
import Units

/// `--precision N`, as `eval`, `run`, `figures` and `repl` take it.
struct PrecisionOption: ParsableArguments {
    @Option(name: .long, help: "Significant digits to show (1-15).")
    var precision: Int = 3

    func validate() throws {
        guard (1...15).contains(precision) else { throw ValidationError("--precision must be between 1 and 15") }
    }
}

/// `--samples N`, as `eval`, `run`, `check` and `repl` take it.
struct SamplesOption: ParsableArguments {
    @Option(
        name: .long,
        help: "Samples behind percentiles and chances (1-1000000; fixed seed, so reports are reproducible).")
    var samples: Int = Sampler.defaultCount

    func validate() throws {
        guard (1...1_000_000).contains(samples) else {
            throw ValidationError("--samples must be between 1 and 1000000")
        }
    }
}

/// `--as-of PERIOD`, as `eval`, `run` and `check` take it.
struct AsOfOption: ParsableArguments {
    @Option(
        name: .customLong("as-of"),
        help:
            "The period to count from, such as 'Q3 2026' (default: Apr 2026; for notebooks it replaces their 'as of' line)."
    )
    var asOf: String?

    func validate() throws {
        if let asOf, Session.period(asOf) == nil { throw ValidationError("--as-of: unknown period '\(asOf)'") }
    }

    /// The period given, if any.
    var period: Period? { asOf.flatMap(Session.period) }
}

/// `--set name=value`, as `run` and `check` take it.
struct SetOptions: ParsableArguments {
    @Option(name: .customLong("set"), help: "Override a param: name=value (a typed value such as 5x or $30M/yr).")
    var settings: [String] = []
}
