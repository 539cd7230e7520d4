import Foundation
@testable import Stories
import Testing

struct StorySlugTests {
    func slug(_ title: String, _ body: String, _ day: String) -> String {
        let article = StoryArticle(title: title, body: body, time: MadeUpNews.day(day))
        guard case .starts(let new) = StoryIndex().assign(article) else { return "" }
        return new.slug
    }

    @Test func aPlaceThenTheEventNoun() {
        #expect(slug("Update: Morocco earthquake kills 820",
                     "A powerful earthquake struck Morocco late on Friday. The earthquake killed 820 people in Al Haouz and "
                     + "Taroudant provinces, Morocco's interior ministry said.", "2023-09-09") == "2023-09-morocco-earthquake")
    }

    @Test func aNameOfSeveralWordsIsKeptWhole() {
        #expect(slug("Silicon Valley Bank closed by California regulator",
                     "California regulators closed Silicon Valley Bank on Friday and put it under the control of the FDIC. "
                     + "Silicon Valley Bank had $209 billion in assets.", "2023-03-10") == "2023-03-silicon-valley-bank")
    }

    @Test func aHeadlineWithoutANameBorrowsTheArticlesHeaviestName() {
        #expect(slug("The surprising risk that turbocharged a bank run",
                     "Depositors pulled $42 billion from SVB in one day. SVB had grown fast, and SVB customers talked to each other.",
                     "2023-04-28") == "2023-04-svb-turbocharged")
    }

    @Test func accentsAreFoldedAndOtherScriptsFallBack() {
        #expect(StorySlug.slug(words: ["Zürich", "Straße"], time: MadeUpNews.day("2024-01-02")) == "2024-01-zurich-strasse")
        #expect(StorySlug.slug(words: ["Москва"], time: MadeUpNews.day("2024-03-23")) == "2024-03-story")
        #expect(slug("Москва: теракт в Крокус Сити Холле", "Погибли люди.", "2024-03-23") == "2024-03-story")
    }

    @Test func theMonthIsTheUTCMonthOfTheArticlesTime() throws {
        let lastMinute = try Date("2023-09-30T23:59:00Z", strategy: .iso8601)
        #expect(StorySlug.yearMonth(lastMinute) == "2023-09")
        #expect(StorySlug.yearMonth(lastMinute.addingTimeInterval(120)) == "2023-10")
        #expect(StorySlug.yearMonth(try Date("1969-12-31T12:00:00Z", strategy: .iso8601)) == "1969-12")
        #expect(StorySlug.yearMonth(try Date("2000-02-29T00:00:00Z", strategy: .iso8601)) == "2000-02")
    }
}
