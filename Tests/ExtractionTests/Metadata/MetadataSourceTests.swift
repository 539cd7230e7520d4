@testable import Extraction
import Foundation
import Testing

/// Each source of metadata on its own, in a page that has nothing else.
@Suite struct MetadataSourceTests {
    private typealias Page = MetadataPage

    @Test func jsonLDArticle() {
        let metadata = Page.metadata(head: Page.jsonLD("""
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Grain exports fall 12 percent",
             "datePublished": "2024-07-01T10:00:00+02:00", "dateModified": "2024-07-02T09:15:00+02:00",
             "author": [{"@type": "Person", "name": "Olena Koval"}, {"@type": "Person", "givenName": "Ivan", "familyName": "Petrenko"}],
             "publisher": {"@type": "Organization", "name": "Example Wire"}, "description": "Shipments dropped in June.",
             "inLanguage": "uk", "url": "https://wire.example.com/grain"}
            """))
        #expect(metadata.title == "Grain exports fall 12 percent")
        #expect(metadata.authors == ["Olena Koval", "Ivan Petrenko"])
        #expect(metadata.published == Page.utc("2024-07-01T08:00:00Z"))
        #expect(metadata.modified == Page.utc("2024-07-02T07:15:00Z"))
        #expect(metadata.siteName == "Example Wire")
        #expect(metadata.description == "Shipments dropped in June.")
        #expect(metadata.language == "uk")
        #expect(metadata.url == "https://wire.example.com/grain")
    }

    /// Yoast and other SEO plugins: one @graph, the author a reference to a Person node.
    @Test func jsonLDGraphWithReferences() {
        let metadata = Page.metadata(head: Page.jsonLD("""
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "@id": "https://example.org/#website", "name": "Example Post"},
              {"@type": "Person", "@id": "https://example.org/#/schema/person/1", "name": "Amara Okafor"},
              {"@type": ["Article", "NewsArticle"], "headline": "Clinic wait times double",
               "author": {"@id": "https://example.org/#/schema/person/1"}, "datePublished": "2023-03-09"}]}
            """))
        #expect(metadata.authors == ["Amara Okafor"])
        #expect(metadata.published == Page.utc("2023-03-09T00:00:00Z"))
    }

    /// Wrapped in CDATA for old parsers, in an array, the article after a video.
    @Test func jsonLDInCDATAAndArrays() {
        let metadata = Page.metadata(head: Page.jsonLD("""
            <![CDATA[ [{"@type": "VideoObject", "name": "Watch: the storm", "uploadDate": "2022-01-01"},
                       {"@type": "schema:BlogPosting", "headline": "Storm cuts power to 40,000",
                        "datePublished": "2022-01-05T06:00:00Z"}] ]]>
            """))
        #expect(metadata.title == "Storm cuts power to 40,000")
        #expect(metadata.published == Page.utc("2022-01-05T06:00:00Z"))
    }

    /// Wikipedia puts the title in `name` and a description in `headline`.
    @Test func jsonLDNameWhenTheTitleElementRepeatsIt() {
        let metadata = Page.metadata(head: "<title>New Zealand - Wikipedia</title>" + Page.jsonLD("""
            {"@type": "Article", "name": "New Zealand", "headline": "constitutional monarchy in Oceania"}
            """))
        #expect(metadata.title == "New Zealand")
    }

    /// A script is not decoded by the HTML parser: references a template wrote stay in it.
    @Test func jsonLDCharacterReferences() {
        let metadata = Page.metadata(head: Page.jsonLD("""
            {"@type": "NewsArticle", "headline": "Tom &amp; Jerry&#8217;s &eacute;t&eacute; &#x2013; &bogus; & more",
             "author": {"@type": "Person", "name": "Zo&euml; Martin"}}
            """))
        #expect(metadata.title == "Tom & Jerry’s été – &bogus; & more")
        #expect(metadata.authors == ["Zoë Martin"])
    }

