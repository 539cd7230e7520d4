import Documents
import Extraction
import Foundation
import Model
import Testing

/// The rules that keep furniture inside an article's markup out of its body: each with a page
/// where it must fire and a page where it must not.
@Suite struct ArticlePruningTests {
    private func article(_ body: String) throws -> Model.Article {
        let html = "<!DOCTYPE html><html lang=\"en\"><head><title>Flood update</title></head><body>\(body)</body></html>"
        return try ArticleExtractor.extract(DecodedDocument(markup: .html, content: html, encoding: "UTF-8"))
    }

    private func paragraphs(_ body: String) throws -> [String] {
        TestData.paragraphs(try article(body))
    }

    /// Paragraphs long enough to be scored as the article.
    private static let text = [
        "River levels in the valley rose by 2.4 metres overnight, the environment agency said on Tuesday, and 1,300 homes were evacuated as a precaution before dawn.",
        "Emergency crews built temporary barriers along 3 kilometres of the embankment, while volunteers filled 40,000 sandbags at the town's sports centre, officials said.",
        "The agency expects the river to peak on Thursday afternoon, when a further 200 millimetres of rain is forecast to fall on the already saturated hills upstream.",
        "Insurers estimate that the damage could reach 85 million pounds, more than twice the cost of the floods that hit the same valley four years ago, in the spring.",
    ]

    private static func story(_ inner: String) -> String {
        "<article>\(inner)</article>"
    }

    // MARK: captions

    @Test func figureCaptionsAndCreditsAreMetadataNotBody() throws {
        let article = try article(Self.story("""
            <p>\(Self.text[0])</p>
            <figure><img src="a.jpg"><figcaption>Sandbags stacked on 12 March outside the town hall.</figcaption>
            <span class="image-credit">J. Doe/AP</span></figure>
            <p>\(Self.text[1])</p>
            <p>Photo: Agency Pictures</p>
            <p>\(Self.text[2])</p>
            """))
        #expect(TestData.paragraphs(article) == [Self.text[0], Self.text[1], Self.text[2]])
        #expect(article.captions == ["Sandbags stacked on 12 March outside the town hall.", "J. Doe/AP"])
    }

    @Test func aSentenceThatMentionsAPhotoStaysInTheBody() throws {
        let sentence = "The family kept one thing from the house, the photo: a portrait of the grandparents taken in 1952, which hung in the hall for seventy years."
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p><p>\(sentence)</p><p>\(Self.text[1])</p>"))
        #expect(body == [Self.text[0], sentence, Self.text[1]])
    }

    @Test func aGalleryIsItsCaptions() throws {
        let captions = [
            "The main street under a metre of water on Tuesday morning, as seen from the bridge.",
            "Volunteers carry an elderly resident to a rescue boat outside the church.",
            "The sports centre, where 40,000 sandbags were filled by hand over two days.",
        ]
        let figures = captions.map { "<figure><img src=\"x.jpg\"><figcaption>\($0)</figcaption></figure>" }.joined()
        let article = try article(Self.story("<p>Pictures of the flood.</p>\(figures)"))
        #expect(TestData.paragraphs(article) == ["Pictures of the flood."] + captions)
        #expect(article.captions.isEmpty)
    }

    // MARK: repeated blocks

    @Test func aRepeatedTeaserIsKeptOnce() throws {
        // A linked headline as a heading, over a teaser sentence, shown twice.
        let teaser = "<h3><a href=\"/other\">Town council approves new flood defences plan</a></h3><p>The vote was 31 to 4.</p>"
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p>\(teaser)<h2>Clean-up starts</h2><p>\(Self.text[1])</p>\(teaser)<p>\(Self.text[2])</p>"))
        #expect(body.filter { $0.hasPrefix("Town council") }.count == 1)
        #expect(body.contains("Clean-up starts"))
    }

    @Test func repeatedPlainLinesStay() throws {
        // A song's chorus is text the page means to say twice.
        let chorus = "And the river keeps on rising, rising"
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p><p>\(chorus)</p><p>\(Self.text[1])</p><p>\(chorus)</p><p>\(Self.text[2])</p>"))
        #expect(body.filter { $0 == chorus }.count == 2)
    }

    // MARK: the article's end

