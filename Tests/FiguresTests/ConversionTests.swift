import Figures
import Model
import Testing

/// A figure restated in other units is one figure: the restatement rides along as its conversion.
@Suite struct ConversionTests {
    struct Case: CustomTestStringConvertible {
        var text: String
        var value: Q
        var unit: String
        var other: Q
        var otherUnit: String
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        .init(text: "The trail is 10 miles (16 km) long.", value: 10, unit: "mi", other: 16, otherUnit: "km"),
        .init(text: "Temperatures hit 40C (104F) in Seville.", value: 40, unit: "°C", other: 104, otherUnit: "°F"),
        .init(text: "The budget is ¥450 billion ($3.1 billion).", value: 450e9, unit: "JPY", other: 3.1e9, otherUnit: "USD"),
        .init(text: "The average weight is 10kg (25lbs).", value: 10, unit: "kg", other: 25, otherUnit: "lb"),
        .init(text: "The orbit is 1,500,000 kilometres (930,000 mi) from Earth.", value: 1.5e6, unit: "km", other: 930_000, otherUnit: "mi"),
        .init(text: "Italy covers 301,338 km2 (116,347 sq mi).", value: 301_338, unit: "km2", other: 116_347, otherUnit: "mi2"),
        .init(text: "The tunnel runs 16 km, or 10 miles, under the sea.", value: 16, unit: "km", other: 10, otherUnit: "mi"),
        .init(text: "Highs close to 45 degrees Celsius (114 degrees Fahrenheit) are forecast.", value: 45, unit: "°C", other: 114, otherUnit: "°F"),
    ]

    @Test(arguments: cases)
    func theRestatementIsTheOtherFormOfOneFigure(_ c: Case) throws {
        let found = claims(c.text)
        #expect(found.count == 1)
        let figure = try #require(found.first)
        #expect(Q(figure.quantity) == c.value)
        #expect(figure.unit == c.unit)
        let other = try #require(figure.conversion)
        #expect(Q(other.quantity) == c.other)
        #expect(other.unit == c.otherUnit)
    }

    @Test func aHedgeCarriesIntoTheConversion() throws {
        let figure = try #require(claims("Rainfall of about 80 millimetres (3 inches) is expected.").first)
        #expect(figure.hedge == "about" && figure.bound == .approximate)
        #expect(figure.conversion.map { Q($0.quantity) } == 3)
    }

    @Test func differentKindsInBracketsAreTwoFigures() {
        // A share and money measure different things: no conversion.
        #expect(quantities("Net fell 2% ($1.40 a share).") == [2, 1.4])
        #expect(quantities("The 12 tanks (40 tonnes each) arrived.") == [12, 40])
    }
}
