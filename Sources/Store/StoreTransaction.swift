import Foundation
import GRDB
import Model

/// Writes inside one SQLite transaction (see `TallyStore.write`).
struct SQLiteTransaction: SQLiteReading, StoreWriting {
    let db: Database

    func insertDocument(_ document: NewDocument, outcome: DocumentOutcome, reason: String?) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO document (content_hash, file_name, origin, byte_count, received_at, outcome, reason, format, encoding)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [document.contentHash, document.fileName, document.origin.rawValue, document.byteCount,
                             document.receivedAt.timeIntervalSince1970, outcome.rawValue, reason, document.format, document.encoding])
        return db.lastInsertedRowID
    }

    func insertArticle(_ article: Article, documentID: Int64, duplicateOf: Int64?, similarity: Double?) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO article (document_id, title, body, source, url, published, author, language, duplicate_of, similarity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [documentID, article.title, article.body, article.source, article.url,
                             article.published?.timeIntervalSince1970, article.author, article.language, duplicateOf, similarity])
        return db.lastInsertedRowID
    }

    func insertFingerprint(_ bytes: [UInt8], articleID: Int64) throws {
        try db.execute(sql: "INSERT INTO fingerprint (article_id, bytes) VALUES (?, ?)", arguments: [articleID, Data(bytes)])
    }

    func insertClaims(_ claims: [(claim: Claim, repeated: Bool)], articleID: Int64) throws -> [Int64] {
        let keysAlreadyInArticle = Set(try String.fetchAll(db, sql: "SELECT DISTINCT key FROM claim WHERE article_id = ?", arguments: [articleID]))
        var ids: [Int64] = []
        ids.reserveCapacity(claims.count)
        let encoder = JSONEncoder()
        let insert = try db.cachedStatement(sql: """
            INSERT INTO claim (article_id, ordinal, key, low, high, claimant, repeated, claim_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (ordinal, entry) in claims.enumerated() {
            try insert.execute(arguments: [articleID, ordinal, entry.claim.key, entry.claim.quantity.low, entry.claim.quantity.high,
                                           entry.claim.claimant, entry.repeated, try Coding.encode(entry.claim, with: encoder)])
            ids.append(db.lastInsertedRowID)
        }
        if let lastID = ids.last { try countClaims(claims.map(\.claim), through: lastID, keysAlreadyInArticle: keysAlreadyInArticle) }
        return ids
    }

    func replacePositions(_ positions: [String: [Position]]) throws {
        for (key, keyPositions) in positions {
            try db.execute(sql: "DELETE FROM position WHERE key = ?", arguments: [key])
            for (slot, position) in keyPositions.enumerated() {
                try db.execute(sql: "INSERT INTO position (key, slot, claimant, observation_json) VALUES (?, ?, ?, ?)",
                               arguments: [key, slot, position.claimant, try Coding.encode(position.latest)])
            }
            try Self.refreshFigure(db, key: key, positions: keyPositions)
        }
    }

    func insertAlerts(_ alerts: [Alert], documentID: Int64) throws -> [StoredAlert] {
        try alerts.map { alert in
            try db.execute(sql: """
                INSERT INTO alert (id, document_id, kind, key, raised_at, alert_json)
                VALUES (max((SELECT coalesce(max(id), 0) FROM alert), (SELECT coalesce(max(id), 0) FROM alert_id_floor)) + 1, ?, ?, ?, ?, ?)
                """, arguments: [documentID, alert.kind.rawValue, alert.key, alert.raisedAt.timeIntervalSince1970, try Coding.encode(alert)])
            return StoredAlert(id: db.lastInsertedRowID, documentID: documentID, alert: alert, logged: false)
        }
    }

    func numberAlerts(after id: Int64) throws {
        try db.execute(sql: "INSERT INTO alert_id_floor (id) VALUES (?)", arguments: [id])
    }

    func markLogged(alertIDs: some Sequence<Int64>) throws {
        for id in alertIDs {
            try db.execute(sql: "UPDATE alert SET logged = 1 WHERE id = ?", arguments: [id])
        }
    }
}
