import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Store
import Synchronization

/// The connections one store holds, lent to one transaction at a time and opened on demand up
/// to `maximum`, on one event loop thread of the pool's own. A connection found closed (the
/// server restarted, the network dropped it) is thrown away and the next borrower opens a new
/// one, so a database that comes back is used again without a restart.
final class ConnectionPool: @unchecked Sendable {
    let group: MultiThreadedEventLoopGroup
    private let configuration: PostgresConnection.Configuration
    private let logger: Logger
    private let maximum: Int
    /// How long a borrower waits for a connection when all are lent, before a transient error.
    private let patience: TimeInterval
    private let location: String

    private let condition = NSCondition()
    private var idle: [PooledConnection] = []
    private var open = 0
    private var closed = false
    private var nextID = 1

    init(configuration: PostgresConnection.Configuration, location: String, maximum: Int, patience: TimeInterval, logger: Logger) {
        group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        self.configuration = configuration
        self.location = location
        self.maximum = maximum
        self.patience = patience
        self.logger = logger
    }

    /// Lends a connection to `body`; it goes back to the pool afterwards unless it was closed.
    func withConnection<T>(_ body: (PooledConnection) throws -> T) throws -> T {
        let connection = try borrow()
        defer { giveBack(connection) }
        return try body(connection)
    }

    /// A connection of its own, outside the pool, for a session-long hold (a lock); the caller closes it.
    func connectAlone() throws -> PooledConnection {
        try connect(id: takeID())
    }

    private func borrow() throws -> PooledConnection {
        let deadline = Date().addingTimeInterval(patience)
        condition.lock()
        while true {
            if closed {
                condition.unlock()
                throw StoreError("the database \(location) is closed: no query can be sent after the store was closed")
            }
            if let connection = idle.popLast() {
                if connection.isLost {
                    open -= 1
                    continue
                }
                condition.unlock()
                return connection
            }
            if open < maximum {
                open += 1
                let id = nextID
                nextID += 1
                condition.unlock()
                do {
                    return try connect(id: id)
                } catch {
                    condition.lock()
                    open -= 1
                    condition.signal()
                    condition.unlock()
                    throw error
                }
            }
            guard condition.wait(until: deadline) else {
                condition.unlock()
                throw StoreError("all \(maximum) connections to \(location) stayed busy for \(Int(patience)) s", kind: .transient)
            }
        }
    }

    private func giveBack(_ connection: PooledConnection) {
        condition.lock()
        if connection.isLost || closed {
            open -= 1
            condition.signal()
            condition.unlock()
            connection.close()
            return
        }
        idle.append(connection)
        condition.signal()
        condition.unlock()
    }

    private func takeID() -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextID += 1
        return nextID - 1
    }

    private func connect(id: Int) throws -> PooledConnection {
        do {
            return PooledConnection(try PostgresConnection.connect(on: group.next(), configuration: configuration, id: id, logger: logger).wait())
        } catch {
            let failure = PostgresFailure.storeError(error, doing: "cannot connect to PostgreSQL at \(location)")
            throw StoreError(failure.description + ConnectionPool.advice(for: failure.description), kind: failure.kind)
        }
    }

    /// What an operator can do about a connection that failed, from what the failure says.
    static func advice(for message: String) -> String {
        if message.contains("3D000") {
            return ". Create the database (createdb NAME, as a user allowed to) or correct the database name in [storage] url"
        }
        if message.contains("28P01") || message.contains("28000") {
            return ". Check the user and password in [storage] url and the server's pg_hba.conf"
        }
        if message.contains("SQLSTATE") { return "" }
        return ". Is the server running, and does [storage] url name its host (or socket folder) and port?"
    }

    /// Closes every idle connection and the event loop; a connection still lent is closed when given back.
    func close() throws(StoreError) {
        condition.lock()
        if closed {
            condition.unlock()
            return
        }
        closed = true
        let closing = idle
        idle = []
        open -= closing.count
        condition.broadcast()
        condition.unlock()
        for connection in closing { connection.close() }
        do {
            try group.syncShutdownGracefully()
        } catch {
            throw StoreError("cannot close the connections to \(location): \(error)", kind: .transient)
        }
    }
}

/// A connection and the query waiting on it. postgres-nio loses a query written to a channel
/// that has just closed (its promise is never completed), so the close itself fails the query
/// in flight: a server that drops the connection ends the wait with an error, never a hang.
final class PooledConnection: Sendable {
    let connection: PostgresConnection
    private let state = Mutex<(lost: Bool, waiting: EventLoopPromise<PostgresQueryResult>?)>((false, nil))

    init(_ connection: PostgresConnection) {
        self.connection = connection
        connection.closeFuture.whenComplete { [weak self] _ in
            let waiting = self?.state.withLock { state in
                state.lost = true
                return state.waiting.take()
            }
            waiting??.fail(ConnectionLost())
        }
    }

    /// Closed by the server, the network or this side.
    var isLost: Bool { state.withLock { $0.lost } || connection.isClosed }

    /// Sends a query and waits for its rows, or for the connection to end.
    func query(_ query: PostgresQuery, logger: Logger) throws -> PostgresQueryResult {
        let promise = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
        let lost = state.withLock { state in
            if !state.lost { state.waiting = promise }
            return state.lost
        }
        guard !lost else {
            promise.fail(ConnectionLost())
            throw ConnectionLost()
        }
        defer { state.withLock { $0.waiting = nil } }
        connection.query(query, logger: logger).cascade(to: promise)
        return try promise.futureResult.wait()
    }

    func close() {
        if !connection.isClosed { try? connection.close().wait() }
    }
}

/// The connection ended while a query waited on it.
struct ConnectionLost: Error, CustomStringConvertible {
    var description: String { "the connection to PostgreSQL was lost" }
}
