import Figures
import Foundation
import Model
import Testing

/// Bad or hostile input never crashes and stays linear (these inputs would take minutes if not).
@Suite struct RobustnessTests {
    @Test func emptyAndBlankInput() {
        #expect(claims("").isEmpty)
        #expect(claims("   \n\n \t").isEmpty)
        #expect(ClaimExtractor().claims(title: "", body: "").isEmpty)
    }

    @Test func punctuationAndDigitSoup() {
        let soup = String(repeating: "1-2-3/4.5.6 ,,$%€ 7:8 (9) +10 -- 11,12,13 ''’’ “” ", count: 2_000)
        _ = claims(soup)
    }

    @Test func oneEndlessSentenceOfFigures() {
        let sentence = String(repeating: "and 1,500 troops, up to 12,000 soldiers of North Korea sent to Russia ", count: 3_000)
        let found = claims(sentence)
        #expect(found.count == 6_000)
    }

    @Test func oneEndlessCapitalisedRun() {
        let run = String(repeating: "Mr Big Deputy Chief Kim Jong Un Said ", count: 5_000) + "12 soldiers died."
        #expect(claims(run).count == 1)
    }

    @Test func aLongChainOfHyphenatedNumbers() {
        let chain = (1...20_000).map(String.init).joined(separator: "-")
        _ = claims(chain + " troops")
    }

    @Test func unusualScalars() {
        let text = "\u{0}\u{FEFF}Some 300\u{00A0}troops 🇺🇦 were sent; 🎉 ٣٠٠ جنود; 五百 soldiers \u{202E}12 tanks\u{202C}."
        let found = claims(text)
        #expect(found.contains { $0.quantity.low == 300 })
    }

    @Test func spansStayInsideTheText() throws {
        for (_, text) in try TestData.seeds() {
            let count = text.unicodeScalars.count
            for c in claims(text) {
                #expect(0 <= c.start && c.start <= c.numberStart && c.numberEnd <= c.end && c.end <= count)
            }
        }
    }
}
