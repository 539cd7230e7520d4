public import Foundation
import PostgresNIO
public import Store

/// Leases and claims (see `FeedLeasing`) as row columns: `feed.lease_node`/`lease_until`,
/// `feed_entry.claim_node`/`claim_until`. Each call is one short transaction of its own, outside
/// the write lock: `FOR UPDATE SKIP LOCKED` keeps two nodes from taking one row, and a row
/// another transaction holds is left for the next call rather than waited for.
extension PostgresStore: FeedLeasing {
    public var nodeName: String { node ?? "" }

    public func leaseFeeds(_ wanted: [FeedLeaseRequest], now: Date, until: Date) throws(StoreError) -> [FeedLeaseAnswer] {
        guard !wanted.isEmpty else { return [] }
        let node = nodeName
        // Times in the database are doubles that went through Date: equal within a millisecond.
        // -1 stands for "never attempted" (arrays carry no NULLs here).
        let known = Dictionary(wanted.map { ($0.feedID, $0.lastAttempt?.timeIntervalSince1970 ?? -1) }, uniquingKeysWith: { first, _ in first })
        return try leaseTransaction("cannot lease feeds") { session in
            let leased = try session.rows("""
                UPDATE feed SET lease_node = \(node), lease_until = \(until.timeIntervalSince1970)
                WHERE id IN (
                    SELECT feed.id FROM feed JOIN unnest(\(Array(known.keys)), \(Array(known.values))) AS wanted(id, last_attempt) ON feed.id = wanted.id
                    WHERE feed.subscribed AND abs(coalesce(feed.last_attempt, -1) - wanted.last_attempt) < 0.001
                      AND (feed.lease_node IS NULL OR feed.lease_node = \(node) OR feed.lease_until <= \(now.timeIntervalSince1970))
                    ORDER BY feed.id FOR UPDATE OF feed SKIP LOCKED)
                RETURNING *
                """).map { try FeedRecord(row: $0, counted: false) }
            var answers = leased.map(FeedLeaseAnswer.leased)
            let rest = Set(known.keys).subtracting(leased.map(\.id))
            guard !rest.isEmpty else { return answers }
            var stored: [Int64: (FeedRecord, leaseNode: String?, leaseUntil: Double?)] = [:]
            for row in try session.rows("SELECT * FROM feed WHERE id = ANY(\(Array(rest)))") {
                stored[try row.integer("id")] = (try FeedRecord(row: row, counted: false), try row.optionalText("lease_node"), try row.optionalDouble("lease_until"))
            }
            for id in rest.sorted() {
                guard let (feed, leaseNode, leaseUntil) = stored[id], feed.subscribed else {
                    answers.append(.gone(feedID: id))
                    continue
                }
                if abs((feed.lastAttempt?.timeIntervalSince1970 ?? -1) - known[id]!) >= 0.001 {
                    answers.append(.fetchedElsewhere(feed))
                } else if let leaseNode, leaseNode != node, let leaseUntil, leaseUntil > now.timeIntervalSince1970 {
                    answers.append(.busy(feedID: id, until: Date(timeIntervalSince1970: leaseUntil)))
                } else {
                    // Locked by a transaction just then (skipped): ask again in a moment.
                    answers.append(.busy(feedID: id, until: now.addingTimeInterval(1)))
                }
            }
            return answers
        }
    }

    public func claimPendingFeedEntries(after sequence: Int64, limit: Int, now: Date, until: Date) throws(StoreError) -> [PendingFeedEntry] {
        let node = nodeName
        return try leaseTransaction("cannot claim pending feed entries") { session in
            try session.rows("""
                UPDATE feed_entry SET claim_node = \(node), claim_until = \(until.timeIntervalSince1970)
                WHERE (feed_id, entry_key) IN (
                    SELECT feed_id, entry_key FROM feed_entry
                    WHERE pending_json IS NOT NULL AND sequence > \(sequence)
                      AND (claim_node IS NULL OR claim_node = \(node) OR claim_until <= \(now.timeIntervalSince1970))
                    ORDER BY sequence LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                RETURNING feed_id, entry_key, sequence, pending_json
                """).map(PendingFeedEntry.init(row:)).sorted { $0.sequence < $1.sequence }
        }
    }

    public func renewLeases(feeds: Set<Int64>, entries: Set<FeedEntryReference>, until: Date) throws(StoreError) {
        guard !feeds.isEmpty || !entries.isEmpty else { return }
        let node = nodeName
        let (entryFeeds, entryKeys) = (entries.map(\.feedID), entries.map(\.key))
        try leaseTransaction("cannot renew feed leases") { session in
            if !feeds.isEmpty {
                try session.execute("UPDATE feed SET lease_until = \(until.timeIntervalSince1970) WHERE lease_node = \(node) AND id = ANY(\(Array(feeds)))")
            }
            if !entries.isEmpty {
                try session.execute("""
                    UPDATE feed_entry SET claim_until = \(until.timeIntervalSince1970)
                    FROM unnest(\(entryFeeds), \(entryKeys)) AS held(feed_id, entry_key)
                    WHERE feed_entry.feed_id = held.feed_id AND feed_entry.entry_key = held.entry_key AND feed_entry.claim_node = \(node)
                    """)
            }
        }
    }

    private func leaseTransaction<T>(_ doing: String, _ body: (PostgresSession) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.withConnection { connection in
                let session = session(connection)
                return try transaction(session, begin: "BEGIN") { try body(session) }
            }
        } catch {
            throw PostgresFailure.storeError(error, doing: "\(doing) (\(location))")
        }
    }
}
