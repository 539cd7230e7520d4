import Figures
import Model
import Testing

/// A length of time is a figure; one that names a moment ("three days ago") is a date.
@Suite struct DurationTests {
    static let figures: [UnitCase] = [
        .init("A 72-hour ceasefire took effect at midnight.", 72, "hours"),
        .init("The former minister was jailed for 15 years.", 15, "years"),
        .init("The talks lasted three weeks.", 3, "weeks"),
        .init("The trip took more than three hours.", 3, "hours"),
        .init("The storm dumped 250mm of rain in 24 hours.", 24, "hours"),
        .init("In the first eight months of the year, exports rose 6%.", 8, "months"),
        .init("The plant will create 3,000 jobs over the next five years.", 5, "years"),
        .init("The company signed a two-year contract.", 2, "years"),
        .init("The battery failed after three days.", 3, "days"),
        .init("The strike entered its 10th day after 9 days of talks.", 9, "days"),
        .init("The 10-year Treasury yield rose.", 10, "years"),
        .init("Workers get 28 days of leave.", 28, "days"),
    ]

    @Test(arguments: figures)
    func aLengthOfTimeIsAFigure(_ c: UnitCase) throws {
        let found = try #require(claim(c.value, in: c.text), "no single claim of \(c.value) in \(quantities(c.text))")
        #expect(found.unit == c.unit)
    }

    static let moments: [ValueCase] = [
        .init("Three days ago, the rebels seized 12 tanks.", [12]),
        .init("Two weeks later, 300 workers returned.", [300]),
        .init("The vote came two days before 40 MPs resigned.", [40]),
        .init("Five years from now, 2 million homes will need heat pumps.", [2e6]),
        .init("Updated 3 hours ago: 150 arrests were made.", [150]),
        .init("The deal closed 18 months earlier at $5bn.", [5e9]),
    ]

    @Test(arguments: moments)
    func aLengthOfTimeNamingAMomentIsADate(_ c: ValueCase) {
        #expect(quantities(c.text) == c.expected)
    }

    @Test func agesAreNoDurations() {
        #expect(claims("The 45-year-old driver was arrested.").isEmpty)
        #expect(claims("The building is 500 years old.").isEmpty)
        #expect(claims("She was three months of age.").isEmpty)
        #expect(claims("The patient is a 87 yo man.").isEmpty)
    }
}
