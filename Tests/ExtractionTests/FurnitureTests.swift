import Documents
import Extraction
import Foundation
import Model
import Testing

/// One kind of page furniture at a time, placed where sites put it (inside the article's
/// container, where the content scorer's choice of container alone cannot leave it out, or
/// beside it), and what belongs to the article kept.
@Suite struct FurnitureTests {
    static let paragraphs = [
        "Officials said 2,300 families had been moved to shelters by Tuesday evening, after the river rose above its banks for the second time in a week and flooded the lower town.",
        "The regional government said at least 14 people had died and 31 were missing, and that the number of damaged homes had risen to more than 4,000 across the province.",
        "Engineers expected the water to fall slowly over the weekend, but warned that further rain in the hills could push the level up again before the dams were fully opened.",
    ]

    /// The page with `inside` placed after the first paragraph of the article and `outside`
    /// after the article.
    static func page(inside: String = "", outside: String = "") -> String {
        """
        <html><head><title>Floods force thousands from their homes</title></head><body>
        <div class="page"><article class="story">
        <h1>Floods force thousands from their homes</h1>
        <p>\(paragraphs[0])</p>
        \(inside)
        <p>\(paragraphs[1])</p>
        <p>\(paragraphs[2])</p>
        </article>
        \(outside)
        </div></body></html>
        """
    }

    static func body(_ html: String) throws -> String {
        try ArticleExtractor.extract(DecodedDocument(markup: .html, content: html, encoding: "UTF-8")).body
    }

    /// The furniture's words are gone and the article's three paragraphs are all there, in order.
    static func expectOnlyTheArticle(_ html: String, without furniture: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let body = try body(html)
        #expect(!body.contains(furniture), "furniture left in the body: \(furniture)", sourceLocation: sourceLocation)
        #expect(body.components(separatedBy: "\n\n").filter { Self.paragraphs.contains($0) } == Self.paragraphs, sourceLocation: sourceLocation)
    }

