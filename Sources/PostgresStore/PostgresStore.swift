public import DatabaseLocation
public import Foundation
public import Logging
import NIOCore
import NIOSSL
package import PostgresNIO
public import Store
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Tally's state in a PostgreSQL database, behind the same protocols as the SQLite file
/// (`TallyStore`): what several machines will share. A write is one transaction that takes the
/// write lock first (writers take turns, as SQLite's one writer does); a read is a snapshot
/// (REPEATABLE READ, READ ONLY) that never blocks a writer. Queries block the calling thread
/// (see `PostgresSession`): the protocols are synchronous and called from plain threads.
public final class PostgresStore: StoreBackend {
    public let location: PostgresLocation
    /// The daemon this store serves when several share the database (nil: a command): the node
    /// its alerts, deliveries, feed leases and entry claims belong to.
    public let node: String?
    /// How long a lease or a claim of this node lasts unless renewed.
    public let lease: TimeInterval
    let pool: ConnectionPool
    private let logger: Logger
    private let sent = RoundTrips()
    /// The daemon locks taken through this store (`holdDaemonLock`), released when it closes.
    private let daemonLocks = Mutex<[PostgresDaemonLock]>([])
    /// The listeners for alerts opened through this store (`alertArrivals`), closed with it.
    private let listeners = Mutex<[WeakListener]>([])

    /// Connects and brings the schema up to date. A server that cannot be reached, a database
    /// that does not exist or credentials it refuses are an error that says so.
    /// `maximumConnections`: how many transactions of this process can run at once.
    public init(location: PostgresLocation, node: String? = nil, lease: TimeInterval = 120, maximumConnections: Int = 8,
                logger: Logger = Logger(label: "tally.postgres")) throws(StoreError) {
        self.location = location
        self.node = node
        self.lease = lease
        self.logger = logger
        let configuration = try Self.configuration(for: location)
        pool = ConnectionPool(configuration: configuration, location: "\(location)", maximum: max(1, maximumConnections), patience: 30, logger: logger)
        do {
            try pool.withConnection { connection in try PostgresSchema.migrate(session(connection)) }
        } catch {
            try? pool.close()
            throw PostgresFailure.storeError(error, doing: "cannot prepare the database \(location)")
        }
    }

    /// Queries sent so far, each one round trip to the server.
    public var roundTrips: Int { sent.count.load(ordering: .relaxed) }

