import FeedParsing
import Testing

/// OPML import: nested folders become tags, outlines without xmlUrl are folders.
@Suite struct OPMLTests {
    @Test func exportedSubscriptions() throws {
        let subscriptions = try OPMLReader.subscriptions(in: try TestData.bytes("subscriptions.opml"))
        #expect(subscriptions == [
            OPMLSubscription(feedURL: "https://health.example.org/feeds/outbreaks.rss", title: "Outbreak News",
                             siteURL: "https://health.example.org/", tags: ["Health"]),
            // xmlURL in another letter case; a category path adds each of its parts.
            OPMLSubscription(feedURL: "https://coast.example.org/rss", title: "Coastal Health", tags: ["Health", "Regional", "Regions", "Coast", "alerts"]),
            // Listed twice (top level with a category, and in a folder): one subscription with both tags.
            OPMLSubscription(feedURL: "https://markets.example.com/feeds/daily.atom", title: "Markets Daily", tags: ["finance", "Economy"]),
        ])
    }

    @Test func feedsOutsideAnyFolderHaveNoTags() throws {
        let opml = "<opml version=\"1.0\"><body><outline text=\"Solo\" xmlUrl=\" https://solo.example.com/rss \"/></body></opml>"
        #expect(try OPMLReader.subscriptions(in: Array(opml.utf8)) == [OPMLSubscription(feedURL: "https://solo.example.com/rss", title: "Solo")])
    }

    @Test func aFeedOutlineIsNotAFolder() throws {
        // Some exporters nest items under a feed's outline; the feed's title is not a tag.
        let opml = """
            <opml><body><outline text="Parent feed" xmlUrl="https://p.example.com/rss">
            <outline text="Child" xmlUrl="https://c.example.com/rss"/></outline></body></opml>
            """
        let subscriptions = try OPMLReader.subscriptions(in: Array(opml.utf8))
        #expect(subscriptions.map(\.tags) == [[], []])
    }

    @Test func emptyAndFolderOnlyFiles() throws {
        #expect(try OPMLReader.subscriptions(in: Array("<opml><body><outline text=\"Empty\"/></body></opml>".utf8)).isEmpty)
    }

    @Test func badFiles() {
        #expect(throws: FeedError("empty document")) { try OPMLReader.subscriptions(in: []) }
        #expect(throws: FeedError("not an OPML file: the root element is <rss>, not <opml>")) {
            try OPMLReader.subscriptions(in: Array("<rss><channel/></rss>".utf8))
        }
        #expect(throws: FeedError.self) { try OPMLReader.subscriptions(in: Array("this is not xml".utf8)) }
    }

    @Test func brokenXMLIsRefusedWhole() {
        // libxml2 would recover "https://b.exa" from the cut attribute: better no import than that.
        let opml = "<opml><body><outline text=\"A\" xmlUrl=\"https://a.example.com/rss\"/><outline text=\"B\" xmlUrl=\"https://b.exa"
        #expect {
            try OPMLReader.subscriptions(in: Array(opml.utf8))
        } throws: { error in
            (error as? FeedError)?.description.hasPrefix("the OPML file is damaged (not well-formed XML") == true
        }
    }
}
