import Evaluation
import Presentation
import Testing
import Units

@Suite("Projections")
struct ProjectionTests {
    /// The inline display of every expression's value (a series as `Q2 2026: ... Q4 2026: ...`).
    func values(_ text: String, options: SessionOptions = SessionOptions()) -> [String] {
        var session = Session(options: options)
        return session.run(text).results.compactMap {
            if case .project = $0.statement.kind { return nil }
            if case .value(let value) = $0.outcome { return ValueFormatter().inlineDisplay(value) }
            return nil
        }
    }

    func series(_ text: String) -> [String] {
        var session = Session()
        guard case .value(let value)? = session.run(text).results.last?.outcome, case .series(let series) = value.kind
        else {
            return []
        }
        return series.points.map { "\($0.period) \($0.value.display())" }
    }

    static let spend = "let payroll = $25M/yr\nlet spend = $7M/yr\nproject spend growth 4x by Q4\n"

    @Test("the interview's question: spend grows 4x by Q4 and passes payroll during Q3 2026")
    func spendVersusPayroll() {
        #expect(series(ProjectionTests.spend) == ["Q2 2026 $7M/yr", "Q3 2026 $14M/yr", "Q4 2026 $28M/yr"])
        // $14M/yr on 1 July, $28M/yr on 1 October: the path passes $25M/yr in mid-September.
        #expect(
            values(ProjectionTests.spend + "spend at Q3\nwhen spend > payroll").suffix(2) == ["$14M/yr", "Q3 2026"])
    }

    @Test("a series prints as a table with change and bars")
    func table() {
        var session = Session()
        guard case .value(let value)? = session.run(ProjectionTests.spend).results.last?.outcome else {
            Issue.record("no value")
            return
        }
        #expect(
            ValueFormatter().display(value) == """
                period   value    change
                Q2 2026  $7M/yr           ██████
                Q3 2026  $14M/yr  +100%   ████████████
                Q4 2026  $28M/yr  +100%   ████████████████████████
                """)
    }

    @Test(
        "every form of projection",
        arguments: [
            ("let s = 100\nproject s growth 4x by Q4 monthly", "Apr 2026 100", "Dec 2026 400", 9),
            ("project r from $9B to $36B by Q4", "Q2 2026 $9B", "Q4 2026 $36B", 3),
            ("let x = 100\nproject x growth 20% per year until 2030", "2026 100", "2030 207", 5),
            ("let x = 100\nproject x growth 10% per quarter by Q4", "Q2 2026 100", "Q4 2026 121", 3),
            ("let x = 100\nproject x growth 2-3x by 2028", "2026 100", "2028 200 to 300", 3),
            ("let x = 100\nproject x growth 50% by Q4 2026", "Q2 2026 100", "Q4 2026 150", 3),
            ("let x = 100\nproject x to 400 by end of 2026", "Q2 2026 100", "Q4 2026 400", 3),
            ("let x = 100\nproject x growth 4x by 2028 quarterly", "Q2 2026 100", "Q4 2028 400", 11),
            ("project c from $56-57.4B in 2024 to $100B by 2028", "2024 $56B to $57.4B", "2028 $100B", 5),
            ("let x = 100\nproject x growth -50% per year by 2028", "2026 100", "2028 25", 3),
            ("let x = 100\nproject x growth 20%/yr until 2030", "2026 100", "2030 207", 5),
        ])
    func forms(text: String, first: String, last: String, count: Int) {
        let points = series(text)
        #expect(points.first == first)
        #expect(points.last == last)
        #expect(points.count == count)
    }

    @Test("a range of growth gives a range in every later period")
    func rangeGrowth() {
        #expect(
            series("let x = 100\nproject x growth 2-3x by 2028") == ["2026 100", "2027 141 to 173", "2028 200 to 300"])
    }

    @Test("when with ranges says when the low and the high end cross")
    func whenRanges() {
        let path = "project r from $9B/yr to $35-45B/yr by end of 2026\n"
        // The high path ($9B to $45B) passes $20B just before 1 July, the low one ($9B to $35B) after.
        #expect(values(path + "when r > $20B/yr") == ["Q2 2026 to Q3 2026"])
        #expect(values(path + "when r > $40B/yr") == ["Q3 2026 at the earliest; not certain by Q4 2026"])
        #expect(values(path + "when r > $50B/yr") == ["never by Q4 2026"])
        #expect(values(path + "when r > $5B/yr") == ["Q2 2026"])
    }

    @Test("a period without a year is the next one on or after as-of")
    func asOf() {
        #expect(values("Q4\nQ1\nQ2\nApr\nMar") == ["Q4 2026", "Q1 2027", "Q2 2026", "Apr 2026", "Mar 2027"])
        #expect(values("as of Q3 2026\nQ2\nQ3") == ["Q2 2027", "Q3 2026"])
        let options = SessionOptions(asOf: .quarter(3, 2026))
        #expect(
            values("let s = 1\nproject s growth 2x by Q4\ns", options: options) == [
                "Q3 2026: 1 ... Q4 2026: 2 (quarterly)"
            ])
        #expect(Session.period("Q3 2026") == .quarter(3, 2026))
        #expect(Session.period("end of 2026") == .month(12, 2026))
        #expect(Session.period("Q9") == nil)
        #expect(Session.period("Q3 2026; let x = 1") == nil)
    }

    @Test("periods and durations combine")
    func periodArithmetic() {
        #expect(
            values(
                "Q2 2026 + 6 months\n6 months + Q2 2026\nQ4 2026 - 1 year\nQ2 2026 + 6-18 months\nQ4 2026 - Q2 2026\nDec 2026 - Q2 2026"
            )
                == ["Q4 2026", "Q4 2026", "Q4 2025", "Q4 2026 to Q4 2027", "2 quarters", "8 months"])
        #expect(values("Q4 2026 > Q2 2026\n2028 == 2028") == ["true", "true"])
        #expect(errorIDs("Q2 2026 + 1 month") == ["uneven-period-step"])
        #expect(errorIDs("Q2 2026 + $5") == ["type-mismatch"])
        #expect(errorIDs("Q2 2026 * 2") == ["type-mismatch"])
        #expect(errorIDs("Q2 2026 + 100000 years") == ["period-out-of-range"])
    }

    @Test("arithmetic and comparisons on a series are pointwise")
    func pointwise() {
        let base = ProjectionTests.spend
        #expect(values(base + "spend * 2") == ["Q2 2026: $14M/yr ... Q4 2026: $56M/yr (quarterly)"])
        #expect(values(base + "spend - payroll") == ["Q2 2026: -$18M/yr ... Q4 2026: $3M/yr (quarterly)"])
        #expect(values(base + "spend as % of payroll") == ["Q2 2026: 28% ... Q4 2026: 112% (quarterly)"])
        #expect(values(base + "spend in $/month") == ["Q2 2026: $583,333/mo ... Q4 2026: $2.33M/mo (quarterly)"])
        #expect(values(base + "-spend at Q2") == ["-$7M/yr"])
        #expect(values(base + "spend > payroll") == ["Q2 2026: false, Q3 2026: false, Q4 2026: true"])
        #expect(values(base + "(spend > payroll) at Q4") == ["true"])
        #expect(values(base + "project pay from $25M/yr to $50M/yr by Q4\nwhen spend > pay") == ["never by Q4 2026"])
        #expect(
            values(base + "project pay from $25M/yr to $50M/yr by Q1 2027\nspend + pay") == [
                "Q2 2026: $32M/yr ... Q4 2026: $67.7M/yr (quarterly)"
            ])
    }

    @Test("at reads the path at the moment a period of another length stands for")
    func atOtherLengths() {
        let base = ProjectionTests.spend
        // Q4 is 1 October, where 4x is reached; a projection to a target stops there, so December
        // reads the last point. 2026 is 1 April, the start.
        #expect(
            values(base + "spend at Dec 2026\nspend at end of 2026\nspend at Q4'26\nspend at 2026") == [
                "$28M/yr", "$28M/yr", "$28M/yr", "$7M/yr",
            ])
        // A growth per duration runs on to the end of the last period: 1 December is two more months
        // of 15% after 1 October (100 * 1.15^8), and the path passes 250 in October (6.56 months in).
        #expect(
            values("let s = 100\nproject s growth 15% per month until Q4 2026\ns at Dec 2026\nwhen s > 250") == [
                "306", "Q4 2026",
            ])
        // A yearly series from April: Q3 2027 is 1 July 2027, 15 months in: 2^(15/24).
        #expect(values("let x = 1\nproject x growth 2x by 2028\nx at Q3 2027\nx at Apr 2027") == ["1.54", "1.41"])
        #expect(errorIDs(base + "spend at Jan 2027") == ["period-outside-series"])
    }

    @Test("growth, cagr, doubling time, sum, average and total")
    func functions() {
        let base = ProjectionTests.spend
        #expect(
            values(base + "cagr(spend)\ncagr(spend, Q2, Q3)\ndoubling(spend)") == ["1,500%", "1,500%", "1 quarter"])
        #expect(values(base + "sum(spend)\naverage(spend)\ntotal(spend)") == ["$49M/yr", "$16.3M/yr", "$12.3M"])
        #expect(values(base + "growth(spend)") == ["Q3 2026: 100% ... Q4 2026: 100% (quarterly)"])
        #expect(
            values("project c from $56-57.4B in 2024 to $100B by 2028\ncagr(c)\ncagr(c, 2024, 2028)") == [
                "14.9% to 15.6%", "14.9% to 15.6%",
            ])
        #expect(values("let x = 1\nproject x growth 2x per year by 2030\ndoubling(x)") == ["1 year"])
    }

    @Test(
        "every projection error has its id",
        arguments: [
            ("let s = $7M/yr\nproject s growth 4x by Q1 2026", "target-before-start"),
            ("let s = $7M/yr\nproject s growth 4x by Q2", "target-before-start"),
            ("let s = \"a\"\nproject s growth 4x by Q4", "type-mismatch"),
            ("let s = $7M/yr\nproject s growth $4 by Q4", "invalid-growth"),
            ("let s = $7M/yr\nproject s to 4 people by Q4", "mismatched-dimensions"),
            ("let s = $7M/yr\nproject s growth 4x by Q4\ns at Q1", "period-outside-series"),
            ("let s = $7M/yr\nproject s growth 4x by Q4\ns at 1999", "period-outside-series"),
            ("project s growth 4x by Q5", "unknown-period"),
            ("let x = 1\nproject x growth 2x by 3000", "projection-too-long"),
            ("let x = 1\nproject x growth 2x by Q4 2100 monthly", "projection-too-long"),
            ("let x = 0\nproject x growth 2x by Q4", "cannot-project"),
            ("let x = 1\nproject x growth -100% by Q4", "cannot-project"),
            ("let x = 1\nproject x to -5 by Q4", "cannot-project"),
            ("project x growth 2x by Q4", "unknown-name"),
            ("let f(a) = a\nproject f growth 2x by Q4", "cannot-project"),
            ("let s = 1\nproject s growth 2x by Q4\nproject s growth 3x by Q4", "duplicate-definition"),
            ("let s = 1\nproject s from 2 to 4 by Q4", "duplicate-definition"),
            ("let s = 1\nproject s growth 2x per 3 people by Q4", "type-mismatch"),
            ("let s = 1\n$5 at Q4", "type-mismatch"),
            ("when 1 > 2", "type-mismatch"),
            (
                "let s = 1\nproject s growth 2x by Q4\nlet t = 1\nproject t growth 2x by Q4 monthly\ns + t",
                "series-mismatch"
            ),
            ("project a from 1 to 2 by Q4\nproject b from 1 in 2030 to 2 by Q4 2031\na + b", "series-mismatch"),
            ("let s = 1\nproject s growth 2x by Q4\ncagr(s, Q4, Q2)", "target-before-start"),
            ("cagr(5)", "type-mismatch"),
            ("sum()", "wrong-argument-count"),
            ("let s = $1/yr\nproject s growth 1x by Q4\ndoubling(s)", "non-finite-result"),
            ("let s = $1\nproject s growth 2x by Q4\ntotal(s)", "type-mismatch"),
            ("as of 12", "unknown-period"),
            ("as of Dec 9999\nQ1", "period-out-of-range"),
            ("as of Dec 9999\nproject y from 1 to 2 by Q1", "period-out-of-range"),
            ("as of $5", "unknown-period"),
            ("let p = $5\nas of p", "type-mismatch"),
        ])
    func errors(input: String, id: String) {
        #expect(errorIDs(input) == [id])
    }

    @Test("an error in a projection points at the offending text")
    func errorPosition() {
        var session = Session()
        let result = session.run("let s = $7M/yr\nproject s growth 4x by Q1 2026")
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.message == "the end period 'Q1 2026' is not after the start period 'Q2 2026'")
        #expect(session.sources[0].text(of: diagnostic?.span ?? .none) == "Q1 2026")
    }

    @Test("a query compares a figure's period with a period value")
    func queryPeriods() {
        #expect(
            values("figures | where period == Apr 2026 | count")
                == values("figures | where period == \"Apr 2026\" | count"))
        #expect(values("figures | where period == end of 2026 | count") == ["1"])
    }

    @Test("provenance travels from the dataset into the series and its answers")
    func provenance() {
        var session = Session()
        let result = session.run(
            "project r from anthropic.arr_start to anthropic.arr_target by end of 2026\nwhen r > $20B/yr")
        guard case .value(let value)? = result.results.last?.outcome else {
            Issue.record("no value")
            return
        }
        #expect(value.provenance.ids == ["anthropic.arr_start", "anthropic.arr_target"])
    }
}
