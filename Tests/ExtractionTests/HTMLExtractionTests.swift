import Documents
import Extraction
import Foundation
import Model
import Testing

@Suite struct HTMLExtractionTests {
    private func article(_ html: String, metadata: DocumentMetadata = DocumentMetadata()) throws -> Model.Article {
        try ArticleExtractor.extract(DecodedDocument(markup: .html, content: html, encoding: "UTF-8", metadata: metadata))
    }

    /// Report paragraphs long enough to be scored as content.
    private static let reporting = [
        "Authorities confirmed 1,240 new measles cases across the northern provinces this week, the highest weekly count since records began, and warned that the figure could rise further as testing expands.",
        "Vaccination teams reached 310,000 children in the first phase of the campaign, according to the health ministry, which said a second phase would begin in the spring, once supplies arrive.",
        "Hospitals in the three worst-hit districts reported that 85 percent of their paediatric beds were occupied, up from 60 percent a month earlier, and appealed for more nurses and doctors.",
    ]

    private static let newsPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Measles cases hit record high | Example Health News</title>
          <meta property="og:site_name" content="Example Health News">
          <meta property="article:published_time" content="2024-03-05T08:00:00Z">
          <meta name="author" content="Priya Natarajan">
          <link rel="canonical" href="https://news.example.com/health/measles-record">
        </head>
        <body>
          <div id="cookie-banner"><p>We use cookies to improve your experience. By continuing you accept our use of cookies and our privacy policy.</p></div>
          <header class="site-header"><a href="/">Example Health News</a><nav><a href="/world">World</a> <a href="/health">Health</a></nav></header>
          <div class="layout">
            <article class="story">
              <h1>Measles cases hit record high</h1>
              <p class="byline">By Priya Natarajan</p>
              <p>\(reporting[0])</p>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <p>\(reporting[1])</p>
              <h2>Hospitals under strain</h2>
              <p>\(reporting[2])</p>
              <div class="newsletter-signup"><p>Sign up for our daily health newsletter, delivered to your inbox every morning before 7am.</p></div>
            </article>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Flu season starts early, with many cases</a></li><li><a href="/b">Heatwave warnings issued for the south</a></li></ul></aside>
          </div>
          <div id="comments"><h3>12 comments</h3><p>Great article, thanks for sharing this with all of us here today, really helpful!</p></div>
          <div class="related-stories"><a href="/c">Polio vaccine drive reaches 2 million children in the region this year</a></div>
          <footer><p>© 2024 Example Health News. All rights reserved. Contact us at desk@example.com for corrections.</p></footer>
        </body>
        </html>
        """

    @Test func boilerplateIsRemovedAndTheArticleKept() throws {
        let article = try article(Self.newsPage)
        #expect(TestData.paragraphs(article) == [Self.reporting[0], Self.reporting[1], "Hospitals under strain", Self.reporting[2]])
    }

    @Test func metadataFromTheHead() throws {
        let article = try article(Self.newsPage)
        #expect(article.title == "Measles cases hit record high")
        #expect(article.source == "Example Health News")
        #expect(article.published == Date(timeIntervalSince1970: 1_709_625_600))
        #expect(article.author == "Priya Natarajan")
        #expect(article.url == "https://news.example.com/health/measles-record")
        #expect(article.language == "en-GB")
        #expect(article.text.hasPrefix("Measles cases hit record high\n\nAuthorities confirmed"))
    }

    @Test func envelopeMetadataWins() throws {
        let given = DocumentMetadata(url: "https://mirror.example.net/x", title: "Given title", published: Date(timeIntervalSince1970: 0),
                                     source: "Wire Service", author: "Desk")
        let article = try article(Self.newsPage, metadata: given)
        #expect(article.title == "Given title")
        #expect(article.url == "https://mirror.example.net/x")
        #expect(article.source == "Wire Service")
        #expect(article.author == "Desk")
        #expect(article.published == Date(timeIntervalSince1970: 0))
    }

    private func page(head: String, body: String = "") -> String {
        "<html><head>\(head)</head><body>\(body)<article>" + Self.reporting.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    }

    @Test func openGraphTitleWins() throws {
        let article = try article(page(head: "<title>Page | Site</title><meta property=\"og:title\" content=\"Wildfire forces 3,000 to flee\">"))
        #expect(article.title == "Wildfire forces 3,000 to flee")
    }

    @Test func titleElementLosesTheSiteName() throws {
        #expect(try article(page(head: "<title>Turnout reaches 64 percent in runoff – The Daily Example</title>")).title
            == "Turnout reaches 64 percent in runoff")
        #expect(try article(page(head: "<title>Example Times | Bank raises rates to 5.25 percent</title><meta property=\"og:site_name\" content=\"Example Times\">")).title
            == "Bank raises rates to 5.25 percent")
    }

    @Test func firstHeadingWhenNothingElse() throws {
        #expect(try article(page(head: "", body: "<h1>Storm leaves 40,000 without power</h1>")).title == "Storm leaves 40,000 without power")
    }

    @Test func jsonLDGivesDateAuthorAndPublisher() throws {
        let jsonLD = """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
            "headline": "Grain exports fall 12 percent", "datePublished": "2024-07-01T10:00:00+02:00",
            "author": [{"@type": "Person", "name": "Olena Koval"}], "publisher": {"@type": "Organization", "name": "Example Wire"}}]}</script>
            """
        let article = try article(page(head: jsonLD))
        #expect(article.title == "Grain exports fall 12 percent")
        #expect(article.published == Date(timeIntervalSince1970: 1_719_820_800))
        #expect(article.author == "Olena Koval")
        #expect(article.source == "Example Wire")
    }

    @Test func timeElementAndHostAsFallbacks() throws {
        let article = try article(page(head: "<link rel=\"canonical\" href=\"https://www.example.org/a\">",
                                       body: "<time datetime=\"2023-11-02\">2 November</time>"))
        #expect(article.published == Date(timeIntervalSince1970: 1_698_883_200))
        #expect(article.source == "example.org")
    }

    @Test func bylineElementGivesTheAuthorAndLeavesTheBody() throws {
        let article = try article(page(head: "", body: "<p class=\"byline\">By Jane Doe May 20, 2019 | Wire</p>"))
        #expect(article.author == "Jane Doe")
        #expect(!article.body.contains("Jane Doe"))
    }

    @Test func entitiesAreDecoded() throws {
        let html = "<html><body><article><p>Ministers&#8217; budget: &euro;4.5&nbsp;billion for Caf&eacute; owners &amp; farmers, up 12&#x25; on last year&hellip; said officials in the capital on Monday, after long talks.</p></article></body></html>"
        let body = try article(html).body
        #expect(body == "Ministers’ budget: €4.5 billion for Café owners & farmers, up 12% on last year… said officials in the capital on Monday, after long talks.")
    }

    @Test func brokenMarkupStillYieldsTheText() throws {
        let html = "<html><body><div class=content><p>" + Self.reporting[0] + "<p>" + Self.reporting[1] + "</span></div></b><p>" + Self.reporting[2]
        let paragraphs = TestData.paragraphs(try article(html))
        #expect(paragraphs.contains(Self.reporting[0]))
        #expect(paragraphs.contains(Self.reporting[1]))
        #expect(paragraphs.contains(Self.reporting[2]))
    }

    @Test func deepNestingDoesNotExhaustTheStack() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>" + Self.reporting[0] + "</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        #expect(try article(html).body == Self.reporting[0])
    }

    @Test func hiddenElementsAreDropped() throws {
        let html = "<html><body><article><p>" + Self.reporting[0] + "</p><p style=\"display: none\">Hidden teaser text that should never appear in the body at all.</p>"
            + "<p hidden>Also hidden from every reader of this page today.</p><p>" + Self.reporting[1] + "</p></article></body></html>"
        #expect(TestData.paragraphs(try article(html)) == [Self.reporting[0], Self.reporting[1]])
    }

    @Test func listsTablesAndQuotesInsideTheArticleStay() throws {
        let html = "<html><body><article><p>" + Self.reporting[0] + "</p><blockquote>“We have never seen numbers like these,” one doctor said.</blockquote>"
            + "<table><tr><th>District</th><th>Cases</th></tr><tr><td>North</td><td>640</td></tr><tr><td>East</td><td>410</td></tr></table>"
            + "<ul><li>Cases: 1,240 this week</li><li>Deaths: 14 since January</li></ul><p>" + Self.reporting[1] + "</p></article></body></html>"
        let paragraphs = TestData.paragraphs(try article(html))
        #expect(paragraphs.contains("“We have never seen numbers like these,” one doctor said."))
        #expect(paragraphs.contains("District | Cases"))
        #expect(paragraphs.contains("North | 640"))
        #expect(paragraphs.contains("Deaths: 14 since January"))
    }

    @Test func pageWithoutTextIsAnError() {
        #expect(throws: ExtractionError.self) { try article("<html><head><title>x</title></head><body><img src=a.png></body></html>") }
        #expect(throws: ExtractionError.self) { try ArticleExtractor.extract(DecodedDocument(markup: .plainText, content: " \n\n ", encoding: "UTF-8")) }
    }
}
