import Foundation
import PostgresNIO

/// How far a migration has come, kept in the target in a table of its own (`state_migration`),
/// a row per step: each table of the plan, then the verification. A batch advances its table's
/// row in the transaction that writes its rows, so the record and the data never disagree:
/// killed anywhere, the next run continues after the last key the record holds. Every row says
/// which source file it copies (`SourceFile`), so that no other source continues it.
struct ProgressRecord: Equatable, Sendable {
    struct Step: Equatable, Sendable {
        /// The key of the last row copied; nil before the first batch.
        var lastKey: RowKey?
        var rowsCopied: Int
        var done: Bool
    }

    var sourcePath: String
    var source: SourceFile
    var steps: [String: Step]
    /// When the verification step was done: the migration finished.
    var finishedAt: Date?

    /// The step after the tables: identity sequences set, row counts compared.
    static let verification = "verification"
}

/// The `state_migration` table: created by the migration (not a schema migration of Tally's:
/// a database that was never migrated into has none).
struct ProgressTable {
    let target: PostgresTarget

    func create() throws {
        try target.execute("""
            CREATE TABLE IF NOT EXISTS state_migration (step TEXT PRIMARY KEY, source_path TEXT NOT NULL, source_identity TEXT NOT NULL,
                source_stamp TEXT NOT NULL, last_key TEXT, rows_copied BIGINT NOT NULL DEFAULT 0, done BOOLEAN NOT NULL DEFAULT FALSE,
                updated_at DOUBLE PRECISION NOT NULL)
            """)
    }

    /// The record, or nil when no migration has begun here.
    func load() throws -> ProgressRecord? {
        let rows = try target.rows("""
            SELECT step, source_path, source_identity, source_stamp, last_key, rows_copied, done, updated_at FROM state_migration ORDER BY step
            """)
        guard let first = rows.first else { return nil }
        var record = ProgressRecord(sourcePath: try first["source_path"].decode(String.self),
                                    source: SourceFile(identity: try first["source_identity"].decode(String.self),
                                                       stamp: try first["source_stamp"].decode(String.self)),
                                    steps: [:])
        for row in rows {
            let step = try row["step"].decode(String.self)
            let done = try row["done"].decode(Bool.self)
            record.steps[step] = ProgressRecord.Step(lastKey: try row["last_key"].decode(String?.self).map { try RowKey(json: $0) },
                                                     rowsCopied: Int(try row["rows_copied"].decode(Int64.self)), done: done)
            if step == ProgressRecord.verification, done {
                record.finishedAt = Date(timeIntervalSince1970: try row["updated_at"].decode(Double.self))
            }
        }
        return record
    }

    /// A row for each step not recorded yet (all of them when the migration begins), in the
    /// caller's transaction.
    func addSteps(_ steps: [String], sourcePath: String, source: SourceFile) throws {
        for step in steps {
            try target.execute("""
                INSERT INTO state_migration (step, source_path, source_identity, source_stamp, updated_at)
                VALUES (\(step), \(sourcePath), \(source.identity), \(source.stamp), \(Date().timeIntervalSince1970)) ON CONFLICT (step) DO NOTHING
                """)
        }
    }

    /// Records a batch, in the transaction that wrote its rows.
    func advance(_ step: String, to key: RowKey?, adding rows: Int, done: Bool) throws {
        try target.execute("""
            UPDATE state_migration SET last_key = COALESCE(\(key?.json), last_key), rows_copied = rows_copied + \(Int64(rows)),
                done = \(done), updated_at = \(Date().timeIntervalSince1970) WHERE step = \(step)
            """)
    }

    /// Records a table copied whole: its rows replace what was there, so the count is set, not added.
    func complete(_ step: String, rows: Int) throws {
        try target.execute("""
            UPDATE state_migration SET rows_copied = \(Int64(rows)), done = TRUE, updated_at = \(Date().timeIntervalSince1970) WHERE step = \(step)
            """)
    }
}
