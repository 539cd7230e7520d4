import Foundation
import GRDB

extension SQLiteReading {
    func feeds(includingUnsubscribed: Bool) throws -> [FeedRecord] {
        try Row.fetchAll(db, sql: Self.countedFeedSelection + (includingUnsubscribed ? "" : " WHERE subscribed = 1") + " ORDER BY id")
            .map { try FeedRecord(row: $0, counted: true) }
    }

    func feed(url: String) throws -> FeedRecord? {
        try Row.fetchOne(db, sql: Self.countedFeedSelection + " WHERE url = ?", arguments: [url]).map { try FeedRecord(row: $0, counted: true) }
    }

    func feedChanges(after revision: Int64) throws -> (feeds: [FeedRecord], revision: Int64) {
        let latest = try Int64.fetchOne(db, sql: "SELECT MAX(revision) FROM feed") ?? 0
        guard latest > revision else { return ([], max(revision, latest)) }
        let feeds = try Row.fetchAll(db, sql: "SELECT * FROM feed WHERE revision > ? ORDER BY revision, id", arguments: [revision]).map { try FeedRecord(row: $0, counted: false) }
        return (feeds, latest)
    }

    private static var countedFeedSelection: String {
        """
        SELECT feed.*,
               (SELECT COUNT(*) FROM feed_entry WHERE feed_entry.feed_id = feed.id) AS entries_seen,
               (SELECT COUNT(*) FROM feed_entry WHERE feed_entry.feed_id = feed.id AND pending_json IS NOT NULL) AS entries_pending
        FROM feed
        """
    }

    func knownEntryKeys(feedID: Int64, among keys: [String]) throws -> Set<String> {
        var known: Set<String> = []
        for chunk in stride(from: 0, to: keys.count, by: 500).map({ Array(keys[$0..<min($0 + 500, keys.count)]) }) {
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            var arguments: StatementArguments = [feedID]
            arguments += StatementArguments(chunk)
            known.formUnion(try String.fetchAll(db, sql: "SELECT entry_key FROM feed_entry WHERE feed_id = ? AND entry_key IN (\(placeholders))",
                                                arguments: arguments))
        }
        return known
    }

    func pendingFeedEntries(after sequence: Int64, limit: Int) throws -> [PendingFeedEntry] {
        try Row.fetchAll(db, sql: """
            SELECT feed_id, entry_key, sequence, pending_json FROM feed_entry
            WHERE pending_json IS NOT NULL AND sequence > ? ORDER BY sequence LIMIT ?
            """, arguments: [sequence, Int64(clamping: limit)])
            .map(PendingFeedEntry.init(row:))
    }

    func failedFeedEntries() throws -> [FailedFeedEntry] {
        try Row.fetchAll(db, sql: "SELECT feed_id, entry_key, failure, failed_at FROM feed_entry WHERE failure IS NOT NULL ORDER BY sequence")
            .map(FailedFeedEntry.init(row:))
    }
}

