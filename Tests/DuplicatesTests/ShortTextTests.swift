@testable import Duplicates
import Testing

/// Texts of a few words must not match every article that contains them.
struct ShortTextTests {
    static func seedIndex() -> DuplicateIndex {
        let index = DuplicateIndex()
        for (offset, seed) in TestTexts.seeds.enumerated() {
            index.insert(Fingerprint(text: seed), id: Int64(offset + 1))
        }
        return index
    }

    @Test func aFewWordsFromAnArticleAreNotADuplicateOfIt() {
        let index = Self.seedIndex()
        for phrase in ["North Korean troops", "North Korea has deployed troops to Russia",
                       "South Korea's National Intelligence Service said on Friday"] {
            #expect(index.bestMatch(for: Fingerprint(text: phrase)) == nil, "\(phrase)")
        }
    }

    @Test func anArticleIsNotADuplicateOfAShortTextItContains() {
        let index = DuplicateIndex()
        index.insert(Fingerprint(text: "North Korean troops"), id: 1)
        index.insert(Fingerprint(text: "The National Intelligence Service said"), id: 2)
        for seed in TestTexts.seeds {
            #expect(index.bestMatch(for: Fingerprint(text: seed)) == nil)
        }
    }

    @Test func shortTextsMatchOnlyNearExactCopies() {
        let index = DuplicateIndex()
        index.insert(Fingerprint(text: "Markets closed higher on Friday as oil prices fell for a third day"), id: 1)
        index.insert(Fingerprint(text: "Polls close at 8 p.m."), id: 2)

        #expect(index.bestMatch(for: Fingerprint(text: "MARKETS CLOSED HIGHER on Friday, as oil prices fell for a third day."))?.original == 1)
        #expect(index.bestMatch(for: Fingerprint(text: "Polls close at 8 p.m."))?.original == 2)
        #expect(index.bestMatch(for: Fingerprint(text: "Markets closed lower on Friday as oil prices rose for a third day")) == nil)
        #expect(index.bestMatch(for: Fingerprint(text: "Markets closed higher on Friday")) == nil)
        #expect(index.bestMatch(for: Fingerprint(text: "Polls close at 9 p.m.")) == nil)
    }

    @Test func theShortTextRuleIsExactJaccard() {
        let text = "one two three four five six seven eight nine ten eleven twelve"
        let resemblance = Fingerprint(text: text).resemblance(to: Fingerprint(text: text + " thirteen"))
        #expect(resemblance.jaccard == 9.0 / 10.0)
        #expect(resemblance.isDuplicate)
        let lessAlike = Fingerprint(text: text).resemblance(to: Fingerprint(text: text + " thirteen fourteen fifteen"))
        #expect(lessAlike.jaccard == 9.0 / 12.0)
        #expect(!lessAlike.isDuplicate)
    }

    @Test func emptyTextMatchesNothingAndNothingMatchesIt() {
        let index = Self.seedIndex()
        index.insert(Fingerprint(text: ""), id: 99)
        #expect(index.count == 6)
        #expect(index.bestMatch(for: Fingerprint(text: "")) == nil)
        #expect(index.bestMatch(for: Fingerprint(text: "  ,. ")) == nil)
        #expect(index.bestMatch(for: Fingerprint(text: TestTexts.seeds[0]))?.original == 1)
        #expect(!Fingerprint(text: "").resemblance(to: Fingerprint(text: "")).isDuplicate)
    }
}
