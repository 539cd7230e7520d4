import Foundation
import GRDB
import Model

/// The `figure` table: one row per key with what the figures list orders, filters and counts by
/// (when it was last stated, whether it is disputed, its search text, its mentions and articles),
/// written in the transaction that writes the claims and positions it sums up. Reading a page
/// then costs what the page shows; `figures()` read every position and counted every claim.
extension SQLiteTransaction {
    /// Counts an article's new claims into their figures' mentions and articles.
    func countClaims(_ claims: [Claim], keysAlreadyInArticle: Set<String>) throws {
        var mentions: [String: Int] = [:]
        for claim in claims { mentions[claim.key, default: 0] += 1 }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO figure (key, last_seen, mentions, articles) VALUES (?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET mentions = figure.mentions + excluded.mentions, articles = figure.articles + excluded.articles
            """)
        for (key, count) in mentions {
            try upsert.execute(arguments: [key, Date.distantPast.timeIntervalSince1970, count, keysAlreadyInArticle.contains(key) ? 0 : 1])
        }
    }

    /// Brings a figure's row in line with its positions, as they now are.
    static func refreshFigure(_ db: Database, key: String, positions: [Position]) throws {
        try db.cachedStatement(sql: """
            INSERT INTO figure (key, last_seen, disputed, search_text) VALUES (?, ?, ?, ?)
            ON CONFLICT (key) DO UPDATE SET last_seen = excluded.last_seen, disputed = excluded.disputed, search_text = excluded.search_text
            """).execute(arguments: [key, FigureSummary.lastSeen(positions).timeIntervalSince1970, Dispute.exists(among: positions),
                                     FigureSearch.text(key: key, positions: positions)])
    }

    /// Fills the table from the claims and positions of a database written before it existed.
    static func backfillFigures(_ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO figure (key, last_seen, mentions, articles)
            SELECT key, ?, COUNT(*), COUNT(DISTINCT article_id) FROM claim GROUP BY key
            """, arguments: [Date.distantPast.timeIntervalSince1970])
        var key: String?
        var positions: [Position] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT key, observation_json FROM position ORDER BY key, slot")
        while let row = try rows.next() {
            let rowKey: String = row["key"]
            if let key, key != rowKey { try refreshFigure(db, key: key, positions: positions); positions = [] }
            key = rowKey
            let observation = try Coding.decode(Observation.self, row["observation_json"])
            positions.append(Position(claimant: observation.claimant, latest: observation))
        }
        if let key { try refreshFigure(db, key: key, positions: positions) }
    }
}
