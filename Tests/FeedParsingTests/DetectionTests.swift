import FeedParsing
import Foundation
import Testing

/// Formats are told apart by content, never by URL or Content-Type; what is not a feed says what it is.
@Suite struct DetectionTests {
    @Test func formatFollowsContentNotAddress() throws {
        let rss = try Feeds.parse("<rss version=\"2.0\"><channel><title>t</title></channel></rss>", url: "https://x.example.com/feed.json",
                                  contentType: "application/json")
        #expect(rss.format == .rss)
        let atom = try Feeds.parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>", url: "https://x.example.com/rss.xml")
        #expect(atom.format == .atom)
        let json = try Feeds.parse("  \n{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}", url: "https://x.example.com/atom.xml")
        #expect(json.format == .jsonFeed)
        let rdf = try Feeds.parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"/>")
        #expect(rdf.format == .rdf)
    }

    @Test func htmlIsNamed() {
        let page = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>News</title></head><body><p>x</p></body></html>"
        #expect(Feeds.failure(Array(page.utf8)).hasPrefix("not a feed: the document is HTML (<html> root)"))
        let xhtml = "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>"
        #expect(Feeds.failure(Array(xhtml.utf8)).hasPrefix("not a feed: the document is HTML (<html> root)"))
    }

    @Test func otherDocumentsAreNamed() {
        #expect(Feeds.failure(Array("<opml version=\"2.0\"><body/></opml>".utf8)).contains("OPML subscription list"))
        #expect(Feeds.failure(Array("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".utf8))
            == "not a feed: the root element is <svg>, not <rss>, <rdf:RDF> or <feed>")
        #expect(Feeds.failure(Array("Service Unavailable".utf8)).hasPrefix("not a feed: plain text"))
        #expect(Feeds.failure([]) == "empty document")
        #expect(Feeds.failure(Array("   \n ".utf8)) == "empty document")
        #expect(Feeds.failure([0x1F, 0x8B, 0x08, 0x00, 0x00]).contains("gzip-compressed data"))
        #expect(Feeds.failure(Array("<!-- only a comment -->".utf8)) == "not XML: Start tag expected, '<' not found (line 1)")
    }

    @Test func illFormedFeedsAreReadAsFarAsTheyGo() throws {
        let feed = try Feeds.parse("<rss><channel><title>Cut short</title><item><title>First</title></item><item><title>Sec")
        #expect(feed.title == "Cut short")
        #expect(feed.entries.first?.title == "First")
        #expect(feed.warnings.first?.hasPrefix("not well-formed XML") == true)
    }
}
