import Foundation
import Model
import OrderedJSON
import Store
import Testing
@testable import WebPages

@Suite struct FigurePageTests {
    let history = [
        Fixtures.entry(id: 1, claimant: "South Korea", value: 12_000, daysLater: 0),
        Fixtures.entry(id: 2, claimant: "Ukraine", value: 11_000, daysLater: 1),
        Fixtures.entry(id: 3, claimant: "United States", value: 10_000, daysLater: 2),
    ]

    @Test func chartHasAPointPerStatementByClaimantLinkedToItsRow() {
        let svg = TimelineChart.svg(key: "north-korea/troops/sent-to-russia", history: history)
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("href=\"#claim-1\" data-claimant=\"South Korea\" data-value=\"12,000\""))
        #expect(svg.contains("href=\"#claim-2\" data-claimant=\"Ukraine\" data-value=\"11,000\" data-disputed=\"true\""))
        #expect(svg.contains("href=\"#claim-3\" data-claimant=\"United States\" data-value=\"10,000\" data-disputed=\"true\""))
        #expect(svg.components(separatedBy: "class=\"dispute\"").count == 3)
    }

    @Test func aClaimantRevisingItsOwnFigureIsNoDispute() {
        let points = TimelineChart.points([
            Fixtures.entry(id: 1, claimant: "Ukraine", value: 11_000, daysLater: 0),
            Fixtures.entry(id: 2, claimant: "Ukraine", value: 12_000, daysLater: 1),
            Fixtures.entry(id: 3, claimant: "South Korea", value: 12_000, daysLater: 2),
        ])
        #expect(points.map(\.disputed) == [false, false, false])
    }

    @Test func pageHasTheChartAndAHistoryRowPerStatement() {
        let summary = Fixtures.summary(key: "north-korea/troops/sent-to-russia", [("United States", 10_000), ("Ukraine", 11_000)])
        let page = FigureDetailPage.html(key: summary.key, summary: summary, history: history)
        #expect(page.contains("<svg"))
        for id in 1...3 { #expect(page.contains("<tr id=\"claim-\(id)\"")) }
        #expect(page.contains("<td><time datetime=\"2024-10-27T03:33:20Z\">2024-10-27 03:33 UTC</time></td>"), "the date, kept on one line by the stylesheet")
        #expect(page.contains("<td class=\"article\"><a href=\"https://example.org/a\" rel=\"noopener noreferrer nofollow\">An article</a>"))
        #expect(!page.contains("style="))
        #expect(!page.contains("<script"))
    }

    @Test func hostileArticleShowsAsText() {
        let hostile = Fixtures.entry(id: 9, claimant: Fixtures.hostileClaimant, value: 12_000, daysLater: 0, quote: Fixtures.hostileQuote,
                                     title: "<b onmouseover=alert(1)>Title</b>", url: Fixtures.hostileURL)
        let summary = FigureSummary(key: "k", positions: [Position(claimant: Fixtures.hostileClaimant, latest:
            Fixtures.observation(id: 9, key: "k", claimant: Fixtures.hostileClaimant, value: 12_000, quote: Fixtures.hostileQuote, url: Fixtures.hostileURL))],
                                    mentions: 1, articles: 1, lastSeen: Fixtures.day)
        let pages = [FigureDetailPage.html(key: "k<script>", summary: summary, history: [hostile]),
                     FigureListPage.html(FigureSelection(query: FigureQuery(search: "\"><script>"), figures: [summary], total: 1)),
                     FigureListPage.html(FigureSelection(query: FigureQuery(), figures: [summary], total: 1))]
        for page in pages {
            #expect(!page.contains("<script"))
            #expect(!page.contains("<svg onload"))
            #expect(!page.contains("<img"))
            #expect(!page.contains("<b onmouseover"))
            #expect(!page.lowercased().contains("javascript:"))
            #expect(!page.unicodeScalars.contains { Markup.isBidiControl($0) })
        }
        #expect(pages[0].contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(pages[0].contains("[U+202E]sdrawkcab[U+202C]"))
        #expect(pages[0].contains("&lt;b onmouseover=alert(1)&gt;Title&lt;/b&gt;"))
    }
}

@Suite struct UntrackedFigureTests {
    /// A key stated only by claims that give it no position (untracked): no time to show.
    let untracked = FigureSummary(key: "place/untracked", positions: [], mentions: 1, articles: 1, lastSeen: .distantPast)

    @Test func theListSaysNotTrackedInsteadOfAYearOneDate() {
        let page = FigureListPage.html(FigureSelection(query: FigureQuery(), figures: [untracked], total: 1))
        #expect(page.contains("<td>not tracked</td>"))
        #expect(!page.contains("0001"))
    }

    @Test func theAPIGivesNullForItsLastSeen() {
        #expect(APIBodies.figure(untracked).serialized.contains("\"last_seen\":null"))
        let tracked = Fixtures.summary(key: "place/tracked", [("Ministry", 5)])
        #expect(APIBodies.figure(tracked).serialized.contains("\"last_seen\":\""))
    }
}

@Suite struct FigureListTests {
    let figures = (0..<120).map { Fixtures.summary(key: "place-\($0)/deaths", [("Ministry \($0 % 3)", Double($0))]) }
        + [Fixtures.summary(key: "north-korea/troops/sent-to-russia", [("Ukraine", 11_000), ("United States", 10_000)])]

    @Test func aPageLinksToItsNeighboursKeepingTheQuery() {
        let second = FigureSelection(query: FigureQuery(search: "a b", disputedOnly: true, page: 2), figures: Array(figures[50..<100]), total: 121)
        #expect(second.pageCount == 3)
        let page = FigureListPage.html(second)
        #expect(page.contains("121 figures, page 2 of 3"))
        #expect(page.contains("href=\"/figures?q=a%20b&amp;page=1&amp;disputed=1\""))
        #expect(page.contains("href=\"/figures?q=a%20b&amp;page=3&amp;disputed=1\""))
        #expect(page.components(separatedBy: "<td><a href=\"/figures/").count - 1 == 50)
        let last = FigureListPage.html(FigureSelection(query: FigureQuery(page: 3), figures: [figures[120]], total: 121))
        #expect(last.contains("rel=\"prev\"") && !last.contains("rel=\"next\""))
        #expect(last.contains("<span class=\"badge\">disputed</span>"))
    }

    @Test func theQueryIsReadFromTheQueryStringAndSaysWhereItsPageStarts() {
        #expect(FigureQuery(parameters: ["q": "x", "disputed": "1", "page": "0", "per_page": "100000"])
            == FigureQuery(search: "x", disputedOnly: true, page: 1, pageSize: 500))
        #expect(FigureQuery(parameters: ["disputed": "no", "page": "three"]) == FigureQuery())
        #expect(FigureQuery(page: 3).offset == 100)
        #expect(FigureQuery(page: 1).offset == 0)
        // A page no list reaches is past the end, not an overflow.
        #expect(FigureQuery(page: .max, pageSize: 500).offset == .max)
    }
}
