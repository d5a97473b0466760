/// How each built-in function is called, for signature help in an editor: its forms, each with
/// its parameters and what it gives (docs/language.md and docs/projections.md list the same).
public enum FunctionSignatures {
    /// One way to call a function.
    public struct Form: Sendable {
        /// The parameters' names.
        public var parameters: [String]
        /// Whether the last parameter may repeat (`min(a, b, ...)`).
        public var variadic: Bool = false
        /// What it gives, in a sentence.
        public var summary: String

        /// Makes a form.
        public init(parameters: [String], variadic: Bool = false, summary: String) {
            self.parameters = parameters
            self.variadic = variadic
            self.summary = summary
        }
    }

    /// The forms of every builtin and series function, by name.
    public static let forms: [String: [Form]] = [
        "abs": [Form(parameters: ["x"], summary: "the absolute value")],
        "chance": [Form(parameters: ["condition"], summary: "the chance a comparison holds, as a percentage")],
        "distribution": [Form(parameters: ["x"], summary: "the bounds of x with a histogram, its median, p5 and p95")],
        "exp": [Form(parameters: ["x"], summary: "the exponential of a plain number")],
        "high": [Form(parameters: ["r"], summary: "the high bound of a range (or the late end of a 'when' answer)")],
        "ln": [Form(parameters: ["x"], summary: "the natural logarithm of a positive plain number")],
        "lognormal": [Form(parameters: ["r"], summary: "an input whose 90% interval is the range r, lognormal")],
        "low": [Form(parameters: ["r"], summary: "the low bound of a range (or the early end of a 'when' answer)")],
        "max": [Form(parameters: ["a", "b"], variadic: true, summary: "the largest, in the first argument's unit")],
        "median": [Form(parameters: ["r"], summary: "the sampled median of a range")],
        "mid": [Form(parameters: ["r"], summary: "the midpoint of a range")],
        "min": [Form(parameters: ["a", "b"], variadic: true, summary: "the smallest, in the first argument's unit")],
        "normal": [Form(parameters: ["r"], summary: "an input whose 90% interval is the range r, normal")],
        "percentile": [Form(parameters: ["r", "p"], summary: "the sampled p-th percentile of a range")],
        "round": [
            Form(parameters: ["x"], summary: "x rounded to whole units"),
            Form(parameters: ["x", "digits"], summary: "x rounded to digits decimals (negative: tens, hundreds)"),
        ],
        "sensitivity": [Form(parameters: ["x"], summary: "the inputs of x, each with x at its low and high end")],
        "sqrt": [Form(parameters: ["x"], summary: "the square root")],
        "uniform": [Form(parameters: ["r"], summary: "an input spread evenly over the range r")],
        "average": [Form(parameters: ["series"], summary: "the mean of a series' values")],
        "cagr": [
            Form(parameters: ["series"], summary: "the growth per year from a series' first period to its last"),
            Form(parameters: ["series", "from", "to"], summary: "the growth per year between two periods"),
            Form(parameters: ["start", "end", "duration"], summary: "the growth per year from one amount to another"),
        ],
        "doubling": [
            Form(parameters: ["series"], summary: "how long the value takes to double, in steps"),
            Form(parameters: ["series", "from", "to"], summary: "the doubling time between two periods"),
        ],
        "growth": [Form(parameters: ["series"], summary: "the change from each period to the next")],
        "sum": [Form(parameters: ["series"], summary: "the sum of a series' values")],
        "total": [Form(parameters: ["series"], summary: "a rate added up over the periods it runs for")],
    ]
}
