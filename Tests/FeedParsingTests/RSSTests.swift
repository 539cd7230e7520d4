import FeedParsing
import Foundation
import Testing

/// RSS 0.9x and 2.0 in their dialects, adapted to the domain model.
@Suite struct RSSTests {
    @Test func outbreakFeedFromDisk() throws {
        let feed = try FeedParser.parse(try TestData.bytes("outbreak-rss20.xml"), url: "https://health.example.org/feeds/outbreaks.rss")
        #expect(feed.format == .rss)
        #expect(feed.version == "rss20")
        #expect(feed.title == "Outbreak News & Updates")
        #expect(feed.siteURL == "https://health.example.org/news/outbreaks/")
        #expect(feed.feedURL == "https://health.example.org/feeds/outbreaks.rss")
        #expect(feed.encoding == "UTF-8")
        #expect(feed.entries.count == 3)

        let cholera = feed.entries[0]
        #expect(cholera.key == "outbreak-7781")
        #expect(cholera.url == "https://health.example.org/news/outbreaks/cholera-2024-06-03")
        #expect(cholera.author == "Surveillance Desk")
        #expect(cholera.published == Feeds.date("2024-06-03T14:30:00Z"))
        #expect(cholera.categories == ["Cholera", "Coastal"])
        // The description stays the summary and content:encoded the content; neither is copied into the other.
        #expect(cholera.summary == "<p>Health officials reported <b>12,400</b> suspected cases&hellip;</p>")
        #expect(cholera.content?.hasPrefix("<p>Health officials reported 12,400 suspected cases, up from 9,800") == true)

        let measles = feed.entries[1]
        #expect(measles.key == "https://health.example.org/news/outbreaks/measles-doses")
        #expect(measles.author == "Immunisation Team")
        #expect(measles.published == Feeds.date("2024-06-02T13:05:00Z"))
        #expect(measles.summary == "About 1.2 million children missed their first dose\u{A0}in 2023 — up from 900,000.")
        #expect(measles.content == nil)

        // A permalink guid is the link when there is none.
        #expect(feed.entries[2].url == "https://health.example.org/bulletins/23")
        #expect(feed.entries[2].published == nil)
        // &nbsp; and &mdash; are not XML: read, and reported.
        #expect(feed.warnings == ["2 undeclared HTML entities (such as &nbsp;) read as their characters"])
    }

    @Test func rss091WithItemsBesideTheChannel() throws {
        let feed = try Feeds.parse("""
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="0.91"><channel><title>Flood gauges</title></channel>
            <item><title>River at 4.2 m</title><link>http://gauges.example.com/r/1</link></item></rss>
            """)
        #expect(feed.version == "rss091n")
        #expect(feed.entries.map(\.title) == ["River at 4.2 m"])
        #expect(feed.entries[0].key == "http://gauges.example.com/r/1")
        #expect(feed.warnings.isEmpty)
    }

    @Test func versions() throws {
        for (attribute, version) in [("0.91", "rss091u"), ("0.92", "rss092"), ("0.93", "rss093"), ("0.94", "rss094"), ("2.0", "rss20"), ("2.01", "rss20")] {
            #expect(try Feeds.parse("<rss version=\"\(attribute)\"><channel/></rss>").version == version)
        }
        #expect(try Feeds.parse("<rss><channel/></rss>").version == "rss")
    }

    @Test func guidThatIsNotAPermalinkIsOnlyAnIdentity() throws {
        let feed = try Feeds.parse("""
            <rss version="2.0"><channel><item><title>Vote count</title>
            <guid isPermaLink="false">https://vote.example.org/results/7</guid></item></channel></rss>
            """)
        #expect(feed.entries[0].key == "https://vote.example.org/results/7")
        #expect(feed.entries[0].url == nil)
    }

