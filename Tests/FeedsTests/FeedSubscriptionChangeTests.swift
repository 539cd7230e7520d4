import FeedFetching
import Feeds
import FetchingDoubles
import Foundation
import GRDB
import Logging
@testable import Store
import TestSupport
import Testing

/// The service looks at the subscriptions every few seconds: what it reads is what changed since
/// its last look (feeds added, removed, asked to refresh), never every feed and its entries.
@Suite struct FeedSubscriptionChangeTests {
    @Test func onlyTheFeedsChangedSinceTheLastLookAreRead() throws {
        let harness = try FeedHarness { _ in .notModified }
        let feeds = 300, entriesEach = 20
        let now = Date()
        try harness.store.write { tx in
            for number in 0..<feeds {
                let id = try tx.subscribe(FeedSubscription(url: "https://f\(number).example/rss"), origin: .added, firstDue: now, now: now)
                try tx.recordNewEntries(feedID: id, (0..<entriesEach).map { ("e\($0)", "{}") }, at: now)
            }
        }
        let first = try harness.store.read { try $0.feedChanges(after: -1) }
        #expect(first.feeds.count == feeds, "the first look reads them all")
        #expect(first.feeds.allSatisfy { $0.entriesSeen == nil }, "without counting entries")

        var (statements, rowsRead) = try traced(harness.store) { try $0.feedChanges(after: first.revision) }
        #expect(rowsRead.feeds.isEmpty && rowsRead.revision == first.revision, "nothing changed: nothing read")
        #expect(statements.count == 1 && !statements.contains { $0.contains("feed_entry") }, "\(statements)")

        try harness.subscribe("https://new.example/rss")
        _ = try FeedSubscriptions.remove(url: "https://f7.example/rss", store: harness.store)
        (statements, rowsRead) = try traced(harness.store) { try $0.feedChanges(after: first.revision) }
        #expect(rowsRead.feeds.map(\.url) == ["https://new.example/rss", "https://f7.example/rss"])
        #expect(rowsRead.feeds.map(\.subscribed) == [true, false])
        #expect(!statements.contains { $0.contains("feed_entry") })
        let changedFeeds = try #require(statements.first { $0.contains("revision >") }, "\(statements)")
        let plan = try harness.store.readDatabase { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + changedFeeds, arguments: [first.revision]).map { $0["detail"] as String }.joined(separator: "; ")
        }
        #expect(plan.contains("feed_revision"), "found through the index, not a scan: \(plan)")

        let refreshed = try harness.store.write { try $0.requestRefresh(.url("https://f9.example/rss")) }
        #expect(refreshed == 1)
        let afterRefresh = try harness.store.read { try $0.feedChanges(after: rowsRead.revision) }
        #expect(afterRefresh.feeds.map(\.url) == ["https://f9.example/rss"] && afterRefresh.feeds.first?.refreshRequested == true)
    }

    @Test func aRefreshRequestIsFetchedOnTheServicesNextLook() throws {
        let url = "https://slow.example/rss"
        let harness = try FeedHarness { _ in .ok(SampleFeed.rss(items: [])) }
        try harness.subscribe(url, interval: 3600)
        harness.start()
        #expect(harness.waitFor { harness.fetcher.requests.count == 1 })
        #expect(try harness.store.write { try $0.requestRefresh(.url(url)) } == 1)
        #expect(harness.waitFor { harness.fetcher.requests.count == 2 }, "fetched again at once, not in an hour")
        #expect(try harness.waitFor { try harness.feed(url)?.refreshRequested == false }, "the request is taken up once")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(harness.fetcher.requests.count == 2, "and not again")
        #expect(try harness.store.write { try $0.requestRefresh(.url("https://unknown.example/rss")) } == 0)
    }

    @Test func onlyFailingFeedsAreRefreshedWhenAskedFor() throws {
        let harness = try MixedFeeds.harness()
        harness.start()
        #expect(try harness.waitFor { try harness.store.read { try $0.feeds() }.filter { $0.errorStreak > 0 }.count == 2 })
        harness.stop()
        #expect(try harness.store.write { try $0.requestRefresh(.failing) } == 2)
        #expect(try harness.store.read { try $0.feeds() }.filter(\.refreshRequested).map(\.url).sorted() == [MixedFeeds.bad, MixedFeeds.html].sorted())
    }

    @Test func aRoundIsSummedUpInOneLineAndAFailingFeedIsReportedOnce() throws {
        let harness = try FeedHarness { request in
            if request.url.contains("broken") { return ScriptedReply(status: 500) }
            return request.etag == "\"v1\"" ? .notModified : .ok(SampleFeed.rss(items: [.init(guid: request.url, title: "T", link: request.url + "/1", content: SampleFeed.article("3"))]),
                                                                 headers: ["ETag": "\"v1\""])
        }
        for number in 0..<10 { try harness.subscribe("https://f\(number).example/rss") }
        try harness.subscribe("https://broken.example/rss")
        harness.start(fetchArticles: false, summaryInterval: 0.3)
        #expect(harness.waitFor { harness.logs.messages(atLeast: .info).contains { $0.contains("10 not modified") } }, "\(harness.logs.messages(atLeast: .info))")
        let lines = harness.logs.messages(atLeast: .info)
        let first = try #require(lines.first { $0.contains("feeds fetched") })
        #expect(first.hasPrefix("11 feeds fetched in "), "\(first)")
        #expect(first.contains(": 0 not modified, 10 changed (10 new entries), 1 failed; 0 entries recorded; 1 feeds failing"), "\(first)")
        #expect(lines.filter { $0.contains("feed fetch failed") }.count == 1, "the first failure warns; the retries do not: \(lines)")
        #expect(lines.allSatisfy { $0.contains("feeds fetched") || $0.contains("feed fetch failed") }, "nothing per feed at info: \(lines)")
        #expect(harness.logs.messages(atLeast: .debug).contains { $0.contains("feed not modified") }, "each fetch still at debug")
    }

    /// The SQL a read ran, and its result.
    private func traced<T>(_ store: TallyStore, _ body: (any StoreReading) throws -> T) throws -> ([String], T) {
        try store.readDatabase { db in
            var statements: [String] = []
            db.trace { statements.append("\($0)") }
            defer { db.trace(options: [], nil) }
            let result = try body(SQLiteReader(db: db))
            return (statements, result)
        }
    }
}
