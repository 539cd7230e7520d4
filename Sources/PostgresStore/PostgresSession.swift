import Logging
import NIOCore
import PostgresNIO
import Store
import Synchronization

/// One connection lent to one transaction (or snapshot), queried synchronously: each query
/// blocks the calling thread until its rows are in. The store's protocols are called from plain
/// threads (the daemon's workers, the web server's thread pool), never from an event loop, so
/// waiting on postgres-nio's future is the bridge; one query is one round trip.
struct PostgresSession {
    let connection: PooledConnection
    let logger: Logger
    let roundTrips: RoundTrips

    func rows(_ query: PostgresQuery) throws -> [PostgresStoredRow] {
        try result(query).rows.map { PostgresStoredRow(row: PostgresRandomAccessRow($0)) }
    }

    func row(_ query: PostgresQuery) throws -> PostgresStoredRow? {
        try rows(query).first
    }

    /// The first column of the first row; nil when there is no row or it holds NULL.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) throws -> T? {
        guard let row = try result(query).rows.first, let cell = row.first, cell.bytes != nil else { return nil }
        return try cell.decode(T.self)
    }

    /// Runs a statement; returns how many rows it changed.
    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        try result(query).metadata.rows ?? 0
    }

    private func result(_ query: PostgresQuery) throws -> PostgresQueryResult {
        roundTrips.count.add(1, ordering: .relaxed)
        return try connection.query(query, logger: logger)
    }
}

/// How many queries a store has sent: each is one round trip to the server.
final class RoundTrips: Sendable {
    let count = Atomic<Int>(0)
}

/// A row as the shared record decoders read it (`StoredRow`), by column name.
struct PostgresStoredRow: StoredRow {
    let row: PostgresRandomAccessRow

    func decode<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard row.contains(column) else { throw StoreError("the query read no column \(column): a bug in Tally's PostgreSQL store") }
        return try row[column].decode(T.self)
    }

    func integer(_ column: String) throws -> Int64 { try decode(column) }
    func optionalInteger(_ column: String) throws -> Int64? { try decode(column) }
    func double(_ column: String) throws -> Double { try decode(column) }
    func optionalDouble(_ column: String) throws -> Double? { try decode(column) }
    func text(_ column: String) throws -> String { try decode(column) }
    func optionalText(_ column: String) throws -> String? { try decode(column) }
    func flag(_ column: String) throws -> Bool { try decode(column) }
    func has(_ column: String) -> Bool { row.contains(column) }
}