extension SQLiteTransaction {
    /// Subscribes (or re-subscribes) a feed; returns its id. Name, tags and interval follow the
    /// latest statement; a feed in the configuration stays a configuration feed.
    @discardableResult
    func subscribe(_ subscription: FeedSubscription, origin: FeedOrigin, firstDue: Date, now: Date) throws -> Int64 {
        let tags = String(decoding: try JSONEncoder().encode(subscription.tags), as: UTF8.self)
        if let existing = try Row.fetchOne(db, sql: "SELECT id, origin FROM feed WHERE url = ?", arguments: [subscription.url]) {
            let id: Int64 = existing["id"]
            let keptOrigin = (existing["origin"] as String) == FeedOrigin.config.rawValue && origin != .config ? FeedOrigin.config : origin
            try db.execute(sql: """
                UPDATE feed SET name = COALESCE(?, name), tags = ?, interval_seconds = ?, origin = ?, subscribed = 1, revision = ? WHERE id = ?
                """, arguments: [subscription.name, tags, subscription.interval, keptOrigin.rawValue, try nextFeedRevision(), id])
            return id
        }
        try db.execute(sql: """
            INSERT INTO feed (url, name, tags, interval_seconds, origin, next_due, created_at, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [subscription.url, subscription.name, tags, subscription.interval, origin.rawValue,
                             firstDue.timeIntervalSince1970, now.timeIntervalSince1970, try nextFeedRevision()])
        return db.lastInsertedRowID
    }

    /// Stops fetching a feed; its history stays. Returns whether it was subscribed.
    @discardableResult
    func unsubscribe(url: String) throws -> Bool {
        try db.execute(sql: "UPDATE feed SET subscribed = 0, revision = ? WHERE url = ? AND subscribed = 1", arguments: [try nextFeedRevision(), url])
        return db.changesCount > 0
    }

    /// Above every revision committed so far: writes are serialised, so the daemon, reading
    /// after the revision it last saw, never misses a change committed later.
    private func nextFeedRevision() throws -> Int64 {
        try (Int64.fetchOne(db, sql: "SELECT MAX(revision) FROM feed") ?? 0) + 1
    }

    func requestRefresh(_ selection: FeedRefreshSelection) throws -> Int {
        let (condition, arguments): (String, StatementArguments) = switch selection {
        case .url(let url): ("url = ?", [url])
        case .all: ("1", [])
        case .failing: ("error_streak > 0", [])
        }
        var all: StatementArguments = [try nextFeedRevision()]
        all += arguments
        try db.execute(sql: "UPDATE feed SET refresh_requested = 1, revision = ? WHERE subscribed = 1 AND \(condition)", arguments: all)
        return db.changesCount
    }

    func clearRefreshRequests(_ feeds: [(id: Int64, revision: Int64)]) throws {
        for feed in feeds {
            try db.execute(sql: "UPDATE feed SET refresh_requested = 0 WHERE id = ? AND revision = ?", arguments: [feed.id, feed.revision])
        }
    }

    func unsubscribeConfigurationFeeds(except urls: Set<String>) throws -> [String] {
        let gone = try String.fetchAll(db, sql: "SELECT url FROM feed WHERE origin = 'config' AND subscribed = 1").filter { !urls.contains($0) }
        for url in gone { try unsubscribe(url: url) }
        return gone
    }

    func recordFetch(feedID: Int64, _ update: FeedFetchUpdate) throws {
        if let movedTo = update.movedTo {
            // A permanent redirect to a feed already subscribed under that URL keeps the old address.
            try db.execute(sql: "UPDATE feed SET url = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feed WHERE url = ?)",
                           arguments: [movedTo, feedID, movedTo])
        }
        if !update.keepValidators {
            try db.execute(sql: "UPDATE feed SET etag = ?, last_modified = ? WHERE id = ?", arguments: [update.etag, update.lastModified, feedID])
        }
        try db.execute(sql: """
            UPDATE feed SET next_due = ?, error_streak = ?, last_attempt = ?, last_success = COALESCE(?, last_success),
                            last_status = ?, last_error = ?, title = COALESCE(?, title), site_url = COALESCE(?, site_url)
            WHERE id = ?
            """, arguments: [update.nextDue.timeIntervalSince1970, update.errorStreak, update.lastAttempt?.timeIntervalSince1970,
                             update.lastSuccess?.timeIntervalSince1970, update.status, update.error, update.title, update.siteURL, feedID])
    }

    func recordNewEntries(feedID: Int64, _ entries: [(key: String, payload: String)], at date: Date) throws {
        var sequence = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(sequence), 0) FROM feed_entry") ?? 0
        for entry in entries {
            sequence += 1
            try db.execute(sql: """
                INSERT OR IGNORE INTO feed_entry (feed_id, entry_key, sequence, seen_at, pending_json) VALUES (?, ?, ?, ?, ?)
                """, arguments: [feedID, entry.key, sequence, date.timeIntervalSince1970, entry.payload])
        }
    }

    func failFeedEntry(_ entry: FeedEntryReference, reason: String, at date: Date) throws {
        try db.execute(sql: """
            UPDATE feed_entry SET pending_json = NULL, failure = ?, failed_at = ? WHERE feed_id = ? AND entry_key = ? AND pending_json IS NOT NULL
            """, arguments: [reason, date.timeIntervalSince1970, entry.feedID, entry.key])
    }

    func completeFeedEntry(_ entry: FeedEntryReference, documentID: Int64?) throws {
        try db.execute(sql: "UPDATE feed_entry SET pending_json = NULL, document_id = COALESCE(?, document_id) WHERE feed_id = ? AND entry_key = ?",
                       arguments: [documentID, entry.feedID, entry.key])
    }
}
