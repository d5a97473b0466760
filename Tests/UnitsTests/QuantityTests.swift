import Testing
import Units

@Suite("Quantities and ranges")
struct QuantityTests {
    let dollars = UnitProduct(UnitTable.dollar)
    var perYear: UnitProduct { dollars.multiplied(by: UnitProduct(UnitTable.year).raised(to: -1)).product }

    @Test(
        "declared units get English plurals",
        arguments: [
            ("widget", "widgets"), ("box", "boxes"), ("batch", "batches"), ("city", "cities"), ("day", "days"),
            ("bus", "bus"),
        ])
    func plurals(name: String, plural: String) {
        #expect(Unit.pluralize(name) == plural)
    }

    @Test("a unit may be raised to a fraction that leaves whole exponents: the square root of years squared is years")
    func fractionalPowerOfUnits() throws {
        let years = UnitProduct(UnitTable.year)
        let area = Quantity(4, unit: years.raised(to: 2))
        #expect(try area.raised(to: Quantity(0.5)).display() == "2 years")
        #expect(throws: QuantityError.self) { try Quantity(4, unit: years).raised(to: Quantity(0.5)) }
    }

    @Test("a rate keeps the unit it was written in")
    func rateDisplay() throws {
        let payroll = Quantity(25_000_000, unit: perYear)
        #expect(payroll.display() == "$25M/yr")
        #expect(try (payroll * Quantity(2)).display() == "$50M/yr")
    }

    @Test("interval arithmetic pairs bounds the right way")
    func intervals() throws {
        let range = Quantity(low: 35, high: 45, unit: dollars)
        let cost = Quantity(low: 5, high: 10, unit: dollars)
        let difference = try range - cost
        #expect(difference.low == 25 && difference.high == 40)
        let product = try Quantity(low: -2, high: 3) * Quantity(low: 4, high: 5)
        #expect(product.low == -10 && product.high == 15)
    }

    @Test("dividing by a range that contains zero is an error")
    func divisionByZero() {
        #expect(throws: QuantityError.divisionByZero) { try Quantity(1) / Quantity(low: -1, high: 1) }
    }

    @Test("adding money and people is a dimension mismatch")
    func mismatch() {
        let people = UnitProduct(UnitTable.person)
        #expect(throws: QuantityError.dimensionMismatch(operation: "add", .money, Dimension(base: "people"))) {
            try Quantity(5, unit: dollars) + Quantity(3, unit: people)
        }
    }

    @Test("a year is 365 days, 12 months, 4 quarters")
    func calendar() throws {
        let year = Quantity(1, unit: UnitProduct(UnitTable.year))
        #expect(try year.converted(to: UnitProduct(UnitTable.day)).low == 365)
        #expect(try abs(year.converted(to: UnitProduct(UnitTable.month)).low - 12) < 1e-12)
        #expect(try abs(year.converted(to: UnitProduct(UnitTable.quarter)).low - 4) < 1e-12)
    }

    @Test("a range of years shows the unit once")
    func rangeDisplay() throws {
        let years = UnitProduct(UnitTable.year)
        #expect(Quantity(low: 7, high: 8, unit: years).display() == "7 to 8 years")
        #expect(Quantity(low: 35e9, high: 45e9, unit: dollars).display() == "$35B to $45B")
        #expect(Quantity(1, unit: years).display() == "1 year")
    }

    @Test("a percentage per year stays a percentage")
    func percentRate() throws {
        let perYear = UnitProduct(UnitTable.year).raised(to: -1)
        let growth = try Quantity(low: 0.2, high: 0.3, style: .percent) / Quantity(1, unit: UnitProduct(UnitTable.year))
        #expect(growth.unit == perYear)
        #expect(growth.display() == "20%/yr to 30%/yr")
        let twoYears = try growth * Quantity(2, unit: UnitProduct(UnitTable.year))
        #expect(twoYears.display() == "40% to 60%")
        #expect(try (Quantity(0.2, style: .percent) * Quantity(40e9, unit: dollars)).display() == "$8B")
    }

    @Test("a range of money times people shows its whole unit on both bounds")
    func compoundRange() throws {
        let people = Quantity(low: 1, high: 2, unit: UnitProduct(UnitTable.person))
        let cost = try people * Quantity(5, unit: dollars)
        #expect(cost.display() == "$5 people to $10 people")
        #expect(
            try (cost / Quantity(1, unit: UnitProduct(UnitTable.year))).display() == "$5 people/yr to $10 people/yr")
        #expect(Quantity(low: 1, high: 2, unit: UnitProduct(UnitTable.person)).display() == "1 to 2 people")
    }

    @Test("JSON bounds of a percentage are in percent with the point moved exactly")
    func jsonBounds() {
        let share = Quantity(low: 0.145, high: 0.28, style: .percent)
        #expect(share.jsonBounds.low == "14.5")
        #expect(share.jsonBounds.high == "28")
    }
}
