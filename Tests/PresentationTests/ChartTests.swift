import Evaluation
import Testing
import Units

@testable import Presentation

/// The geometry of the SVG charts: scales, ticks, bands, labels.
@Suite("Chart geometry")
struct ChartTests {
    @Test(
        "ticks are round (1, 2 or 5 times a power of ten), cover the data, and include zero",
        arguments: [
            ([7.0, 14, 28], [0.0, 10, 20, 30]),
            ([56e9, 100e9], [0.0, 50e9, 100e9]),
            ([0.2, 0.3], [0.0, 0.1, 0.2, 0.3]),
            ([-3.0, 12], [-5.0, 0, 5, 10, 15]),
            ([-40.0, -10], [-40.0, -30, -20, -10, 0]),
            ([5.0], [0.0, 2, 4, 6]),
            ([0.0], [0.0, 0.5, 1]),
            ([1234.0, 98765], [0.0, 50000, 100000]),
        ])
    func ticks(values: [Double], expected: [Double]) {
        let scale = ChartScale(covering: values)
        #expect(scale.ticks == expected, "\(values)")
        #expect(scale.low <= values.min()! && scale.high >= values.max()!)
        #expect(scale.ticks.count <= 6)
    }

    @Test("a step is the smallest of 1, 2 and 5 times a power of ten at least the raw step")
    func niceSteps() {
        #expect(ChartScale.niceStep(for: 0.7) == 1)
        #expect(ChartScale.niceStep(for: 1) == 1)
        #expect(ChartScale.niceStep(for: 1.1) == 2)
        #expect(ChartScale.niceStep(for: 3) == 5)
        #expect(ChartScale.niceStep(for: 7e9) == 1e10)
        #expect(ChartScale.niceStep(for: 0.0021) == 0.005)
    }

    @Test("positions run from the bottom at the low end to the top at the high end")
    func positions() {
        let scale = ChartScale(covering: [0, 10])
        #expect(scale.position(0, top: 20, bottom: 220) == 220)
        #expect(scale.position(10, top: 20, bottom: 220) == 20)
        #expect(scale.position(5, top: 20, bottom: 220) == 120)
    }

    @Test("period labels are thinned so that none overlap, keeping the first and the last")
    func labels() {
        #expect(LabelThinning.indices(count: 3, labelWidth: 50, width: 600) == [0, 1, 2])
        let many = LabelThinning.indices(count: 120, labelWidth: 56, width: 560)
        #expect(many.first == 0 && many.last == 119)
        let slot = 560.0 / 120
        for (a, b) in zip(many, many.dropFirst()) { #expect(Double(b - a) * slot >= 56, "\(a) and \(b) overlap") }
        #expect(LabelThinning.indices(count: 1, labelWidth: 50, width: 600) == [0])
        #expect(LabelThinning.indices(count: 0, labelWidth: 50, width: 600) == [])
    }

    func series(_ values: [Quantity]) -> Series {
        Series(values.enumerated().map { Series.Point(Period.quarter(2, 2026).advanced(by: $0.offset), $0.element) })!
    }

    @Test("a single series is a line with a point per period, in the series' unit, with its data in words")
    func line() {
        let unit = UnitProduct(UnitTable.dollar).multiplied(by: UnitProduct(UnitTable.year).raised(to: -1)).product
        let chart = SeriesChart(
            series: series([Quantity(7e6, unit: unit), Quantity(14e6, unit: unit), Quantity(28e6, unit: unit)]),
            formatter: ValueFormatter(), title: "spend", id: "c1")
        let svg = chart.svg()
        #expect(svg.contains("viewBox=\"0 0 640 260\""))
        #expect(svg.matches(of: /<circle/).count == 3)
        #expect(!svg.contains("<polygon"), "no band without a range")
        #expect(svg.contains(">$30M/yr</text>") && svg.contains(">$0/yr</text>"))
        #expect(
            svg.contains(
                "<desc id=\"c1-desc\">spend, quarterly: Q2 2026: $7M/yr; Q3 2026: $14M/yr; Q4 2026: $28M/yr.</desc>"))
    }

    @Test("a ranged series is a band between its low and high paths, with the median line inside")
    func band() throws {
        let name = InputName("growth")
        let values = [
            Quantity(10), Quantity.input(low: 12, high: 15, name: name), Quantity.input(low: 14, high: 22, name: name),
        ]
        let svg = SeriesChart(series: series(values), formatter: ValueFormatter(), title: "y", id: "c2").svg()
        let polygon = try #require(svg.firstMatch(of: /<polygon class="band" points="([^"]+)"/))
        #expect(polygon.1.split(separator: " ").count == 6, "three points up the high path, three back down the low")
        #expect(svg.contains("<polyline class=\"line\""))
    }

    @Test("negative values get a zero axis inside the chart; a one-point series still draws")
    func negativeAndSingle() {
        let svg = SeriesChart(
            series: series([Quantity(-5), Quantity(3)]), formatter: ValueFormatter(), title: "n", id: "c3"
        )
        .svg()
        #expect(svg.contains("<line class=\"axis\""))
        #expect(svg.contains(">-6</text>") && svg.contains(">4</text>"), "ticks of 2 from -6 to 4")
        let one = SeriesChart(series: series([Quantity(4)]), formatter: ValueFormatter(), title: "o", id: "c4").svg()
        // The plot runs from x = 48 (the tick labels' margin) to 624: its middle is 336.
        #expect(one.contains("<circle class=\"point\" cx=\"336\""), "the one point sits in the middle of the plot")
    }

    @Test("a when answer is marked as a span with its label, kept inside the chart")
    func marker() {
        let chart = SeriesChart(
            series: series([Quantity(1), Quantity(2), Quantity(4), Quantity(8)]), formatter: ValueFormatter(),
            title: "m",
            markers: [.init(label: "when m > 5: Q1 2027", from: .quarter(1, 2027), to: .quarter(1, 2027))], id: "c5")
        let svg = chart.svg()
        #expect(svg.contains("<rect class=\"marker-span\""))
        #expect(
            svg.contains("text-anchor=\"end\">when m &gt; 5: Q1 2027</text>"), "in the right half it ends at the span")
    }
}

/// The tornado chart of a sensitivity table.
@Suite("Tornado chart")
struct TornadoChartTests {
    @Test("a sensitivity table draws one bar per input, widest swing first, with its data in words")
    func bars() throws {
        var session = Session()
        let result = session.run("let price = $2 to $3\nlet volume = 1000 to 5000\nsensitivity(price * volume)")
        guard case .value(let value)? = result.results.last?.outcome, case .table(let table) = value.kind else {
            Issue.record("no table")
            return
        }
        let chart = try #require(TornadoChart(table, formatter: ValueFormatter(), title: "profit", id: "t1"))
        let svg = chart.svg()
        #expect(svg.matches(of: /<rect class="bar"/).count == 2)
        let labels = svg.matches(of: /dominant-baseline="middle">([^<]+)<\/text>/).map { String($0.1) }
        #expect(labels == ["volume = 1,000 to 5,000", "price = $2 to $3"], "widest swing first")
        #expect(svg.contains("<desc id=\"t1-desc\">profit: volume = 1,000 to 5,000: $2,500 at its low"))
        // A table of another kind is not a tornado.
        #expect(
            TornadoChart(Table(columns: ["a"], rows: [[.text("x")]]), formatter: ValueFormatter(), title: "", id: "")
                == nil)
    }
}
