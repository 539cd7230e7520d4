import Alerts
import Figures
import Foundation
import Model
import OrderedJSON
import Testing

@Suite(.serialized) struct AlertLineTests {
    @Test func lineCarriesKeyValuesDeltaClaimantQuoteAndArticleForBothSides() throws {
        var positions: [String: [Position]] = [:]
        let old = Sighting.make(10000, by: "Volodymyr Zelenskyy", article: 4)
        let new = Sighting.make(12000, by: "Volodymyr Zelenskyy", hedge: "up to", article: 1)
        let alert = try #require(AlertRules().apply([old, new], to: &positions, at: Date(timeIntervalSince1970: 0)).first)
        let line = AlertLine.json(alert, id: 42).serialized
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix(#"{"id":42,"at":"1970-01-01T00:00:00Z","kind":"figure_changed","key":"north-korea/troops/deployed","#))
        let parsed = try JSONValue.parse(line)
        #expect(parsed["old_value"]?.doubleValue == 10000)
        #expect(parsed["new_value"]?.doubleValue == 12000)
        #expect(parsed["delta"]?.doubleValue == 2000)
        #expect(parsed["claimant"]?.stringValue == "Volodymyr Zelenskyy")
        #expect(parsed["new"]?["stated_as"]?.stringValue == "up to 12,000")
        #expect(parsed["new"]?["quote"]?.stringValue == new.quote)
        #expect(parsed["new"]?["article"]?["id"]?.integerValue == 1)
        #expect(parsed["old"]?["article"]?["id"]?.integerValue == 4)
        #expect(parsed["old"]?["claimant"]?.stringValue == "Volodymyr Zelenskyy")
    }

    @Test func numbersAreFormattedForReading() {
        #expect(FigureFormatting.number(1_600_000) == "1,600,000")
        #expect(FigureFormatting.number(-1000) == "−1,000")
        #expect(FigureFormatting.number(2.5) == "2.5")
        #expect(FigureFormatting.number(0.25) == "0.25")
        #expect(FigureFormatting.percent(-0.0833) == "−8.3%")
        #expect(FigureFormatting.signed(300, unit: "percent") == "+300%")
    }
}
