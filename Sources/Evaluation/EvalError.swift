import Diagnostics
import Units

/// A problem found while evaluating: its kind and where it is.
public struct EvalError: Error, Sendable {
    /// What went wrong.
    public var kind: EvalErrorKind
    /// Where.
    public var span: Span
    /// Extra notes, such as what each side of a mismatched operation is.
    public var extraNotes: [String] = []
    /// Other places that matter.
    public var related: [(String, Span)] = []

    /// Makes an error.
    public init(_ kind: EvalErrorKind, _ span: Span, notes: [String] = [], related: [(String, Span)] = []) {
        self.kind = kind
        self.span = span
        self.extraNotes = notes
        self.related = related
    }

    /// The diagnostic to show.
    public var diagnostic: Diagnostic {
        Diagnostic(
            id: kind.id, message: kind.message, span: span, notes: kind.notes + extraNotes, related: related,
            cause: kind.cause)
    }
}

extension EvalErrorKind {
    /// Whose text the problem is in: a `--set` value that does not fit its param is the
    /// command line's.
    var cause: Cause {
        if case .paramOverrideMismatch = self { return .commandLine }
        return .input
    }
}

/// What evaluation can find wrong; every message lives here.
public enum EvalErrorKind: DiagnosticKind {
    case unknownName(String, suggestion: String?)
    case unknownFunction(String, suggestion: String?)
    case mismatchedDimensions(operation: String, Dimension, Dimension)
    case divisionByZero
    case notFinite(operation: String)
    case invalidPower(String)
    case reversedRange
    case typeMismatch(expected: String, found: String)
    case wrongArgumentCount(function: String, expected: String, found: Int)
    case recursionTooDeep(limit: Int)
    case notARatio(Dimension)
    case duplicateDefinition(String)
    case cyclicDefinition([String])
    case unitAlreadyDefined(String)
    case badFigure(String, String)
    case tooManySteps(limit: Int)
    /// A name whose own definition failed; reported once, where it failed.
    case dependsOnFailed(String)
    /// `assert` given something other than a comparison.
    case notACondition(found: String)
    /// `--set name=value` whose value does not match the dimension of the param's default.
    case paramOverrideMismatch(name: String, value: String, found: String, defaultValue: String, expected: String)
    /// A scenario's value that does not match the kind of its param's default.
    case scenarioValueMismatch(
        scenario: String, name: String, value: String, found: String, defaultValue: String, expected: String)
    /// A scenario that sets a name that is not a param.
    case unknownParam(String, scenario: String, suggestion: String?)
    /// Two scenarios of one name, or one scenario setting a param twice.
    case duplicateScenario(String)
    /// A problem in a query over the dataset.
    case query(QueryErrorKind)
    case unevenPeriodStep(duration: String, period: String)
    case periodOutOfRange
    case targetNotAfterStart(target: String, start: String)
    case projectionTooLong(steps: Int, step: String, limit: Int)
    case invalidGrowth(String)
    case cannotProject(String, reason: String)
    case periodOutsideSeries(period: String, series: String)
    case seriesMismatch(String)
    case tooManyDefinitions(limit: Int)

    public var id: String {
        switch self {
        case .unknownName: "unknown-name"
        case .unknownFunction: "unknown-function"
        case .mismatchedDimensions: "mismatched-dimensions"
        case .divisionByZero: "division-by-zero"
        case .notFinite: "non-finite-result"
        case .invalidPower: "invalid-power"
        case .reversedRange: "reversed-range"
        case .typeMismatch: "type-mismatch"
        case .wrongArgumentCount: "wrong-argument-count"
        case .recursionTooDeep: "recursion-too-deep"
        case .notARatio: "not-a-ratio"
        case .duplicateDefinition: "duplicate-definition"
        case .cyclicDefinition: "cyclic-definition"
        case .unitAlreadyDefined: "unit-already-defined"
        case .badFigure: "bad-figure"
        case .tooManySteps: "too-many-steps"
        case .dependsOnFailed: "depends-on-failed"
        case .notACondition: "not-a-condition"
        case .paramOverrideMismatch: "set-dimension-mismatch"
        case .scenarioValueMismatch: "scenario-value-mismatch"
        case .unknownParam: "unknown-param"
        case .duplicateScenario: "duplicate-scenario"
        case .query(let kind): kind.id
        case .unevenPeriodStep: "uneven-period-step"
        case .periodOutOfRange: "period-out-of-range"
        case .targetNotAfterStart: "target-before-start"
        case .projectionTooLong: "projection-too-long"
        case .invalidGrowth: "invalid-growth"
        case .cannotProject: "cannot-project"
        case .periodOutsideSeries: "period-outside-series"
        case .seriesMismatch: "series-mismatch"
        case .tooManyDefinitions: "too-many-definitions"
        }
    }

