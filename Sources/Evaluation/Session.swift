import Diagnostics
import Syntax
import Units

/// How a session behaves.
public struct SessionOptions: Sendable {
    /// Whether `let` may redefine a name (the REPL) or must not (notebooks, `tnb eval`).
    public var allowRedefinition: Bool
    /// Values that replace the defaults of `param` definitions, by name (`tnb run --set`).
    public var paramOverrides: [String: Value]
    /// The period evaluation starts from: projections begin here, and `Q4` alone means the next
    /// Q4 on or after it. An `as of` statement changes it for the statements after it.
    public var asOf: Period
    /// How many names one session may define; a runaway generated notebook stops here with an
    /// error instead of exhausting memory.
    public var maximumDefinitions: Int
    /// The evaluation steps of a run before its statements' share (see `StepBudget`).
    public var stepBudgetBase = StepBudget.base
    /// How many samples percentiles and chances are computed from (`--samples`).
    public var samples = Sampler.defaultCount

    /// The interview's date, April 2026 (in Q2 2026).
    public static let defaultAsOf = Period.month(4, 2026)

    /// Makes options.
    public init(
        allowRedefinition: Bool = false, paramOverrides: [String: Value] = [:],
        asOf: Period = SessionOptions.defaultAsOf,
        maximumDefinitions: Int = 2_000_000
    ) {
        self.maximumDefinitions = maximumDefinitions
        self.allowRedefinition = allowRedefinition
        self.paramOverrides = paramOverrides
        self.asOf = asOf
    }
}

/// The one entry point other layers need: source in, values and diagnostics out.
///
/// A session owns its sources and environment, and knows what each definition depends on,
/// so that redefining a name can recompute everything that depends on it.
public struct Session: Sendable {
    /// Every source the session has read; spans index into this list.
    public internal(set) var sources: [SourceFile] = []
    /// What names mean now.
    public internal(set) var environment = Environment()
    /// How it behaves.
    public var options: SessionOptions
    /// Definitions by name.
    public internal(set) var definitions: [String: Definition] = [:]
    /// The evaluation steps left to the current run (see `StepBudget`).
    public internal(set) var stepBudget = StepBudget()
    /// What each definition uses: the one dependency graph, which redefinition walks.
    public internal(set) var graph = DependencyGraph()
    /// While a batch of statements loads (see `load`), the names it defined: their dependents
    /// outside the batch are recomputed once at its end rather than after every definition.
    var deferredRecomputation: [String]? = nil
    /// While `load` runs a statement, the names it uses, already worked out by its order.
    var knownUses: Set<String>? = nil
    /// Where each scenario was given, by name.
    public internal(set) var scenarioSpans: [String: Span] = [:]

    /// Makes an empty session.
    public init(options: SessionOptions = SessionOptions()) {
        self.options = options
        environment.asOf = options.asOf
        environment.sampler = Sampler(count: options.samples)
    }

    /// Makes room for `count` definitions, so that a long notebook's do not regrow (and rehash)
    /// the session's tables as they arrive.
    public mutating func reserveCapacity(definitions count: Int) {
        definitions.reserveCapacity(count)
        graph.reserveCapacity(count)
        environment.values.reserveCapacity(count)
    }

    /// Adds a source and returns its id, for spans.
    public mutating func addSource(name: String, text: String) -> FileID {
        addSource(SourceFile(name: name, text: text))
    }

    /// Adds a source already read and indexed (a notebook's), and returns its id.
    public mutating func addSource(_ source: SourceFile) -> FileID {
        sources.append(source)
        return FileID(sources.count - 1)
    }

    /// The source a file id names (which must be one of this session's).
    public func source(_ file: FileID) -> SourceFile { sources[file.index] }

    /// Parses one of the session's sources.
    public func parse(file: FileID) -> ParseResult {
        Parser.parse(sources[file.index], file: file)
    }

    /// Reads, parses and runs text statement by statement. When the text does not parse,
    /// nothing runs and the parse diagnostics come back.
    public mutating func run(_ text: String, name: String = "<input>") -> RunResult {
        let file = addSource(name: name, text: text)
        let parsed = parse(file: file)
        stepBudget.reset(statements: parsed.statements.count, base: options.stepBudgetBase)
        guard parsed.diagnostics.isEmpty else {
            return RunResult(results: [], diagnostics: parsed.diagnostics, isIncomplete: parsed.isIncomplete)
        }
        var run = RunResult(results: [], diagnostics: [], isIncomplete: false)
        for statement in parsed.statements {
            let result = execute(statement)
            run.diagnostics += result.diagnostics
            run.results.append(result)
        }
        return run
    }

    /// The value a name is bound to now, or nil when it has none (never defined, a function or
    /// a unit, or a definition that failed).
    public func value(named name: String) -> Value? { environment.values[name] }

    /// Defined names in the order they were first defined.
    public var definitionOrder: [String] { graph.definedNames }
}

/// What running some text gave.
public struct RunResult: Sendable {
    /// One result per statement that ran.
    public var results: [StatementResult]
    /// Every problem, in order.
    public var diagnostics: [Diagnostic]
    /// True when the text only stopped early (for a REPL's continuation prompt).
    public var isIncomplete: Bool

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A definition the session knows: its statement (what it uses is in the session's `graph`).
public struct Definition: Sendable {
    /// The defined name.
    public var name: String
    /// The defining statement.
    public var statement: Statement
    /// A `project NAME ...` statement that turns this `let` value into a series, if any.
    public var projection: Statement? = nil
}