    @Test func whatFollowsTheArticlesElementIsNotItsText() throws {
        let body = try paragraphs("""
            <main><div class="entry"><p>\(Self.text[0])</p><p>\(Self.text[1])</p><p>\(Self.text[2])</p></div>
            <div class="bio"><p>Jane Doe has covered the environment for the paper since 2009 and lives in the valley.</p></div>
            <div class="teasers"><h3>Rail services cut as storms move north</h3><p>Operators cancelled 300 trains across the region on Monday.</p></div>
            </main>
            """)
        #expect(body == [Self.text[0], Self.text[1], Self.text[2]])
    }

    @Test func aParagraphThatCarriesTheArticleOnStays() throws {
        let continuation = "Residents who were evacuated on Tuesday will be able to return to their homes once engineers have checked the embankment, which could take until the weekend, the council said, adding that temporary accommodation had been arranged for 420 families in hotels and schools across the district, and that a support fund would open next week."
        // The first part holds most of the text, so it is read as the article's element; the
        // second, after an advertisement, carries it on.
        let first = (Self.text + Self.text.map { "Later on Tuesday: " + $0 }).map { "<p>\($0)</p>" }.joined()
        let body = try paragraphs("""
            <main><div class="part">\(first)</div>
            <div class="ad">Advertisement</div>
            <div class="part"><p>\(continuation)</p><p>\(continuation.replacingOccurrences(of: "Tuesday", with: "Monday"))</p></div></main>
            """)
        #expect(body.count == 10)
        #expect(body.contains(continuation))
    }

    // MARK: link lists

    @Test func aRelatedLinksListAndItsTitleGo() throws {
        let body = try paragraphs(Self.story("""
            <p>\(Self.text[0])</p><p>\(Self.text[1])</p>
            <div><h3>More from Business</h3><ul><li><a href="/1">Storm kills 12 on the coast</a></li>
            <li><a href="/2">Markets fall 3% on rate fears</a></li><li><a href="/3">Factory to close with 400 jobs lost</a></li></ul></div>
            """))
        #expect(body == [Self.text[0], Self.text[1]])
    }

    @Test func aListThatIsTheArticleStays() throws {
        let items = ["Fill sandbags only half full", "Seal doors with plastic sheeting", "Move valuables upstairs", "Switch off the electricity"]
        let list = "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
        let body = try paragraphs(Self.story("<h2>What to do</h2><p>\(Self.text[0])</p>\(list)<p>\(Self.text[1])</p>"))
        #expect(body == ["What to do", Self.text[0]] + items + [Self.text[1]])
    }

