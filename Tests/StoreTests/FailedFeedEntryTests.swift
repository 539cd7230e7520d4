import Foundation
import GRDB
@testable import Store
import StoreTestSupport
import Testing

/// A feed entry whose document kept failing is set aside: no longer pending, with its reason.
@Suite struct FailedFeedEntryTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-failed-entries-\(UUID().uuidString)")
    var path: String { folder.appendingPathComponent("tally.sqlite").path }

    @Test(arguments: StoreKind.available)
    func aFailedEntryIsNoLongerPendingAndKeepsItsReason(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let feedID = try store.write { tx in
            let id = try tx.subscribe(FeedSubscription(url: "https://news.example.org/rss"), origin: .added, firstDue: Date(), now: Date())
            try tx.recordNewEntries(feedID: id, [(key: "a", payload: "{}"), (key: "b", payload: "{}"), (key: "c", payload: "{}")], at: Date())
            return id
        }
        try store.write { tx in
            try tx.completeFeedEntry(FeedEntryReference(feedID: feedID, key: "b"), documentID: nil)
            try tx.failFeedEntry(FeedEntryReference(feedID: feedID, key: "a"), reason: "failed 3 times", at: Date(timeIntervalSince1970: 7))
            // An entry already recorded is not marked failed after the fact.
            try tx.failFeedEntry(FeedEntryReference(feedID: feedID, key: "b"), reason: "too late", at: Date(timeIntervalSince1970: 8))
        }
        #expect(try store.read { try $0.pendingFeedEntries() }.map(\.key) == ["c"])
        #expect(try store.read { try $0.failedFeedEntries() }
                == [FailedFeedEntry(feedID: feedID, key: "a", reason: "failed 3 times", failedAt: Date(timeIntervalSince1970: 7))])
        #expect(try store.read { try $0.feed(url: "https://news.example.org/rss") }?.entriesPending == 1)
    }

    @Test func aDatabaseFromBeforeFailedEntriesKeepsItsPendingEntries() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(old, upTo: "v5: feed revisions and refresh requests")
        try old.write { db in
            try db.execute(sql: "INSERT INTO feed (url, origin, next_due, created_at) VALUES ('https://old.example.org/rss', 'added', 0, 0)")
            try db.execute(sql: "INSERT INTO feed_entry (feed_id, entry_key, sequence, seen_at, pending_json) VALUES (1, 'x', 1, 0, '{}')")
        }
        try old.close()
        let store = try TallyStore(path: path)
        #expect(try store.read { try $0.pendingFeedEntries() }.map(\.key) == ["x"])
        try store.write { try $0.failFeedEntry(FeedEntryReference(feedID: 1, key: "x"), reason: "r", at: Date()) }
        #expect(try store.read { try $0.pendingFeedEntries() }.isEmpty)
        #expect(try store.read { try $0.failedFeedEntries() }.map(\.reason) == ["r"])
    }
}