    public func write<T>(_ body: (any StoreWriting) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.withConnection { connection in
                let session = session(connection)
                // READ COMMITTED: each statement after the lock sees every commit made before it was granted.
                return try transaction(session, begin: "BEGIN") {
                    try session.execute("SELECT pg_advisory_xact_lock(\(AdvisoryLock.write))")
                    return try body(PostgresTransaction(session: session, node: node, lease: lease))
                }
            }
        } catch {
            throw PostgresFailure.storeError(error, doing: "database write failed (\(location))")
        }
    }

    public func read<T>(_ body: (any StoreReading) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.withConnection { connection in
                let session = session(connection)
                return try transaction(session, begin: "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") {
                    try body(PostgresReader(session: session, node: node))
                }
            }
        } catch {
            throw PostgresFailure.storeError(error, doing: "database read failed (\(location))")
        }
    }

    func transaction<T>(_ session: PostgresSession, begin: PostgresQuery, _ body: () throws -> T) throws -> T {
        try session.execute(begin)
        do {
            let result = try body()
            try session.execute("COMMIT")
            return result
        } catch {
            // Over a lost connection there is nothing to roll back: the server already has.
            if !session.connection.isLost { _ = try? session.execute("ROLLBACK") }
            throw error
        }
    }

    func session(_ connection: PooledConnection) -> PostgresSession {
        PostgresSession(connection: connection, logger: logger, roundTrips: sent)
    }

    /// Whether the database is still the one opened: a server's database is not a file that can
    /// be deleted or replaced under a running process, so it is.
    public func isStillAtItsPath() -> Bool { true }

    /// One daemon per node name (`node`): a session lock on a connection of its own, held until
    /// released or the store is closed (the server drops it when the process dies). Daemons of
    /// other names share the database.
    public func holdDaemonLock() throws(StoreError) -> PostgresDaemonLock {
        let node = node ?? ""
        do {
            let connection = try pool.connectAlone()
            let taken = try session(connection).value("SELECT pg_try_advisory_lock(\(AdvisoryLock.nodeClass), hashtext(\(node)))", as: Bool.self) ?? false
            guard taken else {
                connection.close()
                throw StoreError("another tally daemon is running as node \"\(node)\" on the database \(location): stop it first, "
                                 + "or give this one a name of its own ([cluster] node)", kind: .permanent)
            }
            let lock = PostgresDaemonLock(connection: connection, node: node)
            daemonLocks.withLock { $0.append(lock) }
            return lock
        } catch {
            throw PostgresFailure.storeError(error, doing: "cannot take the daemon lock on \(location)")
        }
    }

    /// Word of alerts committed by any process on the database, every node's (LISTEN/NOTIFY).
    public func alertArrivals() throws(StoreError) -> any AlertArrivals {
        try listenForAlerts()
    }

    /// `alertArrivals`, its timings chosen: `quietLimit` without word before the connection is
    /// asked whether it still answers, `patience` for the answer or a LISTEN.
    package func listenForAlerts(quietLimit: TimeInterval = 30, patience: TimeInterval = 10) throws(StoreError) -> AlertNotifications {
        do {
            let notifications = try AlertNotifications(location: "\(location)", logger: logger, quietLimit: quietLimit, patience: patience) { [pool] in
                try pool.connectAlone()
            }
            listeners.withLock { listeners in
                listeners.removeAll { $0.listener == nil }
                listeners.append(WeakListener(listener: notifications))
            }
            return notifications
        } catch {
            throw PostgresFailure.storeError(error, doing: "cannot listen for alerts on \(location)")
        }
    }

    /// A store let go without `close()` (a command that ends) still ends its connections, as
    /// postgres-nio requires of every connection before it goes.
    deinit { try? close() }

    /// Ends every connection and the event loop thread; any use afterwards is an error.
    public func close() throws(StoreError) {
        for lock in daemonLocks.withLock({ $0 }) { lock.release() }
        for listener in listeners.withLock({ $0 }) { listener.listener?.close() }
        try pool.close()
    }

    /// What a query threw, as the store words it ("`doing`: the server's message (SQLSTATE …)"):
    /// for code that queries the database beside the store (the migration).
    package static func describe(_ error: any Error, doing: String) -> String {
        PostgresFailure.storeError(error, doing: doing).description
    }

    package static func configuration(for location: PostgresLocation) throws(StoreError) -> PostgresConnection.Configuration {
        let user = location.user ?? currentUserName()
        var configuration: PostgresConnection.Configuration
        switch location.endpoint {
        case .socket(let folder):
            configuration = .init(unixSocketPath: folder + "/.s.PGSQL.\(location.port)", username: user, password: location.password,
                                  database: location.database ?? user)
        case .host(let host):
            configuration = .init(host: host, port: location.port, username: user, password: location.password, database: location.database ?? user,
                                  tls: try tls(location.tls))
            if location.tls == .verifyFull { configuration.options.tlsServerName = host }
        }
        configuration.options.additionalStartupParameters = [("application_name", "tally")]
        return configuration
    }

    private static func tls(_ mode: PostgresLocation.TLSMode) throws(StoreError) -> PostgresConnection.Configuration.TLS {
        guard mode != .disable else { return .disable }
        var settings = TLSConfiguration.makeClientConfiguration()
        // As libpq: prefer and require encrypt without checking whom to; verify-full checks.
        if mode != .verifyFull { settings.certificateVerification = .none }
        do {
            let context = try NIOSSLContext(configuration: settings)
            return mode == .prefer ? .prefer(context) : .require(context)
        } catch {
            throw StoreError("cannot set up TLS for PostgreSQL (sslmode=\(mode.rawValue)): \(error)")
        }
    }

    /// libpq's default user: the name of the user running the process.
    private static func currentUserName() -> String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "postgres"
    }
}

/// The running daemon's hold on its database (see `PostgresStore.holdDaemonLock`).
public final class PostgresDaemonLock: Sendable {
    private let connection: Mutex<PooledConnection?>
    private let node: String

    init(connection: PooledConnection, node: String) {
        self.connection = Mutex(connection)
        self.node = node
    }

    /// Lets another daemon start on the database: unlocked at once (the server would release it
    /// only once it has noticed the connection end), then the connection ends.
    public func release() {
        guard let connection = connection.withLock({ $0.take() }) else { return }
        _ = try? connection.query("SELECT pg_advisory_unlock(\(AdvisoryLock.nodeClass), hashtext(\(node)))", logger: Logger(label: "tally.postgres"))
        connection.close()
    }
}

/// A listener the store closes when it closes, unless it has gone by then.
private struct WeakListener {
    weak var listener: AlertNotifications?
}
