package import Foundation
import GRDB
import Model

/// The queries of `StoreReading` in SQL, over the connection a snapshot or a transaction holds.
protocol SQLiteReading {
    var db: Database { get }
}

/// A snapshot of the SQLite store.
struct SQLiteReader: SQLiteReading, StoreReading {
    let db: Database
}

extension SQLiteReading {
    func document(hash: String) throws -> DocumentRecord? {
        try Row.fetchOne(db, sql: """
            SELECT document.*, article.id AS article_id FROM document
            LEFT JOIN article ON article.document_id = document.id
            WHERE content_hash = ?
            """, arguments: [hash]).map(DocumentRecord.init(row:))
    }

    func document(id: Int64) throws -> DocumentRecord? {
        try Row.fetchOne(db, sql: """
            SELECT document.*, article.id AS article_id FROM document
            LEFT JOIN article ON article.document_id = document.id
            WHERE document.id = ?
            """, arguments: [id]).map(DocumentRecord.init(row:))
    }

    func article(id: Int64) throws -> StoredArticle? {
        try Row.fetchOne(db, sql: "SELECT * FROM article WHERE id = ?", arguments: [id]).map(StoredArticle.init(row:))
    }

    func articles() throws -> [StoredArticle] {
        try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY id").map(StoredArticle.init(row:))
    }

    func documents() throws -> [DocumentRecord] {
        try Row.fetchAll(db, sql: """
            SELECT document.*, article.id AS article_id FROM document
            LEFT JOIN article ON article.document_id = document.id ORDER BY document.id
            """).map(DocumentRecord.init(row:))
    }

    func claims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        try Row.fetchAll(db, sql: "SELECT * FROM claim WHERE article_id = ? ORDER BY ordinal", arguments: [articleID])
            .map(StoredClaim.init(row:))
    }

    func figureValues(ofArticle articleID: Int64) throws -> [(key: String, low: Double, high: Double)] {
        try Row.fetchAll(db, sql: "SELECT key, low, high FROM claim WHERE article_id = ? ORDER BY ordinal", arguments: [articleID])
            .map { ($0["key"], $0["low"], $0["high"]) }
    }

    func oldestOfRecentFingerprints(_ count: Int) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT article_id FROM fingerprint ORDER BY article_id DESC LIMIT 1 OFFSET ?", arguments: [max(0, count - 1)])
    }

    func fingerprints(after id: Int64) throws -> [(articleID: Int64, bytes: [UInt8])] {
        try Row.fetchAll(db, sql: "SELECT article_id, bytes FROM fingerprint WHERE article_id > ? ORDER BY article_id", arguments: [id])
            .map { row in (row["article_id"], [UInt8](row["bytes"] as Data)) }
    }

    func positions(forKeys keys: some Sequence<String>) throws -> [String: [Position]] {
        var positions: [String: [Position]] = [:]
        for key in Set(keys) {
            positions[key] = try Row.fetchAll(db, sql: "SELECT observation_json FROM position WHERE key = ? ORDER BY slot", arguments: [key])
                .map(Position.init(row:))
        }
        return positions
    }

    func history(key: String) throws -> [HistoryEntry] {
        let exact = try history(where: "claim.key = ?", key)
        guard exact.isEmpty else { return exact }
        return try history(where: "claim.key LIKE ? ESCAPE '\\'", FigureSummary.inEveryStoryPattern(key))
    }

    private func history(where condition: String, _ argument: String) throws -> [HistoryEntry] {
        try Row.fetchAll(db, sql: """
            SELECT claim.*, article.title, article.source, article.url, article.published, article.duplicate_of,
                   document.file_name, document.received_at
            FROM claim JOIN article ON article.id = claim.article_id JOIN document ON document.id = article.document_id
            WHERE \(condition) ORDER BY claim.id
            """, arguments: [argument]).map(HistoryEntry.init(row:))
    }

    func alerts(after id: Int64, limit: Int) throws -> [StoredAlert] {
        try Row.fetchAll(db, sql: "SELECT * FROM alert WHERE id > ? ORDER BY id LIMIT ?", arguments: [id, limit]).map(StoredAlert.init(row:))
    }

    func newestAlerts(limit: Int) throws -> [StoredAlert] {
        try Row.fetchAll(db, sql: "SELECT * FROM alert ORDER BY id DESC LIMIT ?", arguments: [limit]).map(StoredAlert.init(row:))
    }

    func highestAlertID() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT max((SELECT coalesce(max(id), 0) FROM alert), (SELECT coalesce(max(id), 0) FROM alert_id_floor))") ?? 0
    }

    func unloggedAlerts() throws -> [StoredAlert] {
        try Row.fetchAll(db, sql: "SELECT * FROM alert WHERE logged = 0 ORDER BY id").map(StoredAlert.init(row:))
    }

    func documentCounts() throws -> [DocumentOutcome: Int] {
        var counts: [DocumentOutcome: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT outcome, COUNT(*) AS n FROM document GROUP BY outcome") {
            if let outcome = DocumentOutcome(rawValue: row["outcome"]) { counts[outcome] = row["n"] }
        }
        return counts
    }
}

/// JSON columns: values the schema does not need to query into, kept whole.
package enum Coding {
    package static func encode(_ value: some Encodable) throws -> String {
        try encode(value, with: JSONEncoder())
    }

    /// With an encoder made once for many values (making one costs more than a small value's encoding).
    package static func encode(_ value: some Encodable, with encoder: JSONEncoder) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    package static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError("a stored \(type) could not be read back (\(error)); was the database written by a newer Tally?")
        }
    }
}
