import Foundation
import Model
import NIOCore
import PostgresNIO
import Store

/// The queries of `StoreReading` in PostgreSQL's SQL, over the session a snapshot or a
/// transaction holds. Each means what its SQLite twin (Store/StoreReader.swift) means: the same
/// rows, in the same order, NULLs read the same way; where SQLite asks once per key, one query
/// with an array asks for all of them.
protocol PostgresReading {
    var session: PostgresSession { get }
    /// The daemon reading, when several share the database: its alerts to log, its deliveries to send.
    var node: String? { get }
}

/// A snapshot of the PostgreSQL store.
struct PostgresReader: PostgresReading, StoreReading {
    let session: PostgresSession
    let node: String?

    /// The highest id an alert has or the floor sets: new alerts are numbered after it.
    static let highestAlertID = "GREATEST((SELECT coalesce(max(id), 0) FROM alert), (SELECT coalesce(max(id), 0) FROM alert_id_floor))"
}

/// A document with its article's id, the one shape `document(...)` and `documents()` read.
private let documentSelection = """
    SELECT document.*, article.id AS article_id FROM document LEFT JOIN article ON article.document_id = document.id
    """

extension PostgresReading {
    func document(hash: String) throws -> DocumentRecord? {
        try session.row("\(unescaped: documentSelection) WHERE content_hash = \(hash)").map(DocumentRecord.init(row:))
    }

    func document(id: Int64) throws -> DocumentRecord? {
        try session.row("\(unescaped: documentSelection) WHERE document.id = \(id)").map(DocumentRecord.init(row:))
    }

    func documents() throws -> [DocumentRecord] {
        try session.rows("\(unescaped: documentSelection) ORDER BY document.id").map(DocumentRecord.init(row:))
    }

    func article(id: Int64) throws -> StoredArticle? {
        try session.row("SELECT * FROM article WHERE id = \(id)").map(StoredArticle.init(row:))
    }

    func articles() throws -> [StoredArticle] {
        try session.rows("SELECT * FROM article ORDER BY id").map(StoredArticle.init(row:))
    }

    func claims(ofArticle articleID: Int64) throws -> [StoredClaim] {
        try session.rows("SELECT * FROM claim WHERE article_id = \(articleID) ORDER BY ordinal").map(StoredClaim.init(row:))
    }

    func figureValues(ofArticle articleID: Int64) throws -> [(key: String, low: Double, high: Double)] {
        try session.rows("SELECT key, low, high FROM claim WHERE article_id = \(articleID) ORDER BY ordinal")
            .map { (try $0.text("key"), try $0.double("low"), try $0.double("high")) }
    }

    func oldestOfRecentFingerprints(_ count: Int) throws -> Int64? {
        try session.value("SELECT article_id FROM fingerprint ORDER BY article_id DESC LIMIT 1 OFFSET \(max(0, count - 1))")
    }

    func fingerprints(after id: Int64) throws -> [(articleID: Int64, bytes: [UInt8])] {
        try session.rows("SELECT article_id, bytes FROM fingerprint WHERE article_id > \(id) ORDER BY article_id").map { row in
            (try row.integer("article_id"), Array(buffer: try row.decode("bytes", as: ByteBuffer.self)))
        }
    }

    /// Every key asked for has an entry, empty when the figure has no position yet.
    func positions(forKeys keys: some Sequence<String>) throws -> [String: [Position]] {
        let wanted = Array(Set(keys))
        var positions = Dictionary(uniqueKeysWithValues: wanted.map { ($0, [Position]()) })
        guard !wanted.isEmpty else { return positions }
        for row in try session.rows("SELECT key, observation_json FROM position WHERE key = ANY(\(wanted)) ORDER BY key, slot") {
            positions[try row.text("key"), default: []].append(try Position(row: row))
        }
        return positions
    }

    func history(key: String) throws -> [HistoryEntry] {
        let exact = try history(where: "claim.key = \(key)")
        guard exact.isEmpty else { return exact }
        return try history(where: "claim.key LIKE \(FigureSummary.inEveryStoryPattern(key)) ESCAPE '\\'")
    }

    private func history(where condition: PostgresQuery) throws -> [HistoryEntry] {
        let selection = """
            SELECT claim.*, article.title, article.source, article.url, article.published, article.duplicate_of,
                   document.file_name, document.received_at
            FROM claim JOIN article ON article.id = claim.article_id JOIN document ON document.id = article.document_id WHERE
            """
        return try session.rows(PostgresQuery(unsafeSQL: selection + " " + condition.sql + " ORDER BY claim.id", binds: condition.binds))
            .map(HistoryEntry.init(row:))
    }

    func alerts(after id: Int64, limit: Int) throws -> [StoredAlert] {
        try session.rows("SELECT * FROM alert WHERE id > \(id) ORDER BY id LIMIT \(limit)").map(StoredAlert.init(row:))
    }

    func highestAlertID() throws -> Int64 {
        try session.value("SELECT \(unescaped: PostgresReader.highestAlertID)") ?? 0
    }

    func unloggedAlerts() throws -> [StoredAlert] {
        try session.rows("SELECT * FROM alert WHERE NOT logged AND node IS NOT DISTINCT FROM \(node) ORDER BY id").map(StoredAlert.init(row:))
    }

    func documentCounts() throws -> [DocumentOutcome: Int] {
        var counts: [DocumentOutcome: Int] = [:]
        for row in try session.rows("SELECT outcome, COUNT(*) AS n FROM document GROUP BY outcome") {
            if let outcome = DocumentOutcome(rawValue: try row.text("outcome")) { counts[outcome] = try row.int("n") }
        }
        return counts
    }
}
