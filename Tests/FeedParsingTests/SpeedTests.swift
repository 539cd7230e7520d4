import FeedParsing
import Foundation
import Testing

/// How long a 1 MB feed takes to parse. Printed, not asserted (run with `-c release` for the
/// number that matters; the goal is well under 50 ms).
@Suite struct SpeedTests {
    static func largeRSS(bytes target: Int) -> [UInt8] {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>Wire &amp; Markets</title><link>https://wire.example.com/</link><description>All news</description>

            """
        var n = 0
        while text.utf8.count < target {
            n += 1
            text += """
                <item><title>Report \(n): output rose 3.\(n % 10)% to 1.\(n % 7) million tonnes</title>
                <link>https://wire.example.com/story/\(n)?src=rss&amp;n=\(n)</link><guid isPermaLink="false">wire-\(n)</guid>
                <pubDate>Mon, 0\(n % 9 + 1) Jan 2024 1\(n % 10):30:00 +0100</pubDate><dc:creator>Desk \(n % 13)</dc:creator>
                <category>Economy</category><category>Region \(n % 5)</category>
                <description><![CDATA[<p>Output rose <b>3.\(n % 10)%</b> in the quarter, the statistics office said.</p>]]></description>
                <content:encoded><![CDATA[<p>Output rose 3.\(n % 10)% to 1.\(n % 7) million tonnes in the quarter, the statistics office said on Monday.</p>
                <p>Exports grew by 12,\(n % 1000) units while imports fell &mdash; a trend analysts expect to continue.</p>
                <p>Prices were up 4.1% on the year; wages by 2.8%.</p>]]></content:encoded></item>

                """
        }
        return Array((text + "</channel></rss>\n").utf8)
    }

    @Test func oneMegabyteRSS() throws {
        let bytes = Self.largeRSS(bytes: 1 << 20)
        var best = Double.infinity
        var entries = 0
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            let feed = try FeedParser.parse(bytes)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            entries = feed.entries.count
        }
        print(String(format: "1 MB RSS (%d bytes, %d entries): best of 5 %.1f ms", bytes.count, entries, best))
        #expect(entries > 500)
    }
}
