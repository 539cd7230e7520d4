import Feeds
import FetchingDoubles
import Foundation
import Store
import Testing

@Suite struct FeedStateSummaryTests {
    /// Four feeds as a store holds them: ok with 10 entries, failing, never fetched with 3 pending, unsubscribed.
    func records() throws -> [FeedRecord] {
        let harness = try FeedHarness { _ in .notModified }
        let now = Date()
        try harness.store.write { tx in
            let ids = try ["https://a.example/world", "https://b.example/rss", "https://c.example/rss", "https://d.example/rss"].map {
                try tx.subscribe(FeedSubscription(url: $0, name: $0 == "https://b.example/rss" ? "Markets Desk" : nil, tags: $0.contains("c.") ? ["Conflict"] : []),
                                 origin: .added, firstDue: now, now: now)
            }
            try tx.recordFetch(feedID: ids[0], FeedFetchUpdate(keepValidators: true, nextDue: now, errorStreak: 0, lastAttempt: now, lastSuccess: now, status: 200, error: nil))
            try tx.recordNewEntries(feedID: ids[0], (0..<10).map { ("e\($0)", "{}") }, at: now)
            for index in 0..<10 { try tx.completeFeedEntry(FeedEntryReference(feedID: ids[0], key: "e\(index)"), documentID: nil) }
            try tx.recordFetch(feedID: ids[1], FeedFetchUpdate(keepValidators: true, nextDue: now, errorStreak: 2, lastAttempt: now, lastSuccess: nil, status: 500, error: "HTTP 500"))
            try tx.recordNewEntries(feedID: ids[2], (0..<3).map { ("e\($0)", "{}") }, at: now)
            try tx.unsubscribe(url: "https://d.example/rss")
        }
        return try harness.store.read { try $0.feeds(includingUnsubscribed: true) }
    }

    @Test func feedsAreCountedByState() throws {
        let feeds = try records()
        #expect(feeds.map { FeedState($0) } == [.ok, .failing, .neverFetched, .unsubscribed])
        #expect(FeedStateSummary(feeds).line == "4 feeds: 1 ok, 1 failing, 1 never fetched, 1 unsubscribed; 13 entries seen, 3 pending")
    }

    @Test func aWordMatchesTheAddressNameOrATagInAnyCase() throws {
        let feeds = try records()
        #expect(feeds.filter(FeedFilter("WORLD").matches).map(\.url) == ["https://a.example/world"])
        #expect(feeds.filter(FeedFilter("markets desk").matches).map(\.url) == ["https://b.example/rss"])
        #expect(feeds.filter(FeedFilter("conflict").matches).map(\.url) == ["https://c.example/rss"])
        #expect(feeds.filter(FeedFilter("nowhere").matches).isEmpty)
    }
}
