import Foundation
import Model
import NIOCore
package import PostgresNIO
import Store

/// Writes inside one PostgreSQL transaction (see `PostgresStore.write`), each meaning what its
/// SQLite twin (Store/StoreTransaction.swift) means. A statement inserts all the rows of a call
/// at once (an article's claims, a figure's positions), so a document costs a few round trips
/// however many figures it states.
struct PostgresTransaction: PostgresReading, StoreWriting {
    let session: PostgresSession
    let node: String?
    /// How long a node's claim on the feed entries it records lasts before another may take them.
    var lease: TimeInterval = 120

    func insertDocument(_ document: NewDocument, outcome: DocumentOutcome, reason: String?) throws -> Int64 {
        try insertedID("""
            INSERT INTO document (content_hash, file_name, origin, byte_count, received_at, outcome, reason, format, encoding)
            VALUES (\(document.contentHash), \(document.fileName), \(document.origin.rawValue), \(document.byteCount),
                    \(document.receivedAt.timeIntervalSince1970), \(outcome.rawValue), \(reason), \(document.format), \(document.encoding))
            RETURNING id
            """)
    }

    func insertArticle(_ article: Article, documentID: Int64, duplicateOf: Int64?, similarity: Double?) throws -> Int64 {
        try insertedID("""
            INSERT INTO article (document_id, title, body, source, url, published, author, language, duplicate_of, similarity)
            VALUES (\(documentID), \(article.title), \(article.body), \(article.source), \(article.url),
                    \(article.published?.timeIntervalSince1970), \(article.author), \(article.language), \(duplicateOf), \(similarity))
            RETURNING id
            """)
    }

    /// The id a statement that ends in `RETURNING id` gave its row.
    func insertedID(_ query: PostgresQuery) throws -> Int64 {
        guard let id = try session.value(query, as: Int64.self) else { throw StoreError("an insert returned no id: a bug in Tally's PostgreSQL store") }
        return id
    }

    func insertFingerprint(_ bytes: [UInt8], articleID: Int64) throws {
        try session.execute("INSERT INTO fingerprint (article_id, bytes) VALUES (\(articleID), \(ByteBuffer(bytes: bytes)))")
    }

    func insertClaims(_ claims: [(claim: Claim, repeated: Bool)], articleID: Int64) throws -> [Int64] {
        guard !claims.isEmpty else { return [] }
        let keysAlreadyInArticle = Set(try session.rows("SELECT DISTINCT key FROM claim WHERE article_id = \(articleID)").map { try $0.text("key") })
        let encoder = JSONEncoder()
        let rows = try claims.enumerated().map { ordinal, entry -> MultiRowInsert.Row in
            [articleID, ordinal, entry.claim.key, entry.claim.quantity.low, entry.claim.quantity.high, entry.claim.claimant, entry.repeated,
             try Coding.encode(entry.claim, with: encoder)]
        }
        var ids: [Int64] = []
        for batch in MultiRowInsert.batches(of: rows) {
            let inserted = try session.rows(MultiRowInsert.query(
                "INSERT INTO claim (article_id, ordinal, key, low, high, claimant, repeated, claim_json)", rows: batch, then: "RETURNING id, ordinal"))
            // RETURNING need not keep the order of VALUES: put the ids in the claims' order.
            ids += try inserted.map { (try $0.integer("ordinal"), try $0.integer("id")) }.sorted { $0.0 < $1.0 }.map(\.1)
        }
        if let lastID = ids.last { try countClaims(claims.map(\.claim), through: lastID, keysAlreadyInArticle: keysAlreadyInArticle) }
        return ids
    }

    func replacePositions(_ positions: [String: [Position]]) throws {
        guard !positions.isEmpty else { return }
        try session.execute("DELETE FROM position WHERE key = ANY(\(Array(positions.keys)))")
        let rows = try positions.flatMap { key, keyPositions in
            try keyPositions.enumerated().map { slot, position -> MultiRowInsert.Row in
                [key, slot, position.claimant, try Coding.encode(position.latest)]
            }
        }
        for batch in MultiRowInsert.batches(of: rows) {
            try session.execute(MultiRowInsert.query("INSERT INTO position (key, slot, claimant, observation_json)", rows: batch))
        }
        try refreshFigures(positions)
    }

    func insertAlerts(_ alerts: [Alert], documentID: Int64) throws -> [StoredAlert] {
        try alerts.map { alert in
            let id = try insertedID("""
                INSERT INTO alert (id, document_id, kind, key, raised_at, alert_json, node)
                VALUES (\(unescaped: PostgresReader.highestAlertID) + 1, \(documentID), \(alert.kind.rawValue), \(alert.key),
                        \(alert.raisedAt.timeIntervalSince1970), \(try Coding.encode(alert)), \(node))
                RETURNING id
                """)
            return StoredAlert(id: id, documentID: documentID, alert: alert, logged: false, node: node)
        }
    }

    func numberAlerts(after id: Int64) throws {
        try session.execute("INSERT INTO alert_id_floor (id) VALUES (\(id))")
    }

    func markLogged(alertIDs: some Sequence<Int64>) throws {
        let ids = Array(alertIDs)
        guard !ids.isEmpty else { return }
        try session.execute("UPDATE alert SET logged = TRUE WHERE id = ANY(\(ids))")
    }
}

/// One INSERT for many rows (`VALUES (...), (...)`), within the protocol's 65,535 parameters.
package enum MultiRowInsert {
    package typealias Row = [(any PostgresDynamicTypeEncodable)?]
    static let parameterLimit = 65_535

    package static func batches(of rows: [Row]) -> [ArraySlice<Row>] {
        guard let width = rows.first?.count, width > 0 else { return [] }
        let size = parameterLimit / width
        return stride(from: 0, to: rows.count, by: size).map { rows[$0..<min($0 + size, rows.count)] }
    }

    package static func query(_ head: String, rows: ArraySlice<Row>, then tail: String = "") -> PostgresQuery {
        var bindings = PostgresBindings(capacity: rows.reduce(0) { $0 + $1.count })
        var tuples: [String] = []
        tuples.reserveCapacity(rows.count)
        for row in rows {
            var placeholders: [String] = []
            for value in row {
                if let value { bindings.append(value) } else { bindings.appendNull() }
                placeholders.append("$\(bindings.count)")
            }
            tuples.append("(" + placeholders.joined(separator: ", ") + ")")
        }
        return PostgresQuery(unsafeSQL: head + " VALUES " + tuples.joined(separator: ", ") + (tail.isEmpty ? "" : " " + tail), binds: bindings)
    }
}
