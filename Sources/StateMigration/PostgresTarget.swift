import DatabaseLocation
import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import PostgresStore
import Store

/// The connection the copy writes through, outside the store's protocols (which know documents
/// and feeds, not tables): queries block the calling thread until their rows are in, as the
/// store's own do. Opened after `PostgresStore` has brought the schema up to date.
final class PostgresTarget {
    let location: PostgresLocation
    private let connection: PostgresConnection
    private let logger = Logger(label: "tally.migrate") { _ in SwiftLogNoOpLogHandler() }

    init(location: PostgresLocation) throws(MigrationError) {
        self.location = location
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                        configuration: try PostgresStore.configuration(for: location),
                                                        id: 1, logger: logger).wait()
        } catch {
            throw .failed(PostgresStore.describe(error, doing: "cannot open \(location) to copy into"))
        }
    }

    func close() {
        if !connection.isClosed { try? connection.close().wait() }
    }

    @discardableResult
    func execute(_ query: PostgresQuery) throws -> Int {
        try connection.query(query, logger: logger).wait().metadata.rows ?? 0
    }

    func rows(_ query: PostgresQuery) throws -> [PostgresRandomAccessRow] {
        try connection.query(query, logger: logger).wait().rows.map(PostgresRandomAccessRow.init)
    }

    /// The first column of the first row; nil when there is none or it holds NULL.
    func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) throws -> T? {
        guard let cell = try connection.query(query, logger: logger).wait().rows.first?.first, cell.bytes != nil else { return nil }
        return try cell.decode(T.self)
    }

    /// Runs `body` in one transaction: what it writes commits together or not at all.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if !connection.isClosed { _ = try? execute("ROLLBACK") }
            throw error
        }
    }

    /// The table's columns as PostgreSQL has them (generated ones left out: they cannot be written).
    func columns(of table: String) throws -> [TargetColumn] {
        try rows("""
            SELECT column_name::text AS name, data_type::text AS type, is_identity::text AS identity FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = \(table) AND is_generated = 'NEVER' ORDER BY ordinal_position
            """).map { row in
            TargetColumn(name: try row["name"].decode(String.self), type: TargetType(dataType: try row["type"].decode(String.self)),
                         isIdentity: try row["identity"].decode(String.self) == "YES")
        }
    }

    func count(_ table: String) throws -> Int {
        Int(try value(PostgresQuery(unsafeSQL: "SELECT COUNT(*) FROM \(quoted(table))"), as: Int64.self) ?? 0)
    }
}
