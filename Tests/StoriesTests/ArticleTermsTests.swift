import Foundation
@testable import Stories
import Testing

struct ArticleTermsTests {
    func weight(_ terms: ArticleTerms, _ word: String) -> Float? {
        terms.terms.first { $0.term == TermKey.key(word) }?.weight
    }

    @Test func namesAndRareWordsWeighMoreThanCommonOnesAndFiguresAreNoTerms() throws {
        let terms = MadeUpNews.quake.terms
        let jajarkot = try #require(weight(terms, "jajarkot"))
        let earthquake = try #require(weight(terms, "earthquake"))
        #expect(jajarkot > earthquake)
        #expect(weight(terms, "said") == nil)
        #expect(weight(terms, "the") == nil)
        #expect(!terms.terms.contains { $0.term.contains { $0.isNumber } })
        #expect(terms.terms.count <= ArticleTerms.termLimit)
        let length = terms.terms.map { Double($0.weight) * Double($0.weight) }.reduce(0, +).squareRoot()
        #expect(abs(length - 1) < 1e-6)
    }

    @Test func aWordInTheTitleWeighsMoreThanTheSameWordInTheBody() throws {
        let inTitle = ArticleTerms(title: "Avalanche buries road", body: "Crews worked through the night near the pass.")
        let inBody = ArticleTerms(title: "Road closed", body: "An avalanche buried the road. Crews worked through the night near the pass.")
        let titleShare = try #require(weight(inTitle, "avalanche"))
        let bodyShare = try #require(weight(inBody, "avalanche"))
        #expect(titleShare > bodyShare)
    }

    @Test func aCountryAndItsAdjectiveOrPluralShareAKey() {
        #expect(TermKey.key("moroccan") == TermKey.key("morocco"))
        #expect(TermKey.key("russian") == TermKey.key("russia"))
        #expect(TermKey.key("ukrainian") == TermKey.key("ukraine"))
        #expect(TermKey.key("koreans") == TermKey.key("korea"))
        #expect(TermKey.key("earthquakes") == TermKey.key("earthquake"))
        #expect(TermKey.key("casualties") == TermKey.key("casualty"))
        #expect(TermKey.key("iran") == "iran")
        #expect(TermKey.key("iranian") == "iran")
        #expect(TermKey.key("milan") == "milan") // too short to lose "an"
    }

    @Test func capitalsMidSentenceMakeANameCapitalsAtSentenceStartsDoNot() {
        let title = WordScanner.words("Update: Georgia recount begins")
        let body = WordScanner.words("Georgia officials began the recount. Georgia expects results soon. The team said Smith agreed.")
        let names = NameEvidence(title: title, body: body)
        #expect(names.isName("georgia"))   // never in lower case, capitalised at least twice
        #expect(!names.isName("update"))   // once, in the headline, and a common word: unproven
        #expect(names.isName("smith"))
        #expect(!names.isName("officials"))
    }

    @Test func anEmptyArticleHasNoTerms() {
        #expect(ArticleTerms(title: nil, body: "").isEmpty)
        #expect(ArticleTerms(title: "2023", body: "12,000 - 1,500 (37.63)").isEmpty)
    }
}
