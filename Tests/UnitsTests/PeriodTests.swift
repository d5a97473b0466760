import Testing
import Units

@Suite("Period")
struct PeriodTests {
    @Test("periods display as quarters, months and years")
    func display() {
        #expect(Period.quarter(4, 2026).description == "Q4 2026")
        #expect(Period.month(4, 2026).description == "Apr 2026")
        #expect(Period.year(2028).description == "2028")
    }

    @Test("a period moves by whole periods of its own length")
    func advance() {
        #expect(Period.quarter(4, 2026).advanced(by: 1) == .quarter(1, 2027))
        #expect(Period.month(1, 2026).advanced(by: -1) == .month(12, 2025))
        #expect(Period.quarter(2, 2026).steps(to: .quarter(4, 2026)) == 2)
        #expect(Period.quarter(2, 2026).adding(months: 6) == .quarter(4, 2026))
        #expect(Period.quarter(2, 2026).adding(months: 1) == nil)
    }

    @Test("periods of another length hold the first or last month")
    func conversion() {
        #expect(Period.month(4, 2026).start(as: .quarter) == .quarter(2, 2026))
        #expect(Period.year(2028).end(as: .quarter) == .quarter(4, 2028))
        #expect(Period.year(2028).start(as: .month) == .month(1, 2028))
        #expect(Period.quarter(3, 2026).end(as: .year) == .year(2026))
    }

    @Test("periods are ordered by start, the longer first")
    func ordering() {
        #expect(Period.quarter(1, 2026) < .quarter(2, 2026))
        #expect(Period.year(2026) < .quarter(1, 2026))
        #expect(Period.quarter(1, 2026) < .month(1, 2026))
        #expect(Period.month(12, 2025) < .year(2026))
    }

    @Test("a range of periods puts its ends in order")
    func range() {
        let range = PeriodRange(.quarter(1, 2027), .quarter(4, 2026))
        #expect(range.description == "Q4 2026 to Q1 2027")
        #expect(PeriodRange(.year(2028)).description == "2028")
    }

    @Test("a series finds its points and refuses gaps")
    func series() {
        let points = [Series.Point(.quarter(2, 2026), Quantity(7)), Series.Point(.quarter(3, 2026), Quantity(14))]
        let series = Series(points)
        #expect(series?.point(at: .quarter(3, 2026))?.value == Quantity(14))
        #expect(series?.point(at: .quarter(4, 2026)) == nil)
        #expect(Series([points[0], Series.Point(.quarter(4, 2026), Quantity(1))]) == nil)
        #expect(Series([]) == nil)
    }
}
