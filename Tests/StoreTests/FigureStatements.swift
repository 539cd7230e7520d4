import Foundation
import GRDB
import Model
@testable import Store

/// Writes figures into a real store as the pipeline does: per article a document, the article,
/// its claims, then each claimant's position on every key it states replaced by the new
/// observation. No alert rules: the tests here are about what the store keeps.
struct FigureStatements {
    let store: any StoreBackend
    var articles = 0

    struct Statement {
        var key: String
        var claimant: String?
        var value: Double
        var bound: Bound = .exact
        /// Kept but never tracked: counted in the figure's mentions, no position.
        var untracked = false
    }

    /// One article stating `statements`, read `minutes` after the first day. `byAnOlderTally`
    /// writes its claims and positions as a Tally from before the `figure` table did: rows alone.
    mutating func article(title: String? = nil, source: String? = "Example News", minutes: Double, byAnOlderTally: Bool = false,
                          _ statements: [Statement]) throws {
        articles += 1
        let number = articles
        let at = Date(timeIntervalSince1970: 1_730_000_000 + minutes * 60)
        // As a Tally from before the table wrote them: SQL on SQLite's own connection.
        let store = self.store
        let olderTally = byAnOlderTally ? store as? TallyStore : nil
        precondition(olderTally != nil || !byAnOlderTally, "an older Tally wrote SQLite only")
        let write = { (body: (any StoreWriting, Database?) throws -> Void) throws in
            if let olderTally { try olderTally.writeDatabase { db in try body(SQLiteTransaction(db: db), db) } } else { try store.write { try body($0, nil) } }
        }
        try write { tx, olderDB in
            let documentID = try tx.insertDocument(NewDocument(contentHash: "h\(number)", fileName: "a\(number).txt", origin: .drop,
                                                               byteCount: 1, receivedAt: at), outcome: .ingested)
            let articleID = try tx.insertArticle(Article(title: title, body: "b", source: source), documentID: documentID,
                                                 duplicateOf: nil, similarity: nil)
            let claims = statements.map { statement in
                var claim = Claim(key: statement.key, quantity: Quantity(statement.value), hedge: nil, claimant: statement.claimant,
                                  sentence: "s", start: 0, end: 1, numberText: "\(statement.value)", bound: statement.bound)
                if statement.untracked { claim.untracked = .nothingCounted }
                return claim
            }
            let ids = if let db = olderDB { try claims.enumerated().map { ordinal, claim in
                try db.execute(sql: "INSERT INTO claim (article_id, ordinal, key, low, high, claimant, claim_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [articleID, ordinal, claim.key, claim.quantity.low, claim.quantity.high, claim.claimant,
                                           String(decoding: try JSONEncoder().encode(claim), as: UTF8.self)])
                return db.lastInsertedRowID
            } } else { try tx.insertClaims(claims.map { ($0, false) }, articleID: articleID) }
            let reference = ArticleReference(id: articleID, title: title, source: source, file: "a\(number).txt")
            var positions = try tx.positions(forKeys: statements.filter { !$0.untracked }.map(\.key))
            for (claim, id) in zip(claims, ids) where claim.untracked == nil {
                let observation = Observation(claimID: id, key: claim.key, quantity: claim.quantity, statedAs: claim.numberText,
                                              claimant: claim.claimant, quote: claim.sentence, article: reference, observedAt: at,
                                              bound: claim.bound)
                positions[claim.key, default: []].removeAll { $0.claimant == claim.claimant }
                positions[claim.key, default: []].append(Position(claimant: claim.claimant, latest: observation))
            }
            if let db = olderDB {
                for (key, keyPositions) in positions {
                    try db.execute(sql: "DELETE FROM position WHERE key = ?", arguments: [key])
                    for (slot, position) in keyPositions.enumerated() {
                        try db.execute(sql: "INSERT INTO position (key, slot, claimant, observation_json) VALUES (?, ?, ?, ?)",
                                       arguments: [key, slot, position.claimant, String(decoding: try JSONEncoder().encode(position.latest), as: UTF8.self)])
                    }
                }
            } else {
                try tx.replacePositions(positions)
            }
        }
    }

    /// Every figure as computed from the claims and positions themselves, the way `figures()`
    /// did before the `figure` table: the reference the table must always agree with.
    static func recomputed(_ db: Database) throws -> [FigureSummary] {
        var positions: [String: [Position]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, observation_json FROM position ORDER BY key, slot") {
            let observation = try JSONDecoder().decode(Observation.self, from: Data((row["observation_json"] as String).utf8))
            positions[row["key"], default: []].append(Position(claimant: observation.claimant, latest: observation))
        }
        let counts = try Row.fetchAll(db, sql: "SELECT key, COUNT(*) AS mentions, COUNT(DISTINCT article_id) AS articles FROM claim GROUP BY key")
        return counts.map { row in
            let key: String = row["key"]
            let keyPositions = (positions[key] ?? []).sorted { $0.latest.claimID > $1.latest.claimID }
            return FigureSummary(key: key, positions: keyPositions, mentions: row["mentions"], articles: row["articles"],
                                 lastSeen: keyPositions.map(\.latest.observedAt).max() ?? .distantPast)
        }.sorted { ($0.lastSeen, $0.key) > ($1.lastSeen, $1.key) }
    }
}
