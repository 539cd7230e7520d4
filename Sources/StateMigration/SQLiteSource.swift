import Foundation
import GRDB
import Store

/// The SQLite state being copied, opened read-only: nothing the migration does writes to it.
/// The whole copy reads one snapshot (a read transaction), so that a `tally` command writing to
/// the file meanwhile cannot tear it.
final class SQLiteSource {
    let path: String
    private let queue: DatabaseQueue

    init(path: String) throws(MigrationError) {
        self.path = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .refused("there is no file at \(path): give the SQLite file Tally keeps its state in ([storage] database)")
        }
        guard !isFolder.boolValue else { throw .refused("\(path) is a folder: give the SQLite file in it that Tally keeps its state in") }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.label = "tally migrate source"
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            // Opening reads nothing yet: a file that is not a database fails only on a first read.
            let tables = try queue.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
            guard tables.contains("grdb_migrations"), tables.contains("document") else {
                throw MigrationError.refused("\(path) is a SQLite database but not Tally's state (it has no Tally tables): "
                                             + "give the file [storage] database names")
            }
        } catch let error as MigrationError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .refused("\(path) is not a SQLite database: give the file Tally keeps its state in ([storage] database)")
        } catch {
            throw .refused("cannot read \(path): \(TallyStore.describe(error))")
        }
    }

    /// Runs `body` on one snapshot of the file.
    func read<T>(_ body: (SourceSnapshot) throws -> T) throws -> T {
        try queue.read { db in try body(SourceSnapshot(db: db, path: path)) }
    }

    func close() {
        try? queue.close()
    }
}

/// What the copy asks of the source, within one read transaction.
struct SourceSnapshot {
    let db: Database
    let path: String

    func tables() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
    }

    func columns(of table: String) throws -> [SourceColumn] {
        try Row.fetchAll(db, sql: "PRAGMA table_info(\(quoted(table)))").map { row in
            SourceColumn(name: row["name"], primaryKeyPosition: row["pk"])
        }
    }

    func count(_ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(quoted(table))") ?? 0
    }

    /// Up to `limit` rows after `key`, in key order, each in the plan's column order; every row
    /// of the table, in rowid order, for a table copied whole.
    func rows(_ plan: TableCopyPlan, after key: RowKey?, limit: Int) throws -> [[SourceValue]] {
        let columns = plan.columns.map { quoted($0.name) }.joined(separator: ", ")
        var sql = "SELECT \(columns) FROM \(quoted(plan.table))"
        var arguments = StatementArguments()
        if plan.isCopiedWhole {
            sql += " ORDER BY rowid"
        } else {
            let keyList = plan.key.map(quoted).joined(separator: ", ")
            if let key {
                sql += " WHERE (\(keyList)) > (\(Array(repeating: "?", count: key.values.count).joined(separator: ", ")))"
                arguments = StatementArguments(key.values.map(\.databaseValue))
            }
            sql += " ORDER BY \(keyList) LIMIT \(limit)"
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in row.databaseValues.map(SourceValue.init) }
    }
}

extension SourceValue {
    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let integer): self = .integer(integer)
        case .double(let real): self = .real(real)
        case .string(let text): self = .text(text)
        case .blob(let data): self = .blob(data)
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case .null: .null
        case .integer(let integer): integer.databaseValue
        case .real(let real): real.databaseValue
        case .text(let text): text.databaseValue
        case .blob(let data): data.databaseValue
        }
    }
}
