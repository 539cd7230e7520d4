import Extraction
import Foundation
import Model
import Testing

/// The limits on an article's descriptive fields (`ArticleBounds`): dates outside 1900...now + 2
/// days are absent, long text is cut at a word, and each change is noted.
@Suite struct ArticleBoundsTests {
    private let now = Date(timeIntervalSince1970: 1_780_000_000) // 2026-05-28

    private func bounded(_ article: Article) -> (article: Article, notes: [String]) { ArticleBounds.bounded(article, now: now) }

    @Test func publicationDatesOutsideTheRangeAreAbsentWithANote() {
        let outside: [TimeInterval] = [1e30, -1e30, -62_135_596_800 /* 0001-01-01 */, 32_503_680_000 /* 3000-01-01 */, -2_208_988_801 /* 1899 */,
                                       1_780_000_000 + 2 * 86_400 + 1]
        for seconds in outside {
            let result = bounded(Article(body: "Body.", published: Date(timeIntervalSince1970: seconds)))
            #expect(result.article.published == nil, "\(seconds)")
            #expect(result.notes.count == 1 && result.notes[0].hasPrefix("published date ignored: "), "\(result.notes)")
        }
        #expect(bounded(Article(body: "B", published: Date(timeIntervalSince1970: 1e30))).notes
            == ["published date ignored: Unix time 1e+30 is not between 1900-01-01 and two days from now"])
        #expect(bounded(Article(body: "B", published: Date(timeIntervalSince1970: 32_503_680_000))).notes
            == ["published date ignored: 3000-01-01T00:00:00Z is not between 1900-01-01 and two days from now"])
    }

    @Test func publicationDatesInsideTheRangeAreKept() {
        let inside: [TimeInterval] = [-2_208_988_800 /* 1900-01-01 */, 0, 1_779_990_000, 1_780_000_000 + 2 * 86_400]
        for seconds in inside {
            let date = Date(timeIntervalSince1970: seconds)
            let result = bounded(Article(body: "Body.", published: date, modified: date))
            #expect(result.article.published == date && result.article.modified == date && result.notes.isEmpty, "\(seconds)")
        }
    }

    @Test func aModifiedDateIsHeldToTheSameRange() {
        let result = bounded(Article(body: "B", published: now, modified: Date(timeIntervalSince1970: 1e12)))
        #expect(result.article.published == now && result.article.modified == nil)
        #expect(result.notes.count == 1 && result.notes[0].hasPrefix("modified date ignored"))
    }

    @Test func aLongTitleIsCutAfterAWordWithAnEllipsis() throws {
        let title = String(repeating: "Flood waters rise again, ", count: 40) // 1,000 characters
        let cut = try #require(ArticleBounds.cutAtWord(title, to: 300))
        #expect(cut.count <= 300 && cut.count > 250 && cut.hasSuffix("…"))
        // What is kept is the title's start, ending on a whole word, with no comma before the ellipsis.
        let kept = String(cut.dropLast())
        #expect(title.hasPrefix(kept) && kept.last?.isLetter == true)
        #expect([" ", ","].contains(title[title.index(title.startIndex, offsetBy: kept.count)]), "\(cut)")
        let result = bounded(Article(title: title, body: "B"))
        #expect(result.article.title == cut)
        #expect(result.notes == ["title cut to 300 characters (it had more)"])
    }

    @Test func aTitleWithinTheLimitIsUntouched() {
        let title = String(repeating: "x", count: 300)
        #expect(ArticleBounds.cutAtWord(title, to: 300) == nil)
        #expect(bounded(Article(title: title, body: "B")).notes.isEmpty)
    }

    @Test func oneEndlessWordIsCutInside() {
        let cut = ArticleBounds.cutAtWord("Headline " + String(repeating: "a", count: 5_000_000), to: 300)
        #expect(cut?.count == 300)
        #expect(cut?.hasPrefix("Headline aaa") == true && cut?.hasSuffix("a…") == true)
    }

    @Test func charactersNotBytesAreCounted() {
        let title = String(repeating: "é", count: 300)
        #expect(ArticleBounds.cutAtWord(title, to: 300) == nil)
        #expect(ArticleBounds.cutAtWord(title + "é", to: 300)?.count == 300)
    }

    @Test func namesDescriptionsAndAddressesAreBounded() {
        let long = String(repeating: "word ", count: 1_000)
        let url = "https://example.com/" + String(repeating: "p", count: 3_000)
        let result = bounded(Article(title: "T", body: "B", source: long, url: url, published: now, author: long,
                                     authors: Array(repeating: long, count: 30), description: long + long))
        #expect(result.article.source.map(\.count).map { $0 <= 200 } == true)
        #expect(result.article.author.map(\.count).map { $0 <= 200 } == true)
        #expect(result.article.description.map(\.count).map { $0 <= 1_000 } == true)
        #expect(result.article.authors.count == 20 && result.article.authors.allSatisfy { $0.count <= 200 })
        #expect(result.article.url == nil)
        #expect(result.notes.contains("url ignored: 3020 bytes, more than 2048"))
        #expect(result.notes.count == 6, "\(result.notes)")
        #expect(result.article.title == "T" && result.article.published == now)
    }
}
