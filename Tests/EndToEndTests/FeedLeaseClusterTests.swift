import Foundation
import LoopbackHTTP
import Store
import StoreTestSupport
import Synchronization
import TestSupport
import Testing

/// Three nodes sharing 1,000 feeds on one PostgreSQL database: each round fetches every feed
/// once, and the feeds of a node killed mid-round are fetched by another once its leases run out.
@Suite(.serialized) struct FeedLeaseClusterTests {
    static let postgres = StoreKind.postgresURL != nil
    static let feedCount = 1_000
    static let lease: TimeInterval = 5

    /// A request as the feed server saw it: which feed, which node, when.
    struct Fetch {
        var feed: String
        var node: String
        var at: Date
    }

    static func rss(_ feed: Int) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Desk \(feed)</title><link>https://desk\(feed).example/</link>
        <item><guid>desk-\(feed)-1</guid><title>Desk \(feed): the morning briefing</title><link>https://desk\(feed).example/news/1</link>
        <pubDate>Tue, 22 Oct 2024 08:00:00 GMT</pubDate>
        <description>The desk \(feed) briefing covers the council meeting, the harbour works and the weather for the week ahead.</description></item>
        </channel></rss>
        """
    }

    @Test(.enabled(if: postgres, Comment(rawValue: StoreKind.postgresMissing)))
    func everyFeedIsFetchedOnceARoundAndAKilledNodesFeedsWithinTheLease() throws {
        let fetches = Mutex<[Fetch]>([])
        // Each answer takes half a second (costing the server no thread), so a round takes a few
        // seconds and a node always has feeds in flight when it is killed.
        let server = try LoopbackServer(recordsRequests: false) { request in
            guard request.path.hasPrefix("/feed/"), let number = Int(request.path.dropFirst(6)) else { return .notFound }
            let node = request.headers["user-agent"] ?? "?"
            fetches.withLock { $0.append(Fetch(feed: request.path, node: node, at: Date())) }
            let etag = "\"desk-\(number)\""
            if request.headers["if-none-match"] == etag {
                return LoopbackResponse(status: 304, headers: [("ETag", etag)], delay: .milliseconds(500))
            }
            return LoopbackResponse(status: 200, headers: [("ETag", etag), ("Content-Type", "application/rss+xml")],
                                    body: Array(Self.rss(number).utf8), delay: .milliseconds(500))
        }
        defer { server.stop() }

        let database = try TestStore(.postgres)
        let nodes = try (0..<3).map { index in
            try DaemonProcess(extra: """
                [cluster]
                node = "node-\(index)"
                lease = "\(Int(Self.lease))s"
                [feeds]
                interval = "1h"
                fetch_articles = false
                max_transfers = 20
                max_transfers_per_host = 20
                user_agent = "node-\(index)"
                """, storage: "url = \"\(database.location!)\"")
        }
        let opml = nodes[0].root + "/desks.opml"
        let outlines = (0..<Self.feedCount).map { "<outline type=\"rss\" text=\"Desk \($0)\" xmlUrl=\"\(server.url("/feed/\($0)"))\"/>" }
        try "<opml version=\"2.0\"><body>\(outlines.joined())</body></opml>".write(toFile: opml, atomically: true, encoding: .utf8)
        let imported = try nodes[0].command(["feeds", "import", opml])
        #expect(imported.status == 0, "\(imported.errors)")

        // Round one: the feeds are new, so due at once on every node.
        for node in nodes { try node.start() }
        let roundOne = { fetches.withLock { $0 } }
        #expect(waitUntil(within: 120) { Set(roundOne().map(\.feed)).count == Self.feedCount })
        let store = try database.open()
        #expect(try waitUntil(within: 60) {
            try store.read { try $0.feeds(includingUnsubscribed: false) }.allSatisfy { $0.lastSuccess != nil }
        }, "every fetch of round one recorded")
        let first = roundOne()
        let perFeed = Dictionary(grouping: first, by: \.feed)
        #expect(perFeed.count == Self.feedCount)
        #expect(perFeed.values.allSatisfy { $0.count == 1 }, "fetched twice in round one: \(perFeed.filter { $0.value.count > 1 }.keys.sorted().prefix(5))")
        let shares = Dictionary(grouping: first, by: \.node).mapValues(\.count)
        #expect(shares.count == 3 && shares.values.allSatisfy { $0 >= Self.feedCount / 10 }, "every node took a share: \(shares)")

        // Round two, asked for by hand; node 1 is killed three quarters of the way through, late
        // enough that the others have room for its feeds when its leases run out (earlier, its
        // feeds wait their turn behind the rest of the round).
        let roundTwoStart = Date()
        let refresh = try nodes[0].command(["feeds", "refresh", "--all"])
        #expect(refresh.status == 0, "\(refresh.errors)")
        let roundTwo = { fetches.withLock { $0.filter { $0.at >= roundTwoStart } } }
        #expect(waitUntil(within: 60) { Set(roundTwo().map(\.feed)).count >= Self.feedCount * 3 / 4 })
        nodes[1].killAbruptly()
        let killedAt = Date()
        let inFlightAtKill = Set(roundTwo().filter { $0.node == "node-1" }.map(\.feed))
        #expect(waitUntil(within: 120) { Set(roundTwo().map(\.feed)).count == Self.feedCount })
        #expect(try waitUntil(within: 60) {
            try store.read { try $0.feeds(includingUnsubscribed: false) }.allSatisfy { ($0.lastAttempt ?? .distantPast) >= roundTwoStart }
        }, "every feed's fetch in round two recorded, the killed node's too")
        // Let any late second fetch show itself before counting.
        Thread.sleep(forTimeInterval: 2)

        let second = Dictionary(grouping: roundTwo(), by: \.feed)
        #expect(second.count == Self.feedCount)
        let twice = second.filter { $0.value.count > 1 }
        // Only a feed the killed node had asked for and not recorded is fetched again, by another node, once.
        for (feed, requests) in twice {
            #expect(requests.count == 2, "\(feed) fetched \(requests.count) times in round two")
            #expect(requests[0].node == "node-1" && inFlightAtKill.contains(feed), "\(feed) fetched twice, first by \(requests[0].node)")
            #expect(requests[1].node != "node-1")
            // Taken over once the lease ran out: at most a lease after the kill (plus a second and a half of slack).
            #expect(requests[1].at.timeIntervalSince(killedAt) <= Self.lease + 1.5, "\(feed) taken over \(requests[1].at.timeIntervalSince(killedAt)) s after the kill")
        }
        #expect(!twice.isEmpty, "the killed node had feeds in flight: the takeover was exercised")

        // Each feed's one entry became one document, whichever node took it up.
        #expect(try waitUntil(within: 60) { try store.read { try $0.documents() }.count >= Self.feedCount })
        #expect(try store.read { try $0.documents() }.count == Self.feedCount)
        for index in [0, 2] { #expect(nodes[index].stop() == 0) }
    }
}
