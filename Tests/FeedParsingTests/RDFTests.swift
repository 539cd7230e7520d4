import FeedParsing
import Foundation
import Testing

/// RSS 1.0 (RDF) and RSS 0.90.
@Suite struct RDFTests {
    @Test func disasterFeedFromDisk() throws {
        let feed = try FeedParser.parse(try TestData.bytes("disasters-rss10.rdf"))
        #expect(feed.format == .rdf)
        #expect(feed.version == "rss10")
        #expect(feed.title == "Disaster Alerts")
        #expect(feed.siteURL == "https://relief.example.net/")
        #expect(feed.feedURL == "https://relief.example.net/disasters.rdf")
        let quake = feed.entries[0]
        #expect(quake.key == "https://relief.example.net/alerts/quake-881")
        #expect(quake.author == "Relief Operations")
        #expect(quake.published == Feeds.date("2024-05-30T08:12:00Z"))
        #expect(quake.categories == ["Earthquake"])
        // rdf:about is the identity even when it is not a web address; a W3C-DTF month is a date.
        let flood = feed.entries[1]
        #expect(flood.key == "urn:relief:flood:204")
        #expect(flood.url == nil)
        #expect(flood.published == Feeds.date("2024-05-01T00:00:00Z"))
    }

    @Test func rss090() throws {
        let feed = try Feeds.parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
            <channel><title>Harvest</title><link>http://farm.example.com/</link></channel>
            <item><title>Yields up 8%</title><link>http://farm.example.com/y</link></item></rdf:RDF>
            """)
        #expect(feed.version == "rss090")
        #expect(feed.entries.map(\.url) == ["http://farm.example.com/y"])
    }

    @Test func prefixedRSSNamespace() throws {
        let feed = try Feeds.parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:rss="http://purl.org/rss/1.0/">
            <rss:channel rdf:about="http://x.example.com/"><rss:title>Prefixed</rss:title></rss:channel>
            <rss:item rdf:about="http://x.example.com/1"><rss:title>One</rss:title></rss:item></rdf:RDF>
            """)
        #expect(feed.title == "Prefixed")
        #expect(feed.entries.map(\.key) == ["http://x.example.com/1"])
    }
}
