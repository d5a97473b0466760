import TestSupport
import Testing

/// The rows of the language table in issue 2, run through the real binary.
@Suite("tnb eval")
struct EvalCommandTests {
    static let table: [(String, String)] = [
        ("25M * 4", "100M"),
        ("let payroll = $25M/yr; payroll * 2", "$50M/yr"),
        ("$6,000/day in $/yr", "$2.19M/yr"),
        ("$10B/month * 12 months", "$120B"),
        ("$7M/yr / $25M/yr", "0.28"),
        ("$7M/yr as % of $25M/yr", "28%"),
        ("72% of $40B", "$28.8B"),
        ("$100 + 10%", "$110"),
        ("$100 - 10%", "$90"),
        ("$35B to $45B", "$35B to $45B"),
        ("($35B to $45B) / $9B", "3.89 to 5"),
        ("$35-45B", "$35B to $45B"),
        ("7-8 years", "7 to 8 years"),
        ("20-30%", "20% to 30%"),
        ("10 - 5", "5"),
        ("10-5", "5"),
        ("1/600 * $60", "$0.10"),
        ("let price = $15 per 1M tokens; 2B tokens * price", "$30,000"),
        ("4x * $7M/yr", "$28M/yr"),
        ("let cagr(a, b, years) = (b / a)^(1 / years) - 1; cagr($9B, $36B, 2) as %", "100%"),
    ]

    @Test("every row of the language table displays as written", arguments: table)
    func row(input: String, expected: String) throws {
        let result = try TNBProcess.run(["eval", input])
        #expect(result.stdout == expected + "\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    @Test("--json gives the value in the displayed unit")
    func json() throws {
        let result = try TNBProcess.run(["eval", "--json", "$6,000/day in $/yr"])
        #expect(result.stdout == #"{"display": "$2.19M/yr", "unit": "$/yr", "value": 2190000}"# + "\n")
        let scalar = try TNBProcess.run(["eval", "--json", "25M * 4"])
        #expect(scalar.stdout.contains(#""value": 100000000"#))
    }

    @Test("--json gives low and high for a range, in full precision")
    func jsonRange() throws {
        let result = try TNBProcess.run(["eval", "--json", "($35B to $45B) / $9B"])
        #expect(result.stdout.contains(#""low": 3.888888888888889"#))
        #expect(result.stdout.contains(#""high": 5"#))
        #expect(!result.stdout.contains(#""value""#))
    }

    @Test("an error in JSON mode is an object with error, id, line and column")
    func jsonError() throws {
        let result = try TNBProcess.run(["eval", "--json", "1 + 1\n$5 + 3 people"])
        #expect(result.status == 65)
        #expect(result.stdout.contains(#""error": "cannot add money and people", "id": "mismatched-dimensions""#))
        #expect(result.stdout.contains(#""line": 2, "column": 1"#))
    }

    @Test("errors print compiler-style with the line and a caret, and exit 65")
    func compilerStyleError() throws {
        let result = try TNBProcess.run(["eval", "let payroll = $25M/yr; payroll + 5 people"])
        #expect(result.status == 65)
        #expect(
            result.stderr.hasPrefix(
                "<input>:1:24: error: cannot add money per time and people [mismatched-dimensions]\n"))
        #expect(result.stderr.contains(" 1 | let payroll = $25M/yr; payroll + 5 people\n"))
        #expect(result.stderr.contains("   |                        ^~~~~~~~~~~~~~~~~~\n"))
        #expect(result.stderr.contains("= note: payroll is $25M/yr (money per time)"))
    }

    @Test("statements come from standard input when no EXPR is given")
    func standardInput() throws {
        let result = try TNBProcess.run(["eval"], stdin: "let x = $7M/yr\nx * 4x\n")
        #expect(result.stdout == "$28M/yr\n")
        #expect(result.status == 0)
    }

    @Test("--precision shows more digits")
    func precision() throws {
        let result = try TNBProcess.run(["eval", "--precision", "6", "$6,000/day in $/yr"])
        #expect(result.stdout == "$2.19M/yr\n")
        let more = try TNBProcess.run(["eval", "--precision", "6", "($35B to $45B) / $9B"])
        #expect(more.stdout == "3.88889 to 5\n")
    }

    @Test("a usage error exits 64")
    func usage() throws {
        let result = try TNBProcess.run(["eval", "--precision", "0", "1"])
        #expect(result.status == 64)
        let unknown = try TNBProcess.run(["eval", "--no-such-flag"])
        #expect(unknown.status == 64)
    }
}
