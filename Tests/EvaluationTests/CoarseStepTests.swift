import Foundation
import Testing
import Units

/// docs/projections.md, "Which moment a point stands for": a projection is one compound path in
/// time; monthly, quarterly and yearly points are samples of it, `when` answers the period that
/// holds the exact moment of crossing and `at` reads the path at a period's moment.
@Suite("Coarse steps")
struct CoarseStepTests {
    /// The issue's example: 15% a month from $7M/yr passes $25M/yr 9.1 months after 1 April 2026.
    @Test("when answers the period that holds the crossing, at every step")
    func issueExample() {
        let model = "let s = $7M/yr\nproject s growth 15% per month until Dec 2027"
        #expect(displays(model + "\nwhen s > $25M/yr").last == "Q1 2027")
        #expect(displays(model + " monthly\nwhen s > $25M/yr").last == "Jan 2027")
        #expect(
            displays(model.replacingOccurrences(of: "Dec 2027", with: "2028") + "\nwhen s > $25M/yr").last == "2027")
    }

    /// The month the path crosses, from the closed form: start * (1 + g)^t = threshold.
    static func crossingMonth(start: Double, monthlyGrowth g: Double, threshold: Double) -> Int {
        let months = log(threshold / start) / log(1 + g)
        return Period.month(4, 2026).firstMonth + Int(months.rounded(.down))
    }

    @Test("monthly, quarterly and yearly steps of one growth agree with the closed form")
    func stepsAgree() {
        var generator = SplitMix64(seed: 12)
        for _ in 0..<60 {
            let start = Double(Int.random(in: 1...50, using: &generator))
            let percent = Double(Int.random(in: 2...30, using: &generator))
            let threshold = start * Double(Int.random(in: 105...2_000, using: &generator)) / 100
            let expected = CoarseStepTests.crossingMonth(
                start: start, monthlyGrowth: percent / 100, threshold: threshold)
            let model = "let s = \(Int(start))\nproject s growth \(Int(percent))% per month until Dec 2031"
            for (step, granularity) in [
                ("monthly", Period.Granularity.month), ("quarterly", .quarter), ("yearly", .year),
            ] {
                let answer = displays("\(model) \(step)\nwhen s > \(threshold)").last
                // Past the end of 2031 the path is not projected: never, at every step.
                let period = Period(granularity, containingMonth: expected)
                let never = "never by \(Period(granularity, containingMonth: Period.month(12, 2031).firstMonth))"
                #expect(
                    answer == (expected > Period.month(12, 2031).firstMonth ? never : period.description),
                    "\(model) \(step), when s > \(threshold)")
            }
        }
    }

    @Test("at reads one path whatever the step")
    func atAgrees() {
        let model = "let s = $7M/yr\nproject s growth 15% per month until Dec 2027"
        for period in ["Jan 2027", "Q3 2026", "Dec 2027", "2027", "Q4 2027"] {
            let monthly = displays("\(model) monthly\ns at \(period)").last
            let quarterly = displays("\(model) quarterly\ns at \(period)").last
            #expect(monthly == quarterly, "s at \(period)")
        }
        // 1 January 2027 is 9 months from 1 April 2026: 7 * 1.15^9.
        #expect(displays(model + "\ns at Jan 2027").last == "$24.6M/yr")
    }

    @Test("a point's own period reads the point; a table row and `at` never differ")
    func pointsAreRead() {
        let model = "as of May 2026\nlet s = 100\nproject s growth 10% per month until 2028"
        // Yearly from May: 2026 is 1 May 2026, 2027 is 1 May 2027 (100 * 1.1^12).
        #expect(displays(model + "\ns at 2026\ns at 2027").suffix(2) == ["100", "314"])
        // A quarter of a yearly series from May stands for its month a whole number of quarters
        // from May: Q3 is 1 August, 3 months in (100 * 1.1^3).
        #expect(displays(model + "\ns at Q3 2026").last == "133")
    }

    @Test("a range crosses at the moments of its two paths")
    func rangeCrossing() {
        let model = "let s = $7M/yr\nproject s growth 10-20% per month until Dec 2027"
        // 1.2^t = 25/7 at 6.98 months (October 2026); 1.1^t at 13.36 months (May 2027).
        #expect(displays(model + " monthly\nwhen s > $25M/yr").last == "Oct 2026 to May 2027")
        #expect(displays(model + "\nwhen s > $25M/yr").last == "Q4 2026 to Q2 2027")
        #expect(
            displays(model + "\nlow(when s > $25M/yr)\nhigh(when s > $25M/yr)").suffix(2) == ["Q4 2026", "Q2 2027"])
    }

    @Test("a comparison read between points with at")
    func truthsBetweenPoints() {
        let model = "let s = $7M/yr\nproject s growth 15% per month until Dec 2027\n"
        #expect(
            displays(model + "(s > $25M/yr) at Jan 2027\n(s > $25M/yr) at Feb 2027").suffix(2) == ["false", "true"])
    }
}
