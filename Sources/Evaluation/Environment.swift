import Syntax
import Units

/// A user function: `let cagr(a, b, years) = ...`.
public struct UserFunction: Sendable {
    /// The name it is called by.
    public var name: String
    /// Its parameter names.
    public var parameters: [String]
    /// Its body.
    public var body: Expr
}

/// What names mean in a session: values, functions and units.
public struct Environment: Sendable {
    /// Bound values.
    public internal(set) var values: [String: Value] = [:]
    /// User functions.
    public internal(set) var functions: [String: UserFunction] = [:]
    /// Known units.
    public internal(set) var units: UnitTable = .builtIn
    /// Names whose definitions failed, so that their dependents fail quietly.
    var failed: Set<String> = []
    /// The period a projection starts from and a period without a year counts from.
    public internal(set) var asOf: Period = SessionOptions.defaultAsOf
    /// How percentiles and chances are sampled (`--samples`).
    public internal(set) var sampler = Sampler()

    /// An environment with only the built-in units.
    public init() {}

    /// The names of the built-in functions, sorted.
    public static var builtinFunctions: [String] { Builtins.names }

    /// Every name that completion and did-you-mean should know: bindings, functions, builtins
    /// and units (dataset ids are added by the caller that needs them).
    public var knownNames: [String] {
        Array(values.keys) + Array(functions.keys) + Builtins.names + SeriesFunctions.names + units.names
    }
}
