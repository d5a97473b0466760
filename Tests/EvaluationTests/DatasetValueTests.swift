import Evaluation
import Presentation
import Testing

/// The dataset's figures as values in the language: units that mean what the text means.
@Suite("Dataset figures as values")
struct DatasetValueTests {
    @Test("revenue velocity is a change of run-rate each month, not revenue")
    func rateOfRate() {
        #expect(displays("anthropic.revenue_velocity") == ["$10B/yr per month"])
        #expect(displays("anthropic.revenue_velocity * 3 months") == ["$30B/yr"])
        #expect(displays("anthropic.revenue_velocity in $/yr/yr") == ["$120B/yr^2"])
        #expect(errorIDs("anthropic.revenue_velocity in $/yr") == ["mismatched-dimensions"])
        #expect(errorIDs("anthropic.arr_start + anthropic.revenue_velocity") == ["mismatched-dimensions"])
        // The climb from $9B to $35-45B at that pace, in months.
        #expect(
            displays("(anthropic.arr_target - anthropic.arr_start) / anthropic.revenue_velocity in months") == [
                "2.6 to 3.6 months"
            ])
    }

    @Test("a rate of a rate written by hand keeps both time units, and converts like any unit")
    func rateOfRateByHand() {
        #expect(displays("$10B/yr/month") == ["$10B/yr per month"])
        #expect(displays("$1/yr/month == $12/yr/yr") == ["true"])
        #expect(displays("$7M/yr / 2 months") == ["$3.5M/yr per month"])
        #expect(displays("$7M/yr / 1 yr") == ["$7M/yr^2"])
        #expect(displays("1/yr/month * 1 month * 1 yr") == ["1"])
    }

    @Test("engineer levels are levels")
    func levels() {
        #expect(displays("anthropic.l4_target") == ["4 levels"])
        #expect(displays("anthropic.mythos_level - anthropic.l4_target") == ["2 levels"])
        #expect(errorIDs("anthropic.mythos_level + 1 person") == ["mismatched-dimensions"])
    }

    @Test("a date figure is a period: a projection can run to it, and it subtracts from another period")
    func dates() {
        #expect(displays("memory.incremental_supply_year") == ["2028"])
        #expect(displays("memory.incremental_supply_year - Jan 2026") == ["24 months"])
        #expect(displays("article.unrest_deadline") == ["Sep 2026 to Nov 2026"])
        let projected = displays(
            "as of Q4 2026\nlet x = $1M\nproject x growth 2x per year by memory.incremental_supply_year")
        #expect(projected.last?.contains("2028") == true, "\(projected)")
        #expect(errorIDs("memory.incremental_supply_year * 2") == ["type-mismatch"])
    }
}

/// Time units convert through exact fractions, so a conversion rounds once.
@Suite("Exact unit conversions")
struct ExactConversionTests {
    @Test("conversions between time units are the correctly rounded fraction, for many amounts")
    func timeUnits() throws {
        // Each pair: the conversion's exact fraction (how many of the second one of the first is).
        let pairs: [(String, String, Int, Int)] = [
            ("months", "years", 1, 12), ("quarters", "years", 1, 4), ("weeks", "days", 7, 1),
            ("hours", "days", 1, 24), ("years", "months", 12, 1), ("months", "quarters", 1, 3),
            ("weeks", "years", 7, 365), ("days", "months", 12, 365), ("years", "weeks", 365, 7),
        ]
        for (from, to, numerator, denominator) in pairs {
            for amount in [1, 2, 3, 5, 7, 11, 12, 13, 24, 52, 100, 365, 1_000, 123_457] {
                var session = Session()
                let result = session.run("\(amount) \(from) in \(to)")
                guard case .value(let value)? = result.results.first?.outcome, let quantity = value.quantity else {
                    Issue.record("\(amount) \(from) in \(to): no value")
                    continue
                }
                // amount × numerator and denominator are exact doubles: one division, one rounding.
                let expected = Double(amount * numerator) / Double(denominator)
                #expect(quantity.low == expected, "\(amount) \(from) in \(to)")
            }
        }
    }

    @Test("the same amount per month and twelve times it per year are equal, with nothing left over")
    func noResidue() {
        for amount in ["$10B", "$7M", "$0.3", "$123,457", "5 people", "3 tokens"] {
            let perYear = "(\(amount) * 12)"
            let shown = displays("\(amount)/month - \(perYear)/yr")
            let zero = shown.first.map { $0.hasPrefix("0 ") || $0.hasPrefix("$0/") } ?? false
            #expect(shown.count == 1 && zero, "\(amount): \(shown)")
            #expect(displays("\(amount)/month == \(perYear)/yr") == ["true"], "\(amount)")
        }
        #expect(displays("$10B/yr/month - $120B/yr/yr") == ["$0/yr per month"])
        #expect(displays("unit sprint = 2 weeks\n26 sprints in weeks") == ["52 weeks"])
    }
}
