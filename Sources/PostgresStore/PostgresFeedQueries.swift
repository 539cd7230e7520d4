import Foundation
import PostgresNIO
import Store

/// A feed with how many entries it has seen and how many are pending: for a report, not for the daemon.
private let countedFeedSelection = """
    SELECT feed.*, (SELECT COUNT(*) FROM feed_entry WHERE feed_entry.feed_id = feed.id) AS entries_seen,
           (SELECT COUNT(*) FROM feed_entry WHERE feed_entry.feed_id = feed.id AND pending_json IS NOT NULL) AS entries_pending
    FROM feed
    """

/// Above every revision committed so far (writers take turns under the write lock): evaluated
/// once per statement, so every feed a statement changes gets the same one, as in SQLite.
private let nextFeedRevision = "(SELECT COALESCE(MAX(revision), 0) + 1 FROM feed)"

extension PostgresReading {
    func feeds(includingUnsubscribed: Bool) throws -> [FeedRecord] {
        try session.rows("\(unescaped: countedFeedSelection) \(unescaped: includingUnsubscribed ? "" : "WHERE subscribed") ORDER BY id")
            .map { try FeedRecord(row: $0, counted: true) }
    }

    func feed(url: String) throws -> FeedRecord? {
        try session.row("\(unescaped: countedFeedSelection) WHERE url = \(url)").map { try FeedRecord(row: $0, counted: true) }
    }

    func feedChanges(after revision: Int64) throws -> (feeds: [FeedRecord], revision: Int64) {
        let latest = try session.value("SELECT MAX(revision) FROM feed", as: Int64.self) ?? 0
        guard latest > revision else { return ([], max(revision, latest)) }
        let changed = try session.rows("SELECT * FROM feed WHERE revision > \(revision) ORDER BY revision, id").map { try FeedRecord(row: $0, counted: false) }
        return (changed, latest)
    }

    func knownEntryKeys(feedID: Int64, among keys: [String]) throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return Set(try session.rows("SELECT entry_key FROM feed_entry WHERE feed_id = \(feedID) AND entry_key = ANY(\(keys))").map { try $0.text("entry_key") })
    }

    func pendingFeedEntries(after sequence: Int64, limit: Int) throws -> [PendingFeedEntry] {
        try session.rows("""
            SELECT feed_id, entry_key, sequence, pending_json FROM feed_entry
            WHERE pending_json IS NOT NULL AND sequence > \(sequence) ORDER BY sequence LIMIT \(limit)
            """).map(PendingFeedEntry.init(row:))
    }

    func failedFeedEntries() throws -> [FailedFeedEntry] {
        try session.rows("SELECT feed_id, entry_key, failure, failed_at FROM feed_entry WHERE failure IS NOT NULL ORDER BY sequence")
            .map(FailedFeedEntry.init(row:))
    }
}

extension PostgresTransaction {
    /// Subscribes (or re-subscribes) a feed; returns its id. Name, tags and interval follow the
    /// latest statement; a feed in the configuration stays a configuration feed.
    @discardableResult
    func subscribe(_ subscription: FeedSubscription, origin: FeedOrigin, firstDue: Date, now: Date) throws -> Int64 {
        let tags = String(decoding: try JSONEncoder().encode(subscription.tags), as: UTF8.self)
        if let existing = try session.row("SELECT id, origin FROM feed WHERE url = \(subscription.url)") {
            let id = try existing.integer("id")
            let kept = try existing.text("origin") == FeedOrigin.config.rawValue && origin != .config ? FeedOrigin.config : origin
            try session.execute("""
                UPDATE feed SET name = COALESCE(\(subscription.name), name), tags = \(tags), interval_seconds = \(subscription.interval),
                                origin = \(kept.rawValue), subscribed = TRUE, revision = \(unescaped: nextFeedRevision)
                WHERE id = \(id)
                """)
            return id
        }
        return try insertedID("""
            INSERT INTO feed (url, name, tags, interval_seconds, origin, next_due, created_at, revision)
            VALUES (\(subscription.url), \(subscription.name), \(tags), \(subscription.interval), \(origin.rawValue),
                    \(firstDue.timeIntervalSince1970), \(now.timeIntervalSince1970), \(unescaped: nextFeedRevision))
            RETURNING id
            """)
    }