    @Test func aListOfNotesThatLinkTheirSourcesStays() throws {
        let items = [#"Maria Lopez <a href="/b/1">fixed the gauge readings upstream</a>"#,
                     #"The agency <a href="/b/2">published its revised flood map</a> for the lower valley, with 40 more streets"#,
                     #"Volunteers <a href="/b/3">opened a second shelter</a> at the school on Mill Road for 200 people"#]
        let list = "<ul>" + items.map { "<li>\($0)</li>" }.joined() + "</ul>"
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p>\(list)<p>\(Self.text[1])</p>"))
        #expect(body.contains("Maria Lopez fixed the gauge readings upstream"))
        #expect(body.count == 5)
    }

    /// A changelog: "In progress:" over the tickets it links. The nested list belongs to the
    /// list around it, whose items are mostly words of their own.
    @Test func aNestedListOfLinksInsideAListOfTextStays() throws {
        let tickets = ["Bug 101 – Gauge readings freeze after midnight", "Bug 102 – Alerts sent twice to some phones"]
        let nested = "<ul>" + tickets.map { #"<li><a href="https://tracker.example.org/\#($0.prefix(7))">\#($0)</a></li>"# }.joined() + "</ul>"
        let list = """
            <ul><li>The volunteers who mapped the lower valley last week finished the survey of all 1,300 homes, two weeks ahead of the plan agreed in March with the council.</li>
            <li>The warning service now sends its alerts in four languages, after complaints from residents of the old town that the English text was too hard to follow.</li>
            <li>In progress:\(nested)</li></ul>
            """
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p>\(list)<p>\(Self.text[1])</p>"))
        #expect(tickets.allSatisfy(body.contains))
    }

    @Test func aNestedMenuOfLinksStillGoes() throws {
        let menu = #"<ul><li><a href="/news">News</a><ul><li><a href="/news/1">Storm kills 12 on the coast</a></li>"#
            + #"<li><a href="/news/2">Markets fall 3% on rate fears</a></li></ul></li><li><a href="/sport">Sport</a></li></ul>"#
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p><p>\(Self.text[1])</p>\(menu)"))
        #expect(body == [Self.text[0], Self.text[1]])
    }

    @Test func aTableRowWithLinkedNamesIsData() throws {
        let table = #"<table><tr><th>Party</th><th>Seats</th></tr><tr><td><a href="/p/1">Green Alliance</a></td><td>41</td></tr>"#
            + #"<tr><td><a href="/p/2">Liberal Democratic Union</a></td><td>38</td></tr></table>"#
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p>\(table)<p>\(Self.text[1])</p>"))
        #expect(body.contains("Green Alliance | 41") && body.contains("Liberal Democratic Union | 38"))
    }

    @Test func aSingleCellTableOfHeadlinesStillGoes() throws {
        let table = #"<table><tr><td><a href="/1">Storm kills 12 on the coast</a></td></tr><tr><td><a href="/2">Markets fall 3% on rate fears</a></td></tr></table>"#
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p><p>\(Self.text[1])</p>\(table)"))
        #expect(body == [Self.text[0], Self.text[1]])
    }

    // MARK: edges

    @Test func bylineCounterAndAppealAtTheEdgesGo() throws {
        let body = try paragraphs(Self.story("""
            <div>By Jane Doe</div><div>1,204 views</div>
            <p>\(Self.text[0])</p><p>\(Self.text[1])</p>
            <p>Subscribe now to our newsletter for the full story.</p>
            """))
        #expect(body == [Self.text[0], Self.text[1]])
    }

    @Test func aLongSentenceAddressingTheReaderInsideTheTextStays() throws {
        let advice = "If you live near the river, you can sign up for the agency's free flood warnings by phone, which sent 12,000 alerts on Tuesday alone, and you should keep a bag packed with documents and medicines in case the order to leave comes at night."
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p><p>\(advice)</p><p>\(Self.text[1])</p>"))
        #expect(body == [Self.text[0], advice, Self.text[1]])
    }

    @Test func anInlineFramesFallbackTextIsNotTheArticle() throws {
        // No browser shows what an <iframe> holds; it is there for browsers without frames.
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p><iframe src=\"/embed/1\">Your browser does not support frames</iframe><p>\(Self.text[1])</p>"))
        #expect(body == [Self.text[0], Self.text[1]])
    }

    @Test func furnitureWordsOfOtherLanguagesAreFurniture() throws {
        let body = try paragraphs(Self.story("<p>\(Self.text[0])</p><p>Artikel teilen</p><p>\(Self.text[1])</p><p>Voir aussi</p><p>\(Self.text[2])</p>"))
        #expect(body == [Self.text[0], Self.text[1], Self.text[2]])
    }

    // MARK: pages wrapped in one element

    @Test func aFormThatHoldsThePageIsItsWrapper() throws {
        // ASP.NET puts the whole page in one <form>, menus included.
        let body = try paragraphs("""
            <form id="aspnetForm" method="post"><div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
            <div class="story"><p>\(Self.text[0])</p><p>\(Self.text[1])</p><p>\(Self.text[2])</p></div></form>
            """)
        #expect(body == [Self.text[0], Self.text[1], Self.text[2]])
    }

    @Test func aSmallFormInsideTheArticleGoes() throws {
        let body = try paragraphs(Self.story("""
            <p>\(Self.text[0])</p><p>\(Self.text[1])</p>
            <form><label>Your e-mail address for flood alerts</label><input type="email"><button>Send</button></form>
            <p>\(Self.text[2])</p>
            """))
        #expect(body == [Self.text[0], Self.text[1], Self.text[2]])
    }

    @Test func aPageLeftInsideAnUnclosedNavigationIsRead() throws {
        // Tag soup: the menu's <nav> is never closed, so the parser puts the article inside it.
        let body = try paragraphs("""
            <nav><a href="/">Home</a> <a href="/news">News</a>
            <div class="story"><p>\(Self.text[0])</p><p>\(Self.text[1])</p><p>\(Self.text[2])</p></div>
            """)
        #expect(body == [Self.text[0], Self.text[1], Self.text[2]])
    }
}
