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
