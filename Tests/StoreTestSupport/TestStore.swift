public import DatabaseLocation
import Foundation
import GRDB
import NIOPosix
import PostgresNIO
import PostgresStore
public import Store

/// A backend the store's tests run against: SQLite always, PostgreSQL when
/// TALLY_TEST_POSTGRES_URL names a server (`Deploy/with-postgres.sh swift test` starts one).
public enum StoreKind: String, Sendable, CaseIterable, CustomStringConvertible {
    case sqlite, postgres

    public var description: String { rawValue }

    /// Where the tests find a PostgreSQL server, if anywhere.
    public static let postgresURL = ProcessInfo.processInfo.environment["TALLY_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// The backends at hand, for `@Test(arguments: StoreKind.available)`.
    public static var available: [StoreKind] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    /// Why the PostgreSQL cases do not run, when they do not.
    public static let postgresMissing = "TALLY_TEST_POSTGRES_URL is not set: the store's tests ran against SQLite only "
        + "(run them beside a throwaway server with Deploy/with-postgres.sh swift test)"
}

/// A fresh store for one test: a new SQLite file in a folder of its own, or a new PostgreSQL
/// database created on the test server. Dropped or deleted, with every store opened on it,
/// when the test lets go of it.
public final class TestStore: @unchecked Sendable {
    public let kind: StoreKind
    /// The SQLite file, for a SQLite store.
    public let path: String?
    /// The database, for a PostgreSQL store.
    public let location: PostgresLocation?
    private let folder: String
    private var opened: [any StoreBackend] = []

    public init(_ kind: StoreKind) throws {
        self.kind = kind
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-store-\(UUID().uuidString)").path
        switch kind {
        case .sqlite:
            path = folder + "/state/tally.sqlite"
            location = nil
        case .postgres:
            path = nil
            location = try TestDatabases.create()
        }
    }

    /// A store on this state; each call opens another, as a second process would. The state
    /// lasts as long as this or any store opened on it. `node`: the daemon a PostgreSQL store
    /// serves among several (its alerts say so).
    public func open(node: String? = nil) throws -> any StoreBackend {
        let store: any StoreBackend = switch kind {
        case .sqlite: try TallyStore(path: path!)
        case .postgres: try PostgresStore(location: location!, node: node)
        }
        opened.append(store)
        return KeepingState(store: store, state: self)
    }

    /// Queries sent to the server by the PostgreSQL stores opened so far: each is one round trip.
    public var postgresRoundTrips: Int { opened.compactMap { $0 as? PostgresStore }.reduce(0) { $0 + $1.roundTrips } }

    /// Runs SQL on the state as it is stored, outside the store's interface (as an older Tally,
    /// or an operator, would have written it); returns the first column of each row as text.
    @discardableResult
    public func raw(_ sql: String) throws -> [String?] {
        switch kind {
        case .sqlite:
            let queue = try DatabaseQueue(path: path!)
            defer { try? queue.close() }
            return try queue.write { db in try String?.fetchAll(db, sql: sql) }
        case .postgres:
            return try TestDatabases.run(sql, in: location!)
        }
    }

    deinit {
        for store in opened { try? store.close() }
        try? FileManager.default.removeItem(atPath: folder)
        if let location { try? TestDatabases.drop(location) }
    }
}

/// Databases made and dropped on the test server, over a connection of their own.
public enum TestDatabases {
    /// A new, empty database on the server TALLY_TEST_POSTGRES_URL names.
    public static func create() throws -> PostgresLocation {
        guard let url = StoreKind.postgresURL else { throw StoreError(StoreKind.postgresMissing) }
        let server = try PostgresLocation(url: url)
        var location = server
        location.database = "tally_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try run("CREATE DATABASE \(location.database!)", in: server)
        return location
    }

    public static func drop(_ location: PostgresLocation) throws {
        var server = try PostgresLocation(url: StoreKind.postgresURL ?? "")
        server.user = server.user ?? location.user
        try run("DROP DATABASE IF EXISTS \(location.database!) WITH (FORCE)", in: server)
    }

    /// Runs one statement in `location`'s database; returns the first column of each row, as text.
    @discardableResult
    public static func run(_ sql: String, in location: PostgresLocation) throws -> [String?] {
        let connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                        configuration: try PostgresStore.configuration(for: location), id: 0,
                                                        logger: .init(label: "tally.tests")).wait()
        defer { try? connection.close().wait() }
        return try connection.query(PostgresQuery(unsafeSQL: sql), logger: .init(label: "tally.tests")).wait().rows.map { row in
            guard let cell = row.first, cell.bytes != nil else { return nil }
            return try cell.decode(String.self)
        }
    }
}

/// A store that keeps its test's state alive: the state is deleted once nothing uses it.
private final class KeepingState: StoreBackend {
    let store: any StoreBackend
    let state: TestStore

    init(store: any StoreBackend, state: TestStore) {
        self.store = store
        self.state = state
    }

    func write<T>(_ body: (any StoreWriting) throws -> T) throws(StoreError) -> T { try store.write(body) }
    func read<T>(_ body: (any StoreReading) throws -> T) throws(StoreError) -> T { try store.read(body) }
    func isStillAtItsPath() -> Bool { store.isStillAtItsPath() }
    func close() throws(StoreError) { try store.close() }
    func alertArrivals() throws(StoreError) -> any AlertArrivals { try store.alertArrivals() }
}
