import FeedParsing
import Foundation
import Testing

/// Entry keys: guid/id, else the absolute link, else a hash of title and text; stable across
/// fetches and re-publications.
@Suite struct EntryIdentityTests {
    private func keys(_ items: String, url: String? = nil) throws -> [String] {
        try Feeds.parse("<rss version=\"2.0\"><channel>\(items)</channel></rss>", url: url).entries.map(\.key)
    }

    @Test func fallbacks() throws {
        let keys = try keys("""
            <item><guid> spaced-guid-1 </guid><link>https://a.example.com/1</link></item>
            <item><link>/relative/2</link></item>
            <item><title>Only a title</title><description>and text</description></item>
            """, url: "https://a.example.com/feed")
        #expect(keys[0] == "spaced-guid-1")
        #expect(keys[1] == "https://a.example.com/relative/2")
        #expect(keys[2].count == 64 && keys[2].allSatisfy(\.isHexDigit))
    }

    @Test func hashIsStableAcrossFetchesAndReorderings() throws {
        let first = try keys("<item><title>Storm</title><description>Winds of 120 km/h</description></item><item><title>Other</title></item>")
        let again = try keys("<item><title>Other</title></item><item><title>Storm</title><description>Winds of 120 km/h</description></item>")
        #expect(first[0] == again[1])
        #expect(first[1] == again[0])
        #expect(first[0] != first[1])
    }

    @Test func hashChangesWithTheText() throws {
        let before = try keys("<item><title>Storm</title><description>Winds of 120 km/h</description></item>")
        let after = try keys("<item><title>Storm</title><description>Winds of 150 km/h</description></item>")
        #expect(before != after)
    }

    @Test func hashPrefersContentOverSummary() throws {
        let feed = try Feeds.parse("""
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <item><title>T</title><description>short</description><content:encoded>full</content:encoded></item>
            <item><title>T</title><description>other short</description><content:encoded>full</content:encoded></item>
            </channel></rss>
            """)
        #expect(feed.entries[0].key == feed.entries[1].key)
    }

    @Test func republishedFeedKeepsItsKeys() throws {
        // The same items re-published with new dates, a new channel title and reordered: same keys.
        let monday = try Feeds.parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
            <entry><id>urn:x:1</id><updated>2024-01-01T00:00:00Z</updated></entry>
            <entry><link href="https://x.example.com/2"/></entry></feed>
            """)
        let tuesday = try Feeds.parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>B</title>
            <entry><link href="https://x.example.com/2"/><updated>2024-01-02T00:00:00Z</updated></entry>
            <entry><id>  urn:x:1  </id><updated>2024-01-02T00:00:00Z</updated></entry></feed>
            """)
        #expect(Set(monday.entries.map(\.key)) == Set(tuesday.entries.map(\.key)))
    }
}
