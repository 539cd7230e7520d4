import FeedParsing
import Foundation
import Testing

/// Atom 1.0 and 0.3: text constructs, xml:base, links, authors, dates.
@Suite struct AtomTests {
    @Test func marketsFeedFromDisk() throws {
        let feed = try FeedParser.parse(try TestData.bytes("markets-atom10.xml"), url: "https://elsewhere.example.org/mirror.atom")
        #expect(feed.format == .atom)
        #expect(feed.version == "atom10")
        #expect(feed.title == "Markets Daily")
        // The feed's xml:base beats the address it was fetched from.
        #expect(feed.siteURL == "https://markets.example.com/daily/")
        #expect(feed.feedURL == "https://markets.example.com/feeds/daily.atom")

        let oil = feed.entries[0]
        #expect(oil.key == "tag:markets.example.com,2024:oil-0604")
        // The entry's xml:base ("reports/2024/") is relative to the feed's.
        #expect(oil.url == "https://markets.example.com/reports/2024/oil-0604.html")
        #expect(oil.author == "Markets Desk")
        #expect(oil.published == Feeds.date("2024-06-04T15:10:00Z"))
        #expect(oil.updated == Feeds.date("2024-06-04T16:00:00Z"))
        #expect(oil.categories == ["Oil & gas", "commodities"])
        #expect(oil.summary == "Brent fell 3% as inventories grew by 4.2 million barrels.")
        // xhtml: the div's children, serialised; links inside content are left to the HTML extractor.
        #expect(oil.content == "<p>Brent fell <strong>3%</strong> to $77.50.</p><p><a href=\"chart.png\">Chart</a><br />Volumes: 1.6 million contracts.</p>")

        let rates = feed.entries[1]
        // type="text": "<unchanged>" is text, not a tag.
        #expect(rates.title == "Rates <unchanged> at 5.25%")
        #expect(rates.author == "rates@markets.example.com")
        #expect(rates.content == "<p>The central bank held its rate at 5.25%.</p>")
        #expect(rates.published == nil)

        // An entry without an author takes its source's before the feed's.
        #expect(feed.entries[2].author == "Wire Staff")
        #expect(feed.entries[2].url == nil)
        #expect(feed.warnings.isEmpty)
    }

    @Test func xmlBaseNestsAndFallsBackToTheFeedAddress() throws {
        let document = try Feeds.document("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <link href="home/"/>
              <entry xml:base="/world/"><link href="africa/story-1"/></entry>
              <entry xml:base="https://other.example.net/a/"><link href="../b/story-2"/></entry>
              <entry><link xml:base="deep/" href="story-3"/></entry>
            </feed>
            """, url: "https://news.example.com/feeds/all.atom")
        let feed = document.parsedFeed
        #expect(feed.siteURL == "https://news.example.com/feeds/home/")
        #expect(feed.entries.map(\.url) == [
            "https://news.example.com/world/africa/story-1", "https://other.example.net/b/story-2",
            "https://news.example.com/feeds/deep/story-3",
        ])
    }

    @Test func linkChoice() throws {
        let feed = try Feeds.parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry>
              <link rel="enclosure" href="http://e.example.com/a.mp3"/>
              <link rel="alternate" type="application/pdf" href="http://e.example.com/a.pdf"/>
              <link rel="alternate" type="text/html" href="http://e.example.com/a.html"/>
              <link rel="self" href="http://e.example.com/a.atom"/>
            </entry><entry><link rel="alternate">http://e.example.com/text-href</link></entry></feed>
            """)
        #expect(feed.entries[0].url == "http://e.example.com/a.html")
        // An address written as the element's text (an RSS habit) is still the link.
        #expect(feed.entries[1].url == "http://e.example.com/text-href")
    }

    @Test func textConstructs() throws {
        let document = try Feeds.document("""
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Rain <em>&amp;</em> wind</div></title>
              <subtitle type="html">&lt;b&gt;bold&lt;/b&gt;</subtitle>
              <entry><title type="html"><![CDATA[Floods <b>recede</b>]]></title>
                <content type="text/plain">5 &lt; 6</content>
                <summary type="xhtml"><xhtml:div xmlns:xhtml="http://www.w3.org/1999/xhtml"><xhtml:p>Hi</xhtml:p></xhtml:div></summary></entry>
              <entry><content src="https://video.example.com/v.mp4" type="video/mp4"/></entry>
            </feed>
            """)
        guard case .atom(let atom) = document.content else { Issue.record("not Atom"); return }
        #expect(atom.metadata.title == TextConstruct(kind: .xhtml, value: "Rain <em>&amp;</em> wind", declaredType: "xhtml"))
        #expect(atom.metadata.subtitle?.kind == .html)
        #expect(atom.metadata.subtitle?.value == "<b>bold</b>")
        #expect(atom.entries[0].content?.text.kind == .text)
        #expect(atom.entries[0].content?.text.value == "5 < 6")
        #expect(atom.entries[0].summary?.value == "<p>Hi</p>")
        #expect(atom.entries[1].content?.source == "https://video.example.com/v.mp4")
        let feed = document.parsedFeed
        #expect(feed.title == "Rain & wind")
        #expect(feed.entries[0].title == "Floods recede")
        // Content kept elsewhere is not the entry's content.
        #expect(feed.entries[1].content == nil)
    }

    @Test func atom03() throws {
        let document = try Feeds.document("""
            <feed version="0.3" xmlns="http://purl.org/atom/ns#">
              <title mode="escaped" type="text/html">Storm &lt;i&gt;watch&lt;/i&gt;</title>
              <tagline>Hurricane season</tagline>
              <modified>2004-09-01T12:00:00Z</modified>
              <link rel="alternate" type="text/html" href="http://storms.example.com/"/>
              <entry>
                <title mode="base64" type="text/plain">Q2F0ZWdvcnkgNCwgMTUwIG1waA==</title>
                <id>tag:storms.example.com,2004:ivan</id>
                <issued>2004-09-01T09:00:00-04:00</issued>
                <modified>2004-09-01T14:00:00Z</modified>
                <author><name>Storm Desk</name><url>http://storms.example.com/desk</url></author>
                <content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml">Winds of 150 mph</div></content>
              </entry>
            </feed>
            """)
        guard case .atom(let atom) = document.content else { Issue.record("not Atom"); return }
        #expect(atom.version == "atom03")
        #expect(atom.metadata.subtitle?.value == "Hurricane season")
        #expect(atom.metadata.updated?.date == Feeds.date("2004-09-01T12:00:00Z"))
        #expect(atom.entries[0].authors == [FeedPerson(name: "Storm Desk", uri: "http://storms.example.com/desk")])
        let feed = document.parsedFeed
        #expect(feed.title == "Storm watch")
        #expect(feed.siteURL == "http://storms.example.com/")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Category 4, 150 mph")
        #expect(entry.published == Feeds.date("2004-09-01T13:00:00Z"))
        #expect(entry.updated == Feeds.date("2004-09-01T14:00:00Z"))
        #expect(entry.content == "<div>Winds of 150 mph</div>")
    }

    @Test func unreadableDatesDoNotCostTheEntry() throws {
        let feed = try Feeds.parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e1</id><published>the day before yesterday</published>
            <updated>2024-02-30T00:00:00Z</updated></entry></feed>
            """)
        #expect(feed.entries.count == 1)
        #expect(feed.entries[0].published == nil && feed.entries[0].updated == nil)
    }
}
