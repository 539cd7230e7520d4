import Foundation
import GRDB
import Model

/// The `figure` table: one row per key with what the figures list orders, filters and counts by
/// (when it was last stated, whether it is disputed, its search text, its mentions and articles),
/// written in the transaction that writes the claims and positions it sums up. Reading a page
/// then costs what the page shows, where reading the list once meant every position and claim.
///
/// `figure_sync` holds the highest claim id the table accounts for. A Tally from before the
/// table (run again after an upgrade, to roll back) writes claims and positions without it;
/// the next open sees claims past that id and brings their figures up to date.
extension SQLiteTransaction {
    /// Counts an article's new claims, up to `lastID`, into their figures' mentions and articles.
    func countClaims(_ claims: [Claim], through lastID: Int64, keysAlreadyInArticle: Set<String>) throws {
        var mentions: [String: Int] = [:]
        for claim in claims { mentions[claim.key, default: 0] += 1 }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO figure (key, last_seen, mentions, articles) VALUES (?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET mentions = figure.mentions + excluded.mentions, articles = figure.articles + excluded.articles
            """)
        for (key, count) in mentions {
            try upsert.execute(arguments: [key, Date.distantPast.timeIntervalSince1970, count, keysAlreadyInArticle.contains(key) ? 0 : 1])
        }
        try db.execute(sql: "UPDATE figure_sync SET claim_id = ?", arguments: [lastID])
    }

    /// Brings a figure's row in line with its positions, as they now are.
    static func refreshFigure(_ db: Database, key: String, positions: [Position]) throws {
        let summary = FigureListing.Summary(key: key, positions: positions)
        try db.cachedStatement(sql: """
            INSERT INTO figure (key, last_seen, disputed, search_text) VALUES (?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET last_seen = excluded.last_seen, disputed = excluded.disputed, search_text = excluded.search_text
            """).execute(arguments: [key, summary.lastSeen, summary.disputed, summary.searchText])
    }

    /// Whether claims were written that the table does not account for yet.
    static func figuresAreBehind(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT coalesce((SELECT max(id) FROM claim), 0) > (SELECT claim_id FROM figure_sync)") ?? false
    }

    /// Recounts and refreshes every figure with a claim the table does not account for: all of
    /// them when the table is new.
    static func catchUpFigures(_ db: Database) throws {
        guard let counted = try Int64.fetchOne(db, sql: "SELECT claim_id FROM figure_sync") else { return }
        let behind = "SELECT key FROM claim WHERE id > ?"
        try db.execute(sql: """
            INSERT INTO figure (key, last_seen, mentions, articles)
            SELECT key, ?, COUNT(*), COUNT(DISTINCT article_id) FROM claim WHERE key IN (\(behind)) GROUP BY key
            ON CONFLICT (key) DO UPDATE SET mentions = excluded.mentions, articles = excluded.articles
            """, arguments: [Date.distantPast.timeIntervalSince1970, counted])
        var key: String?
        var positions: [Position] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT key, observation_json FROM position WHERE key IN (\(behind)) ORDER BY key, slot",
                                       arguments: [counted])
        while let row = try rows.next() {
            let rowKey: String = row["key"]
            if let key, key != rowKey { try refreshFigure(db, key: key, positions: positions); positions = [] }
            key = rowKey
            let observation = try Coding.decode(Observation.self, row["observation_json"])
            positions.append(Position(claimant: observation.claimant, latest: observation))
        }
        if let key { try refreshFigure(db, key: key, positions: positions) }
        try db.execute(sql: "UPDATE figure_sync SET claim_id = coalesce((SELECT max(id) FROM claim), 0)")
    }
}
