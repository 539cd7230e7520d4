import Foundation
import PostgresNIO

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

    /// The rows in as few statements as PostgreSQL's limit on parameters (65,535) allows.
    private func insert(_ rows: [[SourceValue]]) throws {
        guard !rows.isEmpty else { return }
        let columns = plan.columns.map { quoted($0.name) }.joined(separator: ", ")
        // An identity column `GENERATED ALWAYS` takes a given id only when told to.
        let head = "INSERT INTO \(quoted(plan.table)) (\(columns))\(plan.hasIdentity ? " OVERRIDING SYSTEM VALUE" : "") VALUES "
        let perStatement = max(1, Int(UInt16.max) / plan.columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(rows.count, start + perStatement)]
            var bindings = PostgresBindings(capacity: chunk.count * plan.columns.count)
            var tuples: [String] = []
            tuples.reserveCapacity(chunk.count)
            for row in chunk {
                var placeholders: [String] = []
                for (index, column) in plan.columns.enumerated() {
                    bindings.append(try converted(row[index], column: column, row: row))
                    placeholders.append("$\(bindings.count)")
                }
                tuples.append("(" + placeholders.joined(separator: ", ") + ")")
            }
            let inserted = try target.execute(PostgresQuery(unsafeSQL: head + tuples.joined(separator: ", "), binds: bindings))
            guard inserted == chunk.count else {
                throw MigrationError.failed("\(plan.table): \(chunk.count) rows sent, \(inserted) inserted (a trigger on the table?)")
            }
            start += chunk.count
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

extension PostgresBindings {
    mutating func append(_ value: TargetValue) {
        switch value {
        case .null: appendNull()
        case .bigint(let integer): append(integer)
        case .integer(let integer): append(integer)
        case .smallint(let integer): append(integer)
        case .doublePrecision(let real): append(real)
        case .real(let real): append(real)
        case .boolean(let flag): append(flag)
        case .text(let text): append(text)
        case .bytes(let data): append(ByteBuffer(bytes: data))
        }
    }
}
