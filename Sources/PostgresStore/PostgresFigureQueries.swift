import Foundation
import Model
import PostgresNIO
import Store

/// The figures list a page at a time from the `figure` table, as Store/FigureQueries.swift reads
/// it from SQLite (the same search, order and paging: FigureListing); keys are ordered in the "C"
/// collation, byte by byte as SQLite orders them, whatever the database's own collation.
extension PostgresReading {
    func figures(matching search: String, disputedOnly: Bool, offset: Int, limit: Int) throws -> FigurePage {
        var bindings = PostgresBindings()
        var conditions = disputedOnly ? ["disputed"] : []
        let words = FigureListing.searchWords(search)
        for word in words {
            bindings.append(LikePattern.containing(word))
            conditions.append("search_text LIKE $\(bindings.count) ESCAPE '\\'")
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let query = { (sql: String, limits: [Int]) -> PostgresQuery in
            var all = bindings
            var text = sql
            for value in limits {
                all.append(value)
                text = text.replacingOccurrences(of: "$LIMIT\(all.count - bindings.count)", with: "$\(all.count)")
            }
            return PostgresQuery(unsafeSQL: text, binds: all)
        }
        let offset = max(0, offset), limit = max(0, limit)
        if !words.isEmpty {
            // Few matches: found in one pass and ordered here (Store/FigureQueries.swift says why).
            let rows = try session.rows(query("SELECT key, last_seen FROM figure\(filter) LIMIT $LIMIT1", [FigureListing.few + 1]))
            if rows.count <= FigureListing.few {
                let found = FigureListing.ordered(try rows.map { (key: try $0.text("key"), lastSeen: try $0.double("last_seen")) })
                return FigurePage(figures: try summaries(ofKeys: Array(found.dropFirst(offset).prefix(limit))), total: found.count)
            }
        }
        let total = Int(try session.value(query("SELECT COUNT(*) FROM figure\(filter)", []), as: Int64.self) ?? 0)
        guard let window = FigureListing.window(offset: offset, limit: limit, total: total) else { return FigurePage(figures: [], total: total) }
        let order = window.fromEnd ? "last_seen, key COLLATE \"C\"" : "last_seen DESC, key COLLATE \"C\" DESC"
        let keys = try session.rows(query("SELECT key FROM figure\(filter) ORDER BY \(order) LIMIT $LIMIT1 OFFSET $LIMIT2", [window.count, window.skip]))
            .map { try $0.text("key") }
        return FigurePage(figures: try summaries(ofKeys: window.fromEnd ? keys.reversed() : keys), total: total)
    }

    func figure(key: String) throws -> FigureSummary? {
        try summaries(ofKeys: [key]).first
    }

    private func summaries(ofKeys keys: [String]) throws -> [FigureSummary] {
        guard !keys.isEmpty else { return [] }
        return try FigureListing.summaries(ofKeys: keys, rows: try session.rows("""
            SELECT figure.key, mentions, articles, observation_json FROM figure LEFT JOIN position ON position.key = figure.key
            WHERE figure.key = ANY(\(keys))
            """))
    }

    func newestAlerts(limit: Int) throws -> [StoredAlert] {
        try session.rows("SELECT * FROM alert ORDER BY id DESC LIMIT \(limit)").map(StoredAlert.init(row:))
    }
}

/// The `figure` table kept in step by the transactions that write claims and positions, as
/// Store/FigureRecords.swift keeps SQLite's; `figure_sync` holds the highest claim id it accounts for.
extension PostgresTransaction {
    /// Counts an article's new claims, up to `lastID`, into their figures' mentions and articles.
    func countClaims(_ claims: [Claim], through lastID: Int64, keysAlreadyInArticle: Set<String>) throws {
        let mentions = Dictionary(claims.map { ($0.key, 1) }, uniquingKeysWith: +)
        let rows = mentions.map { key, count -> MultiRowInsert.Row in
            [key, Date.distantPast.timeIntervalSince1970, count, keysAlreadyInArticle.contains(key) ? 0 : 1]
        }
        for batch in MultiRowInsert.batches(of: rows) {
            try session.execute(MultiRowInsert.query("INSERT INTO figure (key, last_seen, mentions, articles)", rows: batch, then: """
                ON CONFLICT (key) DO UPDATE SET mentions = figure.mentions + excluded.mentions, articles = figure.articles + excluded.articles
                """))
        }
        try session.execute("UPDATE figure_sync SET claim_id = \(lastID)")
    }

    /// Brings the figures' rows in line with their positions, as they now are.
    func refreshFigures(_ positions: [String: [Position]]) throws {
        let rows = positions.map { key, keyPositions -> MultiRowInsert.Row in
            let summary = FigureListing.Summary(key: key, positions: keyPositions)
            return [key, summary.lastSeen, summary.disputed, summary.searchText]
        }
        for batch in MultiRowInsert.batches(of: rows) {
            try session.execute(MultiRowInsert.query("INSERT INTO figure (key, last_seen, disputed, search_text)", rows: batch, then: """
                ON CONFLICT (key) DO UPDATE SET last_seen = excluded.last_seen, disputed = excluded.disputed, search_text = excluded.search_text
                """))
        }
    }

    /// Whether claims were written that the table does not account for yet (by a Tally from
    /// before it, run again after an upgrade).
    func figuresAreBehind() throws -> Bool {
        try session.value("SELECT coalesce((SELECT max(id) FROM claim), 0) > (SELECT claim_id FROM figure_sync)", as: Bool.self) ?? false
    }

    /// Recounts and refreshes every figure with a claim the table does not account for: all of
    /// them when the table is new.
    func catchUpFigures() throws {
        guard let counted = try session.value("SELECT claim_id FROM figure_sync", as: Int64.self) else { return }
        try session.execute("""
            INSERT INTO figure (key, last_seen, mentions, articles)
            SELECT key, \(Date.distantPast.timeIntervalSince1970), COUNT(*), COUNT(DISTINCT article_id) FROM claim
            WHERE key IN (SELECT key FROM claim WHERE id > \(counted)) GROUP BY key
            ON CONFLICT (key) DO UPDATE SET mentions = excluded.mentions, articles = excluded.articles
            """)
        var positions: [String: [Position]] = [:]
        for row in try session.rows("""
            SELECT key, observation_json FROM position WHERE key IN (SELECT key FROM claim WHERE id > \(counted)) ORDER BY key, slot
            """) {
            positions[try row.text("key"), default: []].append(try Position(row: row))
        }
        try refreshFigures(positions)
        try session.execute("UPDATE figure_sync SET claim_id = coalesce((SELECT max(id) FROM claim), 0)")
    }
}
