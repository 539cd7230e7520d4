import FeedParsing
import Foundation
import Testing

/// JSON Feed 1.0 and 1.1.
@Suite struct JSONFeedTests {
    @Test func electionsFeedFromDisk() throws {
        let feed = try FeedParser.parse(try TestData.bytes("elections-jsonfeed11.json"), url: "https://vote.example.org/feed.json")
        #expect(feed.format == .jsonFeed)
        #expect(feed.version == "json11")
        #expect(feed.title == "Election Night Results")
        #expect(feed.siteURL == "https://vote.example.org/")
        #expect(feed.entries.count == 3)
        let district = feed.entries[0]
        // A numeric id is kept as its digits; a relative url resolves against the feed's address.
        #expect(district.key == "4471")
        #expect(district.url == "https://vote.example.org/results/district-9")
        #expect(district.author == "Results Desk")
        #expect(district.published == Feeds.date("2024-11-06T04:10:00Z"))
        #expect(district.summary == "Turnout 61.2%")
        #expect(district.content == "<p>Turnout reached <b>61.2%</b>, or 1.6 million voters.</p>")
        #expect(district.categories == ["turnout", "district-9"])
        #expect(feed.entries[1].author == "Courts Reporter")
        #expect(feed.entries[1].content == "A recount was ordered after a margin of 212 votes.")
        // No id, no url, a title of the wrong type: still an entry, keyed by a hash of its text.
        #expect(feed.entries[2].title == nil)
        #expect(feed.entries[2].key.count == 64)
    }

    @Test func version1WithASingleAuthor() throws {
        let feed = try Feeds.parse("""
            {"version": "https://jsonfeed.org/version/1", "title": "Quakes", "author": {"name": "USGS-like"},
             "items": [{"id": "q1", "url": "https://quakes.example.com/q1", "title": "M5.1", "content_text": "Depth 10 km"}]}
            """)
        #expect(feed.version == "json1")
        #expect(feed.entries[0].author == "USGS-like")
        #expect(feed.entries[0].url == "https://quakes.example.com/q1")
    }

    @Test func jsonThatIsNotAFeed() {
        #expect(Feeds.failure(Array("{\"name\": \"not a feed\"}".utf8)) == "not a feed: a JSON document without a jsonfeed.org \"version\"")
        #expect(Feeds.failure(Array("[1, 2, 3]".utf8)) == "not a feed: a JSON array, not a JSON Feed object")
        #expect(Feeds.failure(Array("{\"version\": \"https://jsonfeed.org/version/1\", ".utf8)).hasPrefix("not a feed: malformed JSON"))
    }
}
