import Figures
import Model
import Testing

/// Measures after the amount, spaced or glued ("512GB", "8kW", "250mg"), in the case that tells
/// them apart ("620 Nm"), hyphenated as attributes ("a 27-kilometre ring"), and as rates.
@Suite struct MeasureTests {
    static let cases: [UnitCase] = [
        .init("The phone ships with 512GB of storage.", 512, "GB"),
        .init("The tablet has 8 GB of memory.", 8, "GB"),
        .init("The link runs at 10 Gb per second.", 10, "Gbit/s"),
        .init("The heat pump draws 8kW at full load.", 8, "kW"),
        .init("Each tablet contains 250mg of paracetamol.", 250, "mg"),
        .init("The engine makes 410 hp.", 410, "hp"),
        .init("Torque rises to 620 Nm in sport mode.", 620, "Nm"),
        .init("The chip is built on a 3 nm process.", 3, "nm"),
        .init("The screen refreshes at 90 Hz.", 90, "Hz"),
        .init("The hybrid returns 40 mpg on the motorway.", 40, "mpg"),
        .init("The reserve covers 12 sq km of wetland.", 12, "km2"),
        .init("Italy covers 301,338 km2 of land.", 301_338, "km2"),
        .init("The fire burned 4,000 hectares of forest.", 4000, "ha"),
        .init("The ranch spans 45,000 acres.", 45_000, "acres"),
        .init("The storm dumped 250mm of rain.", 250, "mm"),
        .init("Snow depths reached 80 cm in the hills.", 80, "cm"),
        .init("The sprinter won the 100m final.", 100, "m"),
        .init("The bridge is 1.2km long.", 1.2, "km"),
        .init("The trail runs for 26 miles along the coast.", 26, "mi"),
        .init("The tanker was seized 50 nautical miles off the coast.", 50, "nmi"),
        .init("The wall is 3 ft high.", 3, "ft"),
        .init("The pipe is 2 in thick.", 2, "in"),
        .init("The board is 2in wide.", 2, "in"),
        .init("Police seized 4kg of cocaine.", 4, "kg"),
        .init("The bag weighs 20 kilos.", 20, "kg"),
        .init("The ship carried 3,000 tonnes of grain.", 3000, "tonnes"),
        .init("The crane lifts 100t.", 100, "tonnes"),
        .init("The mine produced 30,000 ounces of gold.", 30_000, "oz"),
        .init("The reservoir holds 75ml of ink.", 75, "ml"),
        .init("The field pumps 12,000 barrels a day.", 12_000, "barrels/day"),
        .init("Output rose to 9.8 million bpd.", 9.8e6, "barrels/day"),
        .init("The plant uses 2 million litres of water.", 2e6, "l"),
        .init("Temperatures hit 40C in Seville.", 40, "°C"),
        .init("It was 104F in Phoenix.", 104, "°F"),
        .init("The sea warmed to 25 °C in June.", 25, "°C"),
        .init("The thermostat was set to 21 degrees Celsius.", 21, "°C"),
        .init("Temperatures of 98.6 degrees Fahrenheit are normal.", 98.6, "°F"),
        .init("The turbine spins at 300 km/h.", 300, "km/h"),
        .init("Gusts of 120 km/h hit the coast.", 120, "km/h"),
        .init("The limit is 70 mph on motorways.", 70, "mph"),
        .init("The yacht sailed at 12 knots.", 12, "knots"),
        .init("The farm will generate 50 MW of power.", 50, "MW"),
        .init("Households used 2,700 kWh a year.", 2700, "kWh/year"),
        .init("The grid stored 1.2 GWh in the battery.", 1.2, "GWh"),
        .init("The band played at 110 decibels.", 110, "dB"),
        .init("The dose was 20 mSv over the year.", 20, "mSv"),
        .init("The index gained 58 points on Friday.", 58, "points"),
        .init("The bank raised rates by 50 basis points.", 50, "basis points"),
        .init("The spread widened by 25bp.", 25, "basis points"),
        .init("Support fell 3 percentage points.", 3, "percentage points"),
        .init("House prices rose 7pc last year.", 7, "percent"),
        .init("Inflation hit 5 per cent in March.", 5, "percent"),
        .init("Turnout was 67.3 pct.", 67.3, "percent"),
        .init("The tunnel is 57 kilometres long.", 57, "km"),
        .init("A 27-kilometre ring lies under the border.", 27, "km"),
        .init("The 776-foot airship landed safely.", 776, "ft"),
        .init("They bought a 45-acre farm.", 45, "acres"),
        .init("A 10-gallon cooler toppled over.", 10, "gal"),
        .init("The new bridge cost three times the estimate.", 3, "times"),
        .init("Sales rose tenfold in a decade.", 10, "times"),
        .init("Cases rose 10-fold in a month.", 10, "times"),
    ]

    @Test(arguments: cases)
    func measuresAreReadWithTheirUnit(_ c: UnitCase) throws {
        let found = try #require(claim(c.value, in: c.text), "no single claim of \(c.value) in \(quantities(c.text))")
        #expect(found.unit == c.unit)
    }

    @Test func aSpacedLetterThatIsAWordIsNoUnit() {
        // "m" spaced, "in" before a noun: no unit, but still a figure.
        #expect(claims("There are 12 m of rope.").first?.unit == nil)
        #expect(claims("There were 2 in my car.").first?.unit == nil)
    }

    @Test func lettersBetweenDigitsMakeACode() {
        #expect(claims("Part 24703L202 was replaced.").isEmpty)
    }

    @Test func aMillionBeforeAPluralNounAndMetresBeforeASingularOne() throws {
        #expect(try #require(claim(2.4e6, in: "Farmers harvested 2.4m tonnes of wheat.")).unit == "tonnes")
        #expect(try #require(claim(3e6, in: "The app has 3m users.")).unit == nil)
        #expect(try #require(claim(1.8, in: "He is 1.8m tall.")).unit == "m")
        #expect(try #require(claim(1.8e6, in: "It cost 1.8M dollars.")).unit == "USD")
    }
}
