package import Foundation
import GRDB

/// A result row as the records are read out of it, by column name: the one way both backends
/// (SQLite here, PostgreSQL in `PostgresStore`) turn rows into `DocumentRecord`, `FeedRecord`
/// and the rest, so that they cannot read a column differently.
package protocol StoredRow {
    func integer(_ column: String) throws -> Int64
    func optionalInteger(_ column: String) throws -> Int64?
    func double(_ column: String) throws -> Double
    func optionalDouble(_ column: String) throws -> Double?
    func text(_ column: String) throws -> String
    func optionalText(_ column: String) throws -> String?
    func flag(_ column: String) throws -> Bool
    /// Whether the row has the column at all (a column only one backend's layout has).
    func has(_ column: String) -> Bool
}

extension StoredRow {
    /// Times are stored as seconds since 1970 (a double: no rounding on the way through).
    package func date(_ column: String) throws -> Date { Date(timeIntervalSince1970: try double(column)) }
    package func optionalDate(_ column: String) throws -> Date? { try optionalDouble(column).map(Date.init(timeIntervalSince1970:)) }
    package func int(_ column: String) throws -> Int { Int(try integer(column)) }
    package func optionalInt(_ column: String) throws -> Int? { try optionalInteger(column).map { Int($0) } }
}

extension Row: StoredRow {
    package func integer(_ column: String) -> Int64 { self[column] }
    package func optionalInteger(_ column: String) -> Int64? { self[column] }
    package func double(_ column: String) -> Double { self[column] }
    package func optionalDouble(_ column: String) -> Double? { self[column] }
    package func text(_ column: String) -> String { self[column] }
    package func optionalText(_ column: String) -> String? { self[column] }
    package func flag(_ column: String) -> Bool { self[column] }
    package func has(_ column: String) -> Bool { hasColumn(column) }
}
