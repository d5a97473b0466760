import Evaluation
import Presentation
import Testing

/// `in $M`, `in k`: a value shown in a scale of its choosing.
@Suite("Display scales")
struct DisplayScaleTests {
    @Test(
        "a value in a scale is the number in that scale, grouped, with the scale's letter",
        arguments: [
            ("$2.5B in $M", "$2,500M"), ("$2.5B in $k", "$2,500,000k"), ("$2.5T in $B", "$2,500B"),
            ("$2.5T in $M", "$2,500,000M"), ("$35-45B in $M", "$35,000M to $45,000M"),
            ("$7M/yr in $k/yr", "$7,000k/yr"), ("$10B/month in $B/yr", "$120B/yr"), ("2500000 in k", "2,500k"),
            ("2500000 in M", "2.5M"), ("1234567 in k", "1,235k"), ("$0.5M in $M", "$0.5M"),
            ("$120 in $k", "$0.12k"), ("-$3B in $M", "-$3,000M"), ("$2.5B in $K", "$2,500,000K"),
        ])
    func shown(input: String, expected: String) {
        #expect(displays(input) == [expected])
    }

    @Test("the scale is a unit: arithmetic keeps it, and 'in $' takes it off")
    func arithmetic() {
        #expect(displays("($2.5B in $M) + $1B") == ["$3,500M"])
        #expect(displays("($2.5B in $M) * 2") == ["$5,000M"])
        #expect(displays("$1B + ($2.5B in $M)") == ["$3.5B"])
        #expect(displays("$2.5B in $M in $") == ["$2.5B"])
        #expect(displays("($2.5B in $M) == $2.5B") == ["true"])
        #expect(displays("let x = $2.5B in $M\nx / $1B") == ["2.5"])
        #expect(errorIDs("$2.5B in M") == ["mismatched-dimensions"])
        #expect(errorIDs("5 people in $M") == ["mismatched-dimensions"])
    }

    @Test("JSON gives the number in the scale, with the scale in its unit")
    func json() {
        var session = Session()
        guard case .value(let value)? = session.run("$2.5B in $M").results.first?.outcome else {
            Issue.record("no value")
            return
        }
        let pairs = ValueFormatter().jsonPairs(value)
        #expect(pairs.first { $0.0 == "unit" }?.1 == "\"$M\"")
        #expect(pairs.first { $0.0 == "value" }?.1 == "2500")
    }
}
