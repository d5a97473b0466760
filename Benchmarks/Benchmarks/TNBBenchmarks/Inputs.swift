/// The benchmark inputs, made the same way every time (scripts/bench-inputs.py writes the
/// same shapes to files for the whole-process comparisons).
enum Inputs {
    /// A notebook of `count` chained definitions with units and ranges.
    static func chain(_ count: Int) -> String {
        let steps = ["* 1.0001", "+ $1k/yr", "- 0.01%", "* (1 to 1.0002)", "+ $2-3k/yr", "- $500/yr", "* 0.9999"]
        var lines = ["# Chained definitions", "", "let v0 = $7M/yr"]
        for index in 1..<count {
            lines.append("let v\(index) = v\(index - 1) \(steps[index % steps.count])")
            if index % 1_000 == 0 { lines.append("> after \(index) steps the spend is {v\(index)}") }
        }
        lines.append("assert v\(count - 1) > $1M/yr")
        return lines.joined(separator: "\n") + "\n"
    }

    /// `count` projections of 40 quarters each, with ranges.
    static func projections(_ count: Int) -> String {
        var lines: [String] = []
        for index in 0..<count {
            lines.append("let s\(index) = $\(1 + index % 9)-\(2 + index % 9)M/yr")
            lines.append("project s\(index) growth 2-3x by Q2 2036")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `let base = 1` and `count` definitions that depend on it.
    static func dependents(_ count: Int) -> String {
        var lines = ["let base = 1"]
        for index in 0..<count { lines.append("let d\(index) = base * \(index) + 1M") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The query the benchmark repeats.
    static let query = #"figures | where topic == "memory" | sort period | select id, value, timestamp"#
}
