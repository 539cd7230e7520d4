import Extraction
import Foundation
import Model
import Testing

/// Scrapes written for these tests, from other domains and with other sites' furniture.
@Suite struct FurnitureScrapeTests {
    @Test func cookieNoticeShareBarsNewsletterAndAdvertisementGo() throws {
        let article = try TestData.article(local: "outbreak_cookie_share_newsletter.txt")
        #expect(article.title == "Cholera Cases Double in Coastal Districts as Rains Continue")
        #expect(article.source == "healthwire.example.org")
        #expect(article.author == "Maria Lopez and Tom Okafor")
        #expect(article.published == Date(timeIntervalSince1970: 1_709_460_900 + 18_000))
        #expect(TestData.paragraphs(article) == [
            "Health officials reported 4,210 suspected cholera cases in the coastal districts this week, up from 2,050 a week earlier, as heavy rains flooded water treatment plants.",
            "The ministry said 37 people had died since the outbreak began in January, and that 212 patients remained in treatment centres on Sunday.",
            "Vaccination campaign",
            "A vaccination campaign reaching 600,000 people is due to start next week, according to the World Health Organization, which said it had shipped 1.2 million oral doses.",
            "“We are racing against the water,” said Dr Amina Yusuf, who leads the response in the port city. “Every day of rain adds hundreds of cases.”",
        ])
    }

    @Test func breadcrumbsCaptionsCountersAndRelatedListsGo() throws {
        let article = try TestData.article(local: "election_one_line_per_paragraph.txt")
        #expect(article.title == "Ruling Party Loses Majority as Turnout Hits 71 Percent")
        #expect(TestData.paragraphs(article) == [
            "The ruling party won 142 of the 300 seats in Sunday's parliamentary election, falling short of a majority for the first time in two decades, the electoral commission said on Monday.",
            "Turnout reached 71 percent, the highest since 1998, with 18.4 million ballots cast.",
            "The opposition alliance took 121 seats, while smaller parties and independents shared the remaining 37.",
            "Coalition talks",
            "Party leaders are expected to begin coalition talks on Wednesday, and the president has 30 days to nominate a prime minister.",
        ])
    }

    @Test func appealInTheMiddleAndVisitCounterGo() throws {
        let article = try TestData.article(local: "disaster_broken_lines_appeal.txt")
        #expect(article.title == "Magnitude 6.8 Earthquake Strikes Mountain Region, Hundreds Evacuated")
        #expect(article.source == "quakewatch.example.net")
        #expect(article.published == Date(timeIntervalSince1970: 1_729_468_800))
        let paragraphs = TestData.paragraphs(article)
        #expect(paragraphs.count == 4)
        #expect(paragraphs.first == "The earthquake struck at a depth of 12 kilometres shortly after 3 a.m., the national seismology centre said, and was followed by more than 40 aftershocks.")
        #expect(article.body.contains("officials said reconstruction of the main bridge could take six months."))
        #expect(!article.body.contains("donation"))
        #expect(!article.body.contains("Visited"))
        #expect(!article.body.contains("Image by"))
        #expect(paragraphs.last?.hasPrefix("Rail services") == true)
    }

    @Test func wireCreditsAndStandardsLineGo() throws {
        let article = try TestData.article(local: "wire_story_credits.txt")
        #expect(article.title == "Sri Lanka floods kill 12, displace 30,000")
        #expect(article.author == "Uditha Perera")
        #expect(TestData.paragraphs(article).count == 2)
        #expect(article.body.hasSuffix("would stay closed until Thursday."))
    }

    @Test func listOfFiguresAtTheEndIsKept() throws {
        let article = try TestData.article(text: """
            Heatwave Sends Power Demand to Record

            Electricity demand reached 61.2 gigawatts on Tuesday afternoon, the grid operator said, beating the record set last July.

            Key figures:
            - Peak demand: 61.2 GW at 3 p.m.
            - Imports: 4.8 GW from neighbouring grids
            • Home
            • World

            Share this article
            """)
        #expect(TestData.paragraphs(article).suffix(3) == ["Key figures:", "- Peak demand: 61.2 GW at 3 p.m.", "- Imports: 4.8 GW from neighbouring grids"])
    }

    @Test func hardWrappedTextIsUnwrappedAndHyphenationMended() throws {
        let article = try TestData.article(local: "markets_hard_wrapped.txt")
        #expect(article.title == "Chipmakers Lead Rally as Inflation Cools")
        #expect(article.author == "Sam Reyes")
        #expect(article.published == Date(timeIntervalSince1970: 1_729_468_800))
        let paragraphs = TestData.paragraphs(article)
        #expect(paragraphs.count == 3)
        #expect(paragraphs[0] == "Shares of chipmakers rose sharply on Monday after data showed inflation in the euro zone slowed to 1.8 percent in September, its lowest level in more than three years, easing pressure on the central bank to keep interest rates high.")
        #expect(paragraphs[1].contains("the semi-conductor sub-index jumped 4.1 percent. Trading volume was 20 percent above"))
    }
}