    public var message: String {
        switch self {
        case .unknownName(let name, _): "unknown name '\(name)'"
        case .unknownFunction(let name, _): "unknown function '\(name)'"
        case .mismatchedDimensions(let operation, let left, let right):
            operation == "convert" ? "cannot convert \(left) to \(right)" : "cannot \(operation) \(left) and \(right)"
        case .divisionByZero: "division by zero"
        case .notFinite(let operation): "the result is too large or not a number (while trying to \(operation))"
        case .invalidPower(let reason): "invalid power: \(reason)"
        case .reversedRange: "range runs from high to low"
        case .typeMismatch(let expected, let found): "expected \(expected), found \(found)"
        case .wrongArgumentCount(let function, let expected, let found):
            "'\(function)' takes \(expected), not \(found)"
        case .recursionTooDeep(let limit): "function calls nested too deeply (the limit is \(limit))"
        case .notARatio(let dimension): "only a plain number can be shown as a percentage, not \(dimension)"
        case .duplicateDefinition(let name): "'\(name)' is defined twice"
        case .cyclicDefinition(let names): "definitions form a cycle: \(names.joined(separator: " -> "))"
        case .unitAlreadyDefined(let name): "unit '\(name)' is already defined"
        case .badFigure(let id, let problem): "dataset figure '\(id)' has a value tnb cannot read: \(problem)"
        case .tooManySteps(let limit): "evaluation took more than \(limit) steps in one run"
        case .dependsOnFailed(let name): "'\(name)' could not be computed"
        case .notACondition(let found): "'assert' needs a comparison, found \(found)"
        case .paramOverrideMismatch(let name, let value, let found, let defaultValue, let expected):
            "cannot set '\(name)' to '\(value)' (\(found)): its default '\(defaultValue)' is \(expected)"
        case .scenarioValueMismatch(let scenario, let name, let value, let found, let defaultValue, let expected):
            "scenario '\(scenario)' sets '\(name)' to '\(value)' (\(found)), but its default '\(defaultValue)' is \(expected)"
        case .unknownParam(let name, let scenario, _):
            "scenario '\(scenario)' sets '\(name)', which is not a param of this notebook"
        case .duplicateScenario(let what): "\(what) is given twice"
        case .query(let kind): kind.message
        case .unevenPeriodStep(let duration, let period):
            "cannot move '\(period)' by '\(duration)': not a whole number of its periods"
        case .periodOutOfRange: "the period falls outside the years 1000 to 9999"
        case .targetNotAfterStart(let target, let start):
            "the end period '\(target)' is not after the start period '\(start)'"
        case .projectionTooLong(let steps, let step, let limit):
            "the projection would take \(steps) \(step) steps; the limit is \(limit)"
        case .invalidGrowth(let found):
            "growth must be a multiplier such as '4x' or a percentage such as '20%', not \(found)"
        case .cannotProject(let name, let reason): "cannot project '\(name)': \(reason)"
        case .periodOutsideSeries(let period, let series): "'\(period)' is outside the series (\(series))"
        case .seriesMismatch(let reason): "cannot combine these series: \(reason)"
        case .tooManyDefinitions(let limit): "more than \(limit) definitions in one session"
        }
    }

    public var notes: [String] {
        switch self {
        case .unknownName(_, let suggestion?), .unknownFunction(_, let suggestion?),
            .unknownParam(_, _, let suggestion?):
            ["did you mean '\(suggestion)'?"]
        case .unknownParam: ["a scenario sets params: declare it with 'param NAME = default'"]
        case .notARatio: ["to compare two amounts, write 'a as % of b'"]
        case .reversedRange: ["write the lower bound first: 'low to high'"]
        case .notACondition: ["write a comparison such as 'assert spend < payroll'"]
        case .query(let kind): kind.notes
        case .unevenPeriodStep: ["a quarter moves by 3 months at a time, a year by 12"]
        case .projectionTooLong: ["choose a nearer end period, or a longer step such as 'yearly'"]
        case .invalidGrowth: ["write growth per duration as '20% per year' or '2x per year'"]
        default: []
        }
    }
}

extension EvalError {
    /// Wraps an arithmetic error at a span.
    init(wrapping error: QuantityError, at span: Span) {
        switch error {
        case .dimensionMismatch(let operation, let left, let right):
            self.init(.mismatchedDimensions(operation: operation, left, right), span)
        case .divisionByZero: self.init(.divisionByZero, span)
        case .notFinite(let operation): self.init(.notFinite(operation: operation), span)
        case .invalidPower(let reason): self.init(.invalidPower(reason), span)
        case .reversedRange: self.init(.reversedRange, span)
        }
    }
}