    @Test func dublinCoreStandsInForMissingCoreElements() throws {
        let feed = try Feeds.parse("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><channel>
            <dc:title>Grain Market</dc:title>
            <item><dc:title>Wheat up 2%</dc:title><link>https://grain.example.com/w</link><dc:creator>Ana Ruiz</dc:creator>
            <dc:date>2024-03-01T10:00:00+01:00</dc:date><dcterms:modified>2024-03-02</dcterms:modified>
            <dc:subject>wheat</dc:subject><dc:description>Wheat futures rose 2%.</dc:description></item></channel></rss>
            """)
        #expect(feed.title == "Grain Market")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Wheat up 2%")
        #expect(entry.author == "Ana Ruiz")
        #expect(entry.published == Feeds.date("2024-03-01T09:00:00Z"))
        #expect(entry.updated == Feeds.date("2024-03-02T00:00:00Z"))
        #expect(entry.categories == ["wheat"])
        #expect(entry.summary == "Wheat futures rose 2%.")
    }

    @Test func undeclaredNamespacePrefixesAreReadAsTheUsualModules() throws {
        // No xmlns:dc or xmlns:content: common in hand-written feeds.
        let feed = try Feeds.parse("""
            <rss version="2.0"><channel><item><title>t</title><dc:creator>Lee</dc:creator>
            <content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item></channel></rss>
            """)
        #expect(feed.entries[0].author == "Lee")
        #expect(feed.entries[0].content == "<p>Full text</p>")
        #expect(!feed.warnings.isEmpty)
    }

    @Test func titlesAreReadAsText() throws {
        let feed = try Feeds.parse("""
            <rss version="2.0"><channel><title>AT&amp;amp;T &lt;b&gt;news&lt;/b&gt;</title>
            <item><title><![CDATA[Q&A: rates <i>held</i>]]></title></item>
            <item><title>Plain 5 &gt; 4</title></item></channel></rss>
            """)
        #expect(feed.title == "AT&T news")
        #expect(feed.entries[0].title == "Q&A: rates held")
        #expect(feed.entries[1].title == "Plain 5 > 4")
    }

    @Test func nakedMarkupInADescriptionIsKeptAsHTML() throws {
        let feed = try Feeds.parse("<rss><channel><item><description><p>Rain: <b>40 mm</b><br/>Wind</p></description></item></channel></rss>")
        #expect(feed.entries[0].summary == "<p>Rain: <b>40 mm</b><br />Wind</p>")
    }

    @Test func bareAmpersandsInLinksAreRepaired() throws {
        let feed = try Feeds.parse("<rss><channel><item><link>https://shop.example.com/p?id=4&ref=feed</link></item></channel></rss>")
        #expect(feed.entries[0].url == "https://shop.example.com/p?id=4&ref=feed")
        #expect(feed.warnings == ["1 bare '&' characters read as '&amp;'"])
    }

    @Test func windows1252CharacterReferences() throws {
        // &#146; is U+0092 in XML, but means the Windows-1252 apostrophe in every feed that writes it.
        let feed = try Feeds.parse("<rss><channel><item><title>don&#146;t &#x93;panic&#x94;</title></item></channel></rss>")
        #expect(feed.entries[0].title == "don’t “panic”")
        #expect(feed.warnings.isEmpty)
    }

    @Test func noiseBeforeTheFeedIsSkipped() throws {
        let feed = try Feeds.parse("Warning: mysql_connect() failed in feed.php on line 3\n<?xml version=\"1.0\"?><rss><channel><title>Still here</title></channel></rss>")
        #expect(feed.title == "Still here")
        #expect(feed.warnings.first?.contains("before the first tag were skipped") == true)
    }

    @Test func enclosuresAndLinksAreKeptInTheFormatStruct() throws {
        let document = try Feeds.document("""
            <rss version="2.0"><channel><item><title>Briefing</title>
            <enclosure url="/audio/briefing.mp3" length="1200000" type="audio/mpeg"/>
            <comments>/c/1</comments><source url="https://wire.example.net/rss">Wire</source></item></channel></rss>
            """, url: "https://radio.example.com/feed")
        guard case .rss(let channel) = document.content else { Issue.record("not RSS"); return }
        let item = try #require(channel.items.first)
        #expect(item.enclosures == [FeedEnclosure(url: "https://radio.example.com/audio/briefing.mp3", length: "1200000", type: "audio/mpeg")])
        #expect(item.comments == "https://radio.example.com/c/1")
        #expect(item.source == RSSSource(url: "https://wire.example.net/rss", title: "Wire"))
    }
}
