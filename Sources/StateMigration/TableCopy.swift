import Foundation
import PostgresNIO
import PostgresStore

/// Where the copy stands just before a batch commits: what the test hook (`StateMigrator.checkpoint`)
/// is shown; throwing there rolls the batch back, as a process killed before the commit would.
public struct MigrationCheckpoint: Sendable, Equatable {
    public var table: String
    /// Batches this run has written so far, this one included.
    public var batch: Int
    public var rows: Int
}

/// The copy of one table, a batch at a time in key order: each batch is one PostgreSQL
/// transaction that inserts its rows and advances the table's progress row, so a batch is
/// either wholly copied and recorded or not at all. A table without a key is copied whole, in
/// one transaction that replaces what the target holds (`figure_sync`'s first row, made by the
/// schema's own migration).
struct TableCopy {
    let plan: TableCopyPlan
    let source: SourceSnapshot
    let target: PostgresTarget
    let progress: ProgressTable
    let batchSize: Int
    let checkpoint: ((MigrationCheckpoint) throws -> Void)?

    /// Copies what is left after the step's last key; returns the rows this run copied.
    func run(from step: ProgressRecord.Step, batches: inout Int) throws -> Int {
        if plan.isCopiedWhole {
            let rows = try source.rows(plan, after: nil, limit: .max)
            try target.transaction {
                try target.execute(PostgresQuery(unsafeSQL: "DELETE FROM \(quoted(plan.table))"))
                try insert(rows)
                try progress.complete(plan.table, rows: rows.count)
                batches += 1
                try checkpoint?(MigrationCheckpoint(table: plan.table, batch: batches, rows: rows.count))
            }
            return rows.count
        }
        var lastKey = step.lastKey
        var copied = 0
        while true {
            let rows = try source.rows(plan, after: lastKey, limit: batchSize)
            let done = rows.count < batchSize
            let key = rows.last.map { row in RowKey(plan.keyIndexes.map { row[$0] }) }
            try target.transaction {
                try insert(rows)
                try progress.advance(plan.table, to: key, adding: rows.count, done: done)
                batches += 1
                try checkpoint?(MigrationCheckpoint(table: plan.table, batch: batches, rows: rows.count))
            }
            copied += rows.count
            lastKey = key ?? lastKey
            if done { return copied }
        }
    }

    /// The rows in as few statements as PostgreSQL's limit on parameters allows (`MultiRowInsert`).
    private func insert(_ rows: [[SourceValue]]) throws {
        let values = try rows.map { row in try plan.columns.enumerated().map { index, column in try converted(row[index], column: column, row: row).encodable } }
        let columns = plan.columns.map { quoted($0.name) }.joined(separator: ", ")
        // An identity column `GENERATED ALWAYS` takes a given id only when told to.
        let head = "INSERT INTO \(quoted(plan.table)) (\(columns))\(plan.hasIdentity ? " OVERRIDING SYSTEM VALUE" : "")"
        for batch in MultiRowInsert.batches(of: values) {
            let inserted = try target.execute(MultiRowInsert.query(head, rows: batch))
            guard inserted == batch.count else {
                throw MigrationError.failed("\(plan.table): \(batch.count) rows sent, \(inserted) inserted (a trigger on the table?)")
            }
        }
    }

    private func converted(_ value: SourceValue, column: TargetColumn, row: [SourceValue]) throws -> TargetValue {
        do {
            return try ColumnConversion.convert(value, to: column.type)
        } catch {
            let key = plan.isCopiedWhole ? "" : " whose key is \(RowKey(plan.keyIndexes.map { row[$0] }).json)"
            throw MigrationError("cannot copy the \(plan.table) row\(key): its \(column.name) holds \(error). Mend the value in the SQLite "
                                 + "file (sqlite3), then run the command again to continue", kind: .failed)
        }
    }
}

extension TargetValue {
    /// The value as postgres-nio binds it (nil: NULL).
    var encodable: (any PostgresDynamicTypeEncodable)? {
        switch self {
        case .null: nil
        case .bigint(let integer): integer
        case .integer(let integer): integer
        case .smallint(let integer): integer
        case .doublePrecision(let real): real
        case .real(let real): real
        case .boolean(let flag): flag
        case .text(let text): text
        case .bytes(let data): ByteBuffer(bytes: data)
        }
    }
}