    @Test func openGraph() {
        let metadata = Page.metadata(head: [
            Page.meta("og:title", "Ferry service resumes after 3 weeks"), Page.meta("og:site_name", "Harbour Times"),
            Page.meta("article:published_time", "2021-05-04T07:30:00-04:00"), Page.meta("article:modified_time", "2021-05-04T12:00:00-04:00"),
            Page.meta("article:author", "Li Wei"), Page.meta("og:description", "Crossings restart on Monday."),
            Page.meta("og:url", "https://harbourtimes.example/ferry"), Page.meta("og:locale", "en_CA"),
        ].joined())
        #expect(metadata.title == "Ferry service resumes after 3 weeks")
        #expect(metadata.siteName == "Harbour Times")
        #expect(metadata.published == Page.utc("2021-05-04T11:30:00Z"))
        #expect(metadata.modified == Page.utc("2021-05-04T16:00:00Z"))
        #expect(metadata.authors == ["Li Wei"])
        #expect(metadata.description == "Crossings restart on Monday.")
        #expect(metadata.url == "https://harbourtimes.example/ferry")
        #expect(metadata.language == "en-CA")
    }

    @Test func twitterCard() {
        let metadata = Page.metadata(head: Page.meta("twitter:title", "Rail strike called off") + Page.meta("twitter:description", "Unions accept 6% offer."))
        #expect(metadata.title == "Rail strike called off")
        #expect(metadata.description == "Unions accept 6% offer.")
    }

    /// Highwire Press tags, as journals and repositories write them: one tag per author, surname first.
    @Test func bibliographicTags() {
        let metadata = Page.metadata(head: [
            Page.meta("citation_title", "Soil carbon under cover crops"), Page.meta("citation_author", "Nguyen, Thi"),
            Page.meta("citation_author", "Schmidt, Jonas"), Page.meta("citation_publication_date", "2019/06/12"),
            Page.meta("DC.description", "A ten-year field trial."),
        ].joined())
        #expect(metadata.title == "Soil carbon under cover crops")
        #expect(metadata.authors == ["Nguyen, Thi", "Schmidt, Jonas"])
        #expect(HTMLMetadata.joined(metadata.authors) == "Nguyen, Thi; Schmidt, Jonas")
        #expect(metadata.published == Page.utc("2019-06-12T00:00:00Z"))
        #expect(metadata.description == "A ten-year field trial.")
    }

    @Test func dublinCore() {
        let metadata = Page.metadata(head: [
            Page.meta("DC.title", "Annual report on air quality"), Page.meta("DC.creator", "Environment Agency Monitoring Unit"),
            Page.meta("dcterms.issued", "2020-02-28"), Page.meta("DC.language", "en-GB"),
        ].joined())
        #expect(metadata.title == "Annual report on air quality")
        #expect(metadata.authors == ["Environment Agency Monitoring Unit"])
        #expect(metadata.published == Page.utc("2020-02-28T00:00:00Z"))
        #expect(metadata.language == "en-GB")
    }

    @Test func analyticsTags() {
        let metadata = Page.metadata(head: [
            Page.meta("parsely-title", "Budget vote delayed"), Page.meta("parsely-author", "Sam Ortiz"),
            Page.meta("parsely-author", "Dana Levi"), Page.meta("parsely-pub-date", "2018-11-20T15:00:00Z"),
        ].joined())
        #expect(metadata.title == "Budget vote delayed")
        #expect(metadata.authors == ["Sam Ortiz", "Dana Levi"])
        #expect(metadata.published == Page.utc("2018-11-20T15:00:00Z"))
    }

    /// NYT's `byl` keeps the "By".
    @Test func genericMetaTags() {
        let metadata = Page.metadata(head: "<title>Bridge reopens</title>" + Page.meta("byl", "By Corey Kim") + Page.meta("date", "2017-08-01"))
        #expect(metadata.authors == ["Corey Kim"])
        #expect(metadata.published == Page.utc("2017-08-01T00:00:00Z"))
    }

