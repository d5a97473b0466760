import Evaluation
import Presentation
import Testing

@Suite("Series tables")
struct SeriesFormatterTests {
    /// The display of the last value of `text`.
    func shown(_ text: String) -> String? {
        var session = Session()
        guard case .value(let value)? = session.run(text).results.last?.outcome else { return nil }
        return ValueFormatter().display(value)
    }

    @Test(
        "bars are drawn for series of any magnitude, subnormal to huge",
        arguments: ["1e-310", "5e-324", "1e-300", "1e300", "1e307"])
    func anyMagnitude(_ start: String) throws {
        let table = try #require(shown("let x = \(start); project x growth 1.5x by Q4; x"))
        #expect(table.contains("█"))
        #expect(!table.contains("inf") && !table.contains("nan"))
    }

    @Test("a range series of tiny values draws its shaded high part")
    func tinyRange() throws {
        let table = try #require(shown("let x = 1e-309 to 2e-309; project x growth 2x by Q4; x"))
        #expect(table.contains("░"))
    }
}
