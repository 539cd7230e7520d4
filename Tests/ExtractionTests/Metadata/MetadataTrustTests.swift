import Documents
@testable import Extraction
import Foundation
import Model
import Testing

/// Which statement wins when a page's sources disagree, what is thrown away as junk, and how
/// dates and names come out.
@Suite struct MetadataTrustTests {
    private typealias Page = MetadataPage

    /// Two sources that state different values: the more trusted one, given second in the page
    /// so that document order cannot be what decides.
    struct Disagreement: CustomTestStringConvertible, Sendable {
        var name: String
        var trusted: (head: String, body: String)
        var other: (head: String, body: String)
        var testDescription: String { name }
    }

    static let titles: [Disagreement] = [
        .init(name: "JSON-LD over og:title", trusted: (Page.jsonLD(#"{"@type": "NewsArticle", "headline": "Trusted"}"#), ""),
              other: (Page.meta("og:title", "Other"), "")),
        .init(name: "Dublin Core over og:title", trusted: (Page.meta("DC.title", "Trusted"), ""), other: (Page.meta("og:title", "Other"), "")),
        .init(name: "og:title over twitter:title", trusted: (Page.meta("og:title", "Trusted"), ""), other: (Page.meta("twitter:title", "Other"), "")),
        .init(name: "twitter:title over <title>", trusted: (Page.meta("twitter:title", "Trusted"), ""), other: ("<title>Other</title>", "")),
        .init(name: "<title> over the h1", trusted: ("<title>Trusted</title>", ""), other: ("", "<h1>Other</h1>")),
    ]

    @Test(arguments: titles) func title(_ case: Disagreement) {
        #expect(Page.metadata(head: `case`.other.head + `case`.trusted.head, body: `case`.other.body + `case`.trusted.body).title == "Trusted")
    }

    static let authors: [Disagreement] = [
        .init(name: "JSON-LD over citation_author", trusted: (Page.jsonLD(#"{"@type": "Article", "author": {"@type": "Person", "name": "Tess Trusted"}}"#), ""),
              other: (Page.meta("citation_author", "Otto Other"), "")),
        .init(name: "citation_author over article:author", trusted: (Page.meta("citation_author", "Tess Trusted"), ""),
              other: (Page.meta("article:author", "Otto Other"), "")),
        .init(name: "article:author over author", trusted: (Page.meta("article:author", "Tess Trusted"), ""), other: (Page.meta("author", "Otto Other"), "")),
        .init(name: "author meta over microdata", trusted: (Page.meta("author", "Tess Trusted"), ""),
              other: ("", #"<span itemprop="author">Otto Other</span>"#)),
        .init(name: "microdata over rel=author", trusted: ("", #"<span itemprop="author">Tess Trusted</span>"#),
              other: ("", #"<a rel="author" href="/o">Otto Other</a>"#)),
        .init(name: "rel=author over a byline element", trusted: ("", #"<a rel="author" href="/t">Tess Trusted</a>"#),
              other: ("", #"<p class="byline">By Otto Other</p>"#)),
    ]

    @Test(arguments: authors) func author(_ case: Disagreement) {
        #expect(Page.metadata(head: `case`.other.head + `case`.trusted.head, body: `case`.other.body + `case`.trusted.body).authors == ["Tess Trusted"])
    }

    static let trustedDate = "2020-02-02T00:00:00Z"
    static let otherDate = "2019-01-01T00:00:00Z"

    static let dates: [Disagreement] = [
        .init(name: "JSON-LD over article:published_time", trusted: (Page.jsonLD(#"{"@type": "NewsArticle", "datePublished": "\#(trustedDate)"}"#), ""),
              other: (Page.meta("article:published_time", otherDate), "")),
        .init(name: "article:published_time over <meta name=date>", trusted: (Page.meta("article:published_time", trustedDate), ""),
              other: (Page.meta("date", otherDate), "")),
        .init(name: "<meta name=date> over a marked element", trusted: (Page.meta("date", trustedDate), ""),
              other: ("", #"<time itemprop="datePublished" datetime="\#(otherDate)">then</time>"#)),
        .init(name: "a marked element over the first <time>", trusted: ("", #"<time itemprop="datePublished" datetime="\#(trustedDate)">now</time>"#),
              other: ("", #"<time datetime="\#(otherDate)">then</time>"#)),
        .init(name: "the first <time> over a date line", trusted: ("", #"<p><time datetime="\#(trustedDate)">now</time></p>"#),
              other: ("", "<h1>Headline</h1><p>1 January 2019</p>")),
    ]

    @Test(arguments: dates) func published(_ case: Disagreement) {
        #expect(Page.metadata(head: `case`.other.head + `case`.trusted.head, body: `case`.other.body + `case`.trusted.body).published
            == Page.utc(Self.trustedDate))
    }

    @Test func modifiedOverUpdatedLine() {
        let metadata = Page.metadata(head: Page.meta("og:updated_time", "2020-03-03T00:00:00Z"),
                                     body: "<h1>Headline</h1><p>Updated 4 April 2020</p>")
        #expect(metadata.modified == Page.utc("2020-03-03T00:00:00Z"))
    }

    // MARK: Junk

    @Test(arguments: [
        "https://www.facebook.com/jane.doe", "@janedoe", "Example Daily", "Staff", "Times Staff Writer", "Follow Author",
        "National Desk", "Read more of our reporting on the election campaign here", "J J", "Posted 3 hours ago",
    ])
    func junkAuthorsGiveWayToTheNextSource(_ junk: String) {
        let metadata = Page.metadata(head: Page.meta("og:site_name", "Example Daily") + Page.meta("author", junk),
                                     body: #"<a rel="author" href="/jane">Jane Doe</a>"#)
        #expect(metadata.authors == ["Jane Doe"], "\(junk)")
    }

    /// A personal site bears its author's name: a name its address spells may be the author's,
    /// and so may a declared one that JSON-LD types as a person.
    @Test func theSiteOwnersNameIsAnAuthor() {
        let personal = Page.metadata(head: "<link rel=canonical href=\"https://hakibenita.com/sql\">" + Page.meta("author", "Haki Benita"))
        #expect(personal.authors == ["Haki Benita"])
        let declared = Page.metadata(head: Page.jsonLD("""
            {"@type": "Article", "author": {"@type": "Person", "name": "Haki Benita"}, "publisher": {"@type": "Organization", "name": "Haki Benita"}}
            """))
        #expect(declared.authors == ["Haki Benita"])
        let organisation = Page.metadata(head: Page.meta("og:site_name", "BBC News") + Page.meta("article:author", "BBC News"))
        #expect(organisation.authors.isEmpty)
    }

    @Test(arguments: ["2025-03-01T00:00:00Z", "1989-12-31T00:00:00Z", "1970-01-01T00:00:00Z"])
    func implausibleDatesGiveWayToTheNextSource(_ date: String) {
        let metadata = Page.metadata(head: Page.meta("article:published_time", date) + Page.meta("date", "2024-06-01"))
        #expect(metadata.published == Page.utc("2024-06-01T00:00:00Z"), "\(date)")
    }

    @Test func aModificationBeforeThePublicationIsNotBelieved() {
        let metadata = Page.metadata(head: Page.meta("article:published_time", "2024-06-01T00:00:00Z") + Page.meta("article:modified_time", "2024-05-01T00:00:00Z"))
        #expect(metadata.published == Page.utc("2024-06-01T00:00:00Z"))
        #expect(metadata.modified == nil)
    }

    @Test func aTitleThatIsOnlyTheSiteNameGivesWayToTheNextSource() {
        let metadata = Page.metadata(head: Page.meta("og:site_name", "Example Daily") + Page.meta("og:title", "Example Daily")
                                     + "<title>Flood defences hold - Example Daily</title>")
        #expect(metadata.title == "Flood defences hold")
    }

    @Test func theSiteNameAndTheAuthorLeaveDeclaredTitles() {
        #expect(Page.metadata(head: Page.meta("og:site_name", "Breitbart") + Page.meta("og:title", "Fact-checker asks a question - Breitbart")).title
            == "Fact-checker asks a question")
        #expect(Page.metadata(head: Page.meta("og:title", "Samantha and the lie - John C. Welch") + Page.meta("author", "John C. Welch")).title
            == "Samantha and the lie")
        // Only a known name goes: this end part is the headline's own.
        #expect(Page.metadata(head: Page.meta("og:site_name", "Example Daily") + Page.meta("og:title", "Rates: up - or down?")).title
            == "Rates: up - or down?")
    }

    // MARK: Dates in UTC

    @Test(arguments: [
        ("2024-07-01T10:00:00+02:00", "2024-07-01T08:00:00Z"),
        ("2024-07-01T10:00:00-0530", "2024-07-01T15:30:00Z"),
        ("2024-07-01 10:00:00 -0400", "2024-07-01T14:00:00Z"),
        ("2024-07-01", "2024-07-01T00:00:00Z"),
        ("Mon, 01 Jul 2024 10:00:00 EST", "2024-07-01T15:00:00Z"),
        ("20240701T100000+0900", "2024-07-01T01:00:00Z"),
    ])
    func datesAreUTCInstants(_ stated: String, _ instant: String) {
        #expect(Page.metadata(head: Page.meta("article:published_time", stated)).published == Page.utc(instant))
    }

    // MARK: Several authors

    @Test func severalAuthors() {
        #expect(Page.metadata(head: Page.meta("author", "Stella Kim and Jennifer Jett")).authors == ["Stella Kim", "Jennifer Jett"])
        #expect(Page.metadata(head: Page.meta("author", "Dana A. Ford, James S.A. Corey, Chien-Ming Wang, and Tom Watkins, CNN")).authors
            == ["Dana A. Ford", "James S.A. Corey", "Chien-Ming Wang", "Tom Watkins"])
        let listed = Page.metadata(head: Page.jsonLD(#"{"@type": "NewsArticle", "author": ["Ana Lima", {"name": "Rui Costa"}, {"@type": "Person", "name": "Ana Lima"}]}"#))
        #expect(listed.authors == ["Ana Lima", "Rui Costa"])
        #expect(HTMLMetadata.joined(listed.authors) == "Ana Lima, Rui Costa")
    }

    /// The extractor's article carries them all.
    @Test func theArticleCarriesTheNewFields() throws {
        let html = """
            <html><head>\(Page.meta("article:published_time", "2024-03-05T08:00:00Z"))\(Page.meta("article:modified_time", "2024-03-06T08:00:00Z"))
            \(Page.meta("description", "Cases rose again."))\(Page.meta("author", "Priya Natarajan and Tom Reed"))</head>
            <body><article><h1>Measles cases hit record high</h1><p>\(String(repeating: "Authorities confirmed 1,240 new measles cases this week across the provinces. ", count: 8))</p></article></body></html>
            """
        let article = try ArticleExtractor.extract(DecodedDocument(markup: .html, content: html, encoding: "UTF-8"))
        #expect(article.authors == ["Priya Natarajan", "Tom Reed"])
        #expect(article.author == "Priya Natarajan, Tom Reed")
        #expect(article.modified == Page.utc("2024-03-06T08:00:00Z"))
        #expect(article.description == "Cases rose again.")
    }
}