    @Test func titleElementLosesTheSiteName() {
        #expect(Page.metadata(head: "<title>Turnout reaches 64 percent in runoff – The Daily Example</title>").title
            == "Turnout reaches 64 percent in runoff")
        // Unnamed, the site is the last part, or a first part at most half as long as the last.
        #expect(Page.metadata(head: "<title>Rates rise again - Daily Business Times</title>").title == "Rates rise again")
        #expect(Page.metadata(head: "<title>Wire | Bank raises rates to 5.25 percent</title>").title == "Bank raises rates to 5.25 percent")
        #expect(Page.metadata(head: "<title>Example Times | Bank raises rates to 5.25 percent</title>" + Page.meta("og:site_name", "Example Times")).title
            == "Bank raises rates to 5.25 percent")
    }

    /// The heading that repeats a part of the title says which part is the article's, even when
    /// a site logo is an h1 too.
    @Test func titleElementPartTheHeadingRepeats() {
        let metadata = Page.metadata(head: "<title>Outside the web: standalone binaries · V8</title>",
                                     body: "<h1>V8</h1><h1>Outside the web: standalone binaries</h1>")
        #expect(metadata.title == "Outside the web: standalone binaries")
    }

    @Test func microdataInTheBody() {
        let metadata = Page.metadata(body: """
            <h1>Dam level falls to 31 percent</h1>
            <div itemprop="author" itemscope itemtype="https://schema.org/Person">Reporter: <span itemprop="name">Ana Lima</span></div>
            <time itemprop="datePublished" datetime="2016-09-14T08:00:00+01:00">14 September</time>
            <span itemprop="dateModified" content="2016-09-15T10:00:00Z">Updated</span>
            """)
        #expect(metadata.authors == ["Ana Lima"])
        #expect(metadata.published == Page.utc("2016-09-14T07:00:00Z"))
        #expect(metadata.modified == Page.utc("2016-09-15T10:00:00Z"))
    }

    /// The HTML5 draft's `pubdate` and the microformats' `published`/`updated` classes.
    @Test func markedTimeElements() {
        let pubdate = Page.metadata(body: "<time datetime=\"2010-01-02\">Jan 2</time><time pubdate datetime=\"2015-03-04\">March 4</time>")
        #expect(pubdate.published == Page.utc("2015-03-04T00:00:00Z"))
        let microformats = Page.metadata(body: """
            <time datetime="2011-01-01">sidebar</time>
            <time class="dt-published" datetime="2014-05-06T07:08:00Z">6 May</time><time class="updated" datetime="2014-05-07T00:00:00Z">7 May</time>
            """)
        #expect(microformats.published == Page.utc("2014-05-06T07:08:00Z"))
        #expect(microformats.modified == Page.utc("2014-05-07T00:00:00Z"))
    }

    @Test func firstTimeElement() {
        #expect(Page.metadata(body: "<p>Filed <time datetime=\"2023-11-02\">2 November</time></p>").published == Page.utc("2023-11-02T00:00:00Z"))
    }

    @Test func authorLink() {
        let metadata = Page.metadata(body: "<p>Posted by <a rel=\"author\" href=\"/u/mike\">Mike Conley</a></p>")
        #expect(metadata.authors == ["Mike Conley"])
    }

    @Test func bylineElement() {
        let metadata = Page.metadata(body: "<h1>Heat record broken</h1><div class=\"ArticleHeader__byline\">By Laura June Topolsky July 10, 2015</div>")
        #expect(metadata.authors == ["Laura June Topolsky"])
    }

    /// Commenters are named like bylines.
    @Test func bylinesInCommentSectionsAreCommenters() {
        let metadata = Page.metadata(body: """
            <ul id="comments"><li><div class="byline">Sam Reader</div><p>Great piece.</p></li></ul>
            <div class="author-name">Ana Lima</div>
            """)
        #expect(metadata.authors == ["Ana Lima"])
    }

    /// No markup says so: the line under the headline does.
    @Test func visibleBylineAndDateLine() {
        let metadata = Page.metadata(body: """
            <article><h1>Port strike enters second week</h1>
            <p>By Jane Doe and John Roe</p>
            <p>Published 21 October 2024, 10:02 | Updated 22 October 2024, 08:00</p>
            <p>\(String(repeating: "Dock workers at the country's largest port stayed off the job for an eighth day. ", count: 4))</p></article>
            """)
        #expect(metadata.authors == ["Jane Doe", "John Roe"])
        #expect(metadata.published == Page.utc("2024-10-21T10:02:00Z"))
        #expect(metadata.modified == Page.utc("2024-10-22T08:00:00Z"))
    }

    /// Below the article's first paragraph a date is some other story's.
    @Test func dateLineOnlyAboveTheText() {
        let metadata = Page.metadata(body: """
            <h1>Port strike enters second week</h1>
            <p>\(String(repeating: "Dock workers at the country's largest port stayed off the job for an eighth day. ", count: 4))</p>
            <p>Related: 3 March 2019</p>
            """)
        #expect(metadata.published == nil)
    }

    @Test func canonicalLinkAndLanguageAttribute() {
        let (tree, page) = HTMLParser.parse("""
            <html lang="pt-BR"><head><link rel="canonical" href="https://www.example.com.br/a"></head><body><p>x</p></body></html>
            """)
        let metadata = HTMLMetadata(page, tree, now: Page.now)
        #expect(metadata.url == "https://www.example.com.br/a")
        #expect(metadata.language == "pt-BR")
        #expect(metadata.siteName == "example.com.br")
    }
}