    @Test func navigationGoes() throws {
        try Self.expectOnlyTheArticle(Self.page(inside: #"<nav><a href="/world">World news</a> <a href="/europe">Europe news</a> <a href="/asia">Asia news</a></nav>"#),
                                      without: "Europe news")
        try Self.expectOnlyTheArticle(Self.page(inside: #"<div role="navigation"><a href="/a">Previous story in this series</a></div>"#),
                                      without: "Previous story")
        try Self.expectOnlyTheArticle(Self.page(inside: #"<ul class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/world">World coverage desk</a></li></ul>"#),
                                      without: "World coverage desk")
    }

    @Test func relatedLinksGoInsideTheArticleAndBesideIt() throws {
        try Self.expectOnlyTheArticle(Self.page(inside: #"<p><strong>Related:</strong> <a href="/storm">Storm kills 12 in neighbouring province as rivers rise</a></p>"#),
                                      without: "Storm kills 12")
        try Self.expectOnlyTheArticle(Self.page(inside: #"<p><a href="/dam">Read more: Dam operators warned weeks ago that the spillway was failing</a></p>"#),
                                      without: "spillway")
        try Self.expectOnlyTheArticle(Self.page(outside: #"<div class="related-stories"><h3>More on this</h3><ul><li><a href="/a">Drought hits 40,000 farmers in the south after a dry spring</a></li></ul></div>"#),
                                      without: "Drought hits")
    }

    @Test func aLinkInsideASentenceStays() throws {
        let sentence = #"<p>The <a href="/agency">national weather agency</a> said 120 millimetres of rain had fallen in 24 hours, twice the monthly average for the valley.</p>"#
        #expect(try Self.body(Self.page(inside: sentence)).contains("The national weather agency said 120 millimetres of rain had fallen in 24 hours"))
    }

    @Test func commentsGo() throws {
        let comments = #"<div id="comments"><h3>48 comments</h3><div class="comment"><p>This is a disgrace, the council knew about the dam for years and did nothing about it at all.</p></div></div>"#
        try Self.expectOnlyTheArticle(Self.page(outside: comments), without: "disgrace")
        try Self.expectOnlyTheArticle(Self.page(inside: comments), without: "disgrace")
    }

    @Test func shareBarsGo() throws {
        try Self.expectOnlyTheArticle(Self.page(inside: ##"<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email this story</a></div>"##),
                                      without: "Share on")
    }

    @Test func cookieBannersGo() throws {
        let banner = #"<div id="cookie-consent"><p>We use cookies to give you the best experience on our site. By continuing you agree to our cookie policy.</p><button>Accept</button></div>"#
        try Self.expectOnlyTheArticle(Self.page(outside: banner), without: "cookies")
        try Self.expectOnlyTheArticle(Self.page(inside: banner), without: "cookies")
    }

    @Test func newsletterBoxesGo() throws {
        try Self.expectOnlyTheArticle(
            Self.page(inside: #"<div class="newsletter-signup"><p>Get the morning briefing: the day's top stories in your inbox before 7am, every weekday.</p><form><input type="email"><button>Sign up</button></form></div>"#),
            without: "morning briefing")
    }

    @Test func aBylineRepeatedAsFurnitureGoesAndNamesTheAuthor() throws {
        let article = try ArticleExtractor.extract(DecodedDocument(markup: .html, content: Self.page(inside: #"<p class="byline">By Amira Haddad</p>"#), encoding: "UTF-8"))
        #expect(!article.body.contains("Amira Haddad"))
        #expect(article.author == "Amira Haddad")
    }

    @Test func advertisementsGo() throws {
        try Self.expectOnlyTheArticle(Self.page(inside: #"<div class="ad-slot -ad- banner"><p>Holiday deals: save 30% on flights to the coast this summer only.</p></div>"#),
                                      without: "Holiday deals")
        try Self.expectOnlyTheArticle(Self.page(inside: #"<div class="slot"><span>Advertisement</span></div>"#), without: "Advertisement")
    }

    @Test func hiddenPartsGo() throws {
        try Self.expectOnlyTheArticle(Self.page(inside: #"<div style="display: none"><p>Subscribers only: the full list of damaged villages, updated hourly by our team.</p></div>"#),
                                      without: "Subscribers only")
        try Self.expectOnlyTheArticle(Self.page(inside: #"<p hidden>Subscribers only: the full list of damaged villages, updated hourly by our team.</p>"#),
                                      without: "Subscribers only")
    }

    @Test func whatBelongsToTheArticleStays() throws {
        let inside = """
            <h2>Shelters are full</h2>
            <blockquote><p>“We have never seen the water this high,” said the mayor, who asked for army help.</p></blockquote>
            <ul><li>Lower town: 1,200 families moved</li><li>Riverside: 800 families moved</li></ul>
            <table><thead><tr><th>District</th><th>Dead</th></tr></thead><tbody><tr><td>North</td><td>9</td></tr><tr><td>South</td><td>5</td></tr></tbody></table>
            <figure><img src="flood.jpg"><figcaption>Rescue boats in the lower town on Tuesday, where 1,200 families were moved.</figcaption></figure>
            """
        let article = try ArticleExtractor.extract(DecodedDocument(markup: .html, content: Self.page(inside: inside), encoding: "UTF-8"))
        let body = article.body.components(separatedBy: "\n\n")
        for kept in ["Shelters are full", "“We have never seen the water this high,” said the mayor, who asked for army help.",
                     "Lower town: 1,200 families moved", "Riverside: 800 families moved", "District | Dead", "North | 9", "South | 5"] {
            #expect(body.contains(kept), "missing: \(kept)")
        }
        // A picture's caption belongs to the article as metadata, not as its text.
        #expect(article.captions == ["Rescue boats in the lower town on Tuesday, where 1,200 families were moved."])
        #expect(body.firstIndex(of: "Shelters are full")! > body.firstIndex(of: Self.paragraphs[0])!, "in reading order")
        #expect(body.firstIndex(of: "Shelters are full")! < body.firstIndex(of: Self.paragraphs[1])!)
    }

    @Test func aPageThatIsMostlyLinksKeepsThem() throws {
        let directory = (1...6).map { #"<li><a href="/r\#($0)">Regional flood report number \#($0) for the river basin</a></li>"# }.joined()
        let html = "<html><body><article><h1>Flood reports</h1><ul>\(directory)</ul><p>Reports are updated every morning.</p></article></body></html>"
        #expect(try Self.body(html).contains("Regional flood report number 3 for the river basin"))
    }
}

/// JSON-LD's `articleBody` is a hint for pages whose markup holds too little, never the first choice.
@Suite struct StatedArticleBodyTests {
    static func jsonLD(_ body: String) -> String {
        #"<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Floods", "articleBody": "\#(body)"}</script>"#
    }

    @Test func aPageDrawnByScriptsIsReadFromItsJSONLD() throws {
        let stated = FurnitureTests.paragraphs.joined(separator: "\\n")
        let html = "<html><head>\(Self.jsonLD(stated))</head><body><div id=\"app\">Loading…</div></body></html>"
        let article = try ArticleExtractor.extract(DecodedDocument(markup: .html, content: html, encoding: "UTF-8"))
        #expect(article.body.components(separatedBy: "\n\n") == FurnitureTests.paragraphs)
    }

    @Test func markupWithTheArticleWinsOverTheStatedBody() throws {
        let html = FurnitureTests.page().replacingOccurrences(of: "</head>", with: Self.jsonLD("A teaser the site wrote for search engines only.") + "</head>")
        let body = try ArticleExtractor.extract(DecodedDocument(markup: .html, content: html, encoding: "UTF-8")).body
        #expect(!body.contains("teaser"))
        #expect(body.contains(FurnitureTests.paragraphs[2]))
    }
}