    @discardableResult
    func unsubscribe(url: String) throws -> Bool {
        try session.execute("UPDATE feed SET subscribed = FALSE, revision = \(unescaped: nextFeedRevision) WHERE url = \(url) AND subscribed") > 0
    }

    func requestRefresh(_ selection: FeedRefreshSelection) throws -> Int {
        let chosen: PostgresQuery = switch selection {
        case .url(let url): "AND url = \(url)"
        case .all: ""
        case .failing: "AND error_streak > 0"
        }
        return try session.execute(PostgresQuery(
            unsafeSQL: "UPDATE feed SET refresh_requested = TRUE, revision = \(nextFeedRevision) WHERE subscribed " + chosen.sql, binds: chosen.binds))
    }

    func clearRefreshRequests(_ feeds: [(id: Int64, revision: Int64)]) throws {
        guard !feeds.isEmpty else { return }
        try session.execute("""
            UPDATE feed SET refresh_requested = FALSE FROM unnest(\(feeds.map(\.id)), \(feeds.map(\.revision))) AS taken(id, revision)
            WHERE feed.id = taken.id AND feed.revision = taken.revision
            """)
    }

    func unsubscribeConfigurationFeeds(except urls: Set<String>) throws -> [String] {
        let gone = try session.rows("SELECT url FROM feed WHERE origin = 'config' AND subscribed").map { try $0.text("url") }.filter { !urls.contains($0) }
        for url in gone { try unsubscribe(url: url) }
        return gone
    }

    func recordFetch(feedID: Int64, _ update: FeedFetchUpdate) throws {
        if let movedTo = update.movedTo {
            // A permanent redirect to a feed already subscribed under that URL keeps the old address.
            try session.execute("UPDATE feed SET url = \(movedTo) WHERE id = \(feedID) AND NOT EXISTS (SELECT 1 FROM feed WHERE url = \(movedTo))")
        }
        // A 304 or a failure keeps the validators stored.
        try session.execute("""
            UPDATE feed SET etag = CASE WHEN \(update.keepValidators) THEN etag ELSE \(update.etag) END,
                last_modified = CASE WHEN \(update.keepValidators) THEN last_modified ELSE \(update.lastModified) END,
                next_due = \(update.nextDue.timeIntervalSince1970), error_streak = \(update.errorStreak),
                last_attempt = \(update.lastAttempt?.timeIntervalSince1970),
                last_success = COALESCE(\(update.lastSuccess?.timeIntervalSince1970), last_success), last_status = \(update.status),
                last_error = \(update.error), title = COALESCE(\(update.title), title), site_url = COALESCE(\(update.siteURL), site_url),
                lease_node = NULL, lease_until = NULL
            WHERE id = \(feedID)
            """)
    }

    func recordNewEntries(feedID: Int64, _ entries: [(key: String, payload: String)], at date: Date) throws {
        guard !entries.isEmpty else { return }
        let first = (try session.value("SELECT COALESCE(MAX(sequence), 0) FROM feed_entry", as: Int64.self) ?? 0) + 1
        let rows = entries.enumerated().map { offset, entry -> MultiRowInsert.Row in
            [feedID, entry.key, first + Int64(offset), date.timeIntervalSince1970, entry.payload, node, node.map { _ in date.timeIntervalSince1970 + lease }]
        }
        // Entries already known (or twice in one call) keep the first: ON CONFLICT DO NOTHING, as SQLite's INSERT OR IGNORE.
        for batch in MultiRowInsert.batches(of: rows) {
            try session.execute(MultiRowInsert.query("INSERT INTO feed_entry (feed_id, entry_key, sequence, seen_at, pending_json, claim_node, claim_until)", rows: batch,
                                                     then: "ON CONFLICT DO NOTHING"))
        }
    }

    func failFeedEntry(_ entry: FeedEntryReference, reason: String, at date: Date) throws {
        try session.execute("""
            UPDATE feed_entry SET pending_json = NULL, failure = \(reason), failed_at = \(date.timeIntervalSince1970)
            WHERE feed_id = \(entry.feedID) AND entry_key = \(entry.key) AND pending_json IS NOT NULL
            """)
    }

    func completeFeedEntry(_ entry: FeedEntryReference, documentID: Int64?) throws {
        try session.execute("""
            UPDATE feed_entry SET pending_json = NULL, document_id = COALESCE(\(documentID), document_id)
            WHERE feed_id = \(entry.feedID) AND entry_key = \(entry.key)
            """)
    }
}
