import Foundation

/// A column as SQLite's `PRAGMA table_info` describes it.
struct SourceColumn: Equatable, Sendable {
    var name: String
    /// Its place in the primary key, from 1; 0 when it is not part of it.
    var primaryKeyPosition: Int
}

/// A column as PostgreSQL's `information_schema.columns` describes it.
struct TargetColumn: Equatable, Sendable {
    var name: String
    var type: TargetType
    /// `GENERATED ... AS IDENTITY`: its sequence is set past the highest id copied.
    var isIdentity: Bool
}

/// How one table is copied: the columns both sides have, each converted to the target's type
/// (a column only the target has keeps its default; one only the source has is reported, not
/// copied), read from the source in the order of its primary key, so that a resume continues
/// after the last key copied. A table without a primary key (a single row, a short list) is
/// copied whole in one transaction, replacing what the target holds.
struct TableCopyPlan: Equatable, Sendable {
    var table: String
    var columns: [TargetColumn]
    /// The key columns' places in `columns`, in key order; empty: the table is copied whole.
    var keyIndexes: [Int]
    /// Source columns the target lacks.
    var notCopied: [String]

    var key: [String] { keyIndexes.map { columns[$0].name } }
    var isCopiedWhole: Bool { keyIndexes.isEmpty }
    var hasIdentity: Bool { columns.contains(where: \.isIdentity) }

    init(table: String, columns: [TargetColumn], keyIndexes: [Int], notCopied: [String] = []) {
        self.table = table
        self.columns = columns
        self.keyIndexes = keyIndexes
        self.notCopied = notCopied
    }

    init(table: String, source: [SourceColumn], target: [TargetColumn]) throws(MigrationError) {
        let targetByName = Dictionary(target.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let shared = source.compactMap { targetByName[$0.name] }
        let keyColumns = source.filter { $0.primaryKeyPosition > 0 }.sorted { $0.primaryKeyPosition < $1.primaryKeyPosition }
        var keyIndexes: [Int] = []
        for column in keyColumns {
            guard let index = shared.firstIndex(where: { $0.name == column.name }) else {
                throw .refused("the PostgreSQL table \(table) has no column \(column.name), part of the SQLite table's key: "
                               + "it was prepared by another Tally version; migrate into a new database")
            }
            keyIndexes.append(index)
        }
        guard !shared.isEmpty else { throw .refused("the SQLite and PostgreSQL tables \(table) have no column in common") }
        self.init(table: table, columns: shared, keyIndexes: keyIndexes,
                  notCopied: source.map(\.name).filter { targetByName[$0] == nil })
    }
}

/// An identifier quoted for SQL (SQLite and PostgreSQL alike).
func quoted(_ identifier: String) -> String {
    "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
