package import Foundation
import Logging
import NIOCore
import PostgresNIO
import Store
import Timekeeping

/// Word of alerts committed by any process on the database, over LISTEN/NOTIFY: a trigger on
/// `alert` (migration v4) notifies `tally_alerts` once per inserting statement, delivered when
/// its transaction commits. The listening connection is one of its own, outside the pool.
///
/// A notification lost with its connection (a server restart, `pg_terminate_backend`, a network
/// that dropped it) is made up for: the wait that finds the connection gone connects again,
/// with a doubling backoff, LISTENs, and only then returns true, so the caller's read after it
/// finds whatever was committed while nobody listened. A connection that went silent without
/// closing (a network path that died) is found by a query sent after `quietLimit` without word.
/// Waits are meant for one thread: a true answer is handed to one waiter.
package final class AlertNotifications: AlertArrivals, @unchecked Sendable {
    /// The channel the v4 trigger notifies.
    static let channel = "tally_alerts"

    private let connect: () throws -> PooledConnection
    private let location: String
    private let logger: Logger
    /// How long without word before the connection is asked whether it still answers.
    private let quietLimit: TimeInterval
    /// How long a LISTEN or that question may take before the connection is given up for lost.
    private let patience: TimeInterval

    private let condition = NSCondition()
    private var listening: Listening?
    /// Word came (or was lost) since a waiter last returned true.
    private var arrived = false
    private var closed = false
    private var failures = 0
    private var nextAttempt = Date.distantPast
    private var lastHeard = Date()

    private struct Listening {
        let connection: PooledConnection
        let context: PostgresListenContext
        let backendProcessID: Int32
    }

    /// Listening once it returns; throws when the first connection or its LISTEN fails.
    init(location: String, logger: Logger, quietLimit: TimeInterval, patience: TimeInterval, connect: @escaping () throws -> PooledConnection) throws {
        self.connect = connect
        self.location = location
        self.logger = logger
        self.quietLimit = quietLimit
        self.patience = patience
        listening = try listen()
    }

    deinit { close() }

    /// The server process of the listening connection (nil while there is none): for tests that end it.
    package var backendProcessID: Int32? { condition.withLock { listening?.backendProcessID } }

    package func waitForAlerts(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        condition.lock()
        defer { condition.unlock() }
        while !closed {
            if arrived {
                arrived = false
                return true
            }
            guard let current = listening else {
                if Date() >= nextAttempt {
                    reconnect()
                } else if !condition.wait(until: min(deadline, nextAttempt)), Date() >= deadline {
                    return false
                }
                continue
            }
            if condition.wait(until: deadline) { continue }
            guard !arrived, !closed else { continue }
            if Date().timeIntervalSince(lastHeard) >= quietLimit {
                condition.unlock()
                let answered = (try? bounded(current.connection) { _ = try current.connection.query("SELECT 1", logger: logger) }) != nil
                condition.lock()
                if answered {
                    lastHeard = Date()
                } else {
                    drop(current, because: "it did not answer within \(patience) s")
                }
            }
            return false
        }
        return false
    }

    package func close() {
        let ending = condition.withLock {
            closed = true
            condition.broadcast()
            return listening.take()
        }
        guard let ending else { return }
        ending.context.stop()
        ending.connection.close()
    }

    /// Connects and LISTENs again, the lock let go meanwhile; a failure sets when to try next.
    private func reconnect() {
        condition.unlock()
        let result = Result { try listen() }
        condition.lock()
        switch result {
        case .success(let new) where closed || new.connection.isLost:
            // Closed meanwhile, or the connection ended before its end could be heard of.
            new.context.stop()
            condition.unlock()
            new.connection.close()
            condition.lock()
            if !closed { failed(ConnectionLost()) }
        case .success(let new):
            logger.info("listening for alerts again", metadata: ["database": "\(location)", "failed attempts": "\(failures)"])
            listening = new
            failures = 0
            lastHeard = Date()
            // What was committed while nobody listened is for the caller's read to find.
            arrived = true
        case .failure(let error):
            failed(error)
        }
    }

    private func failed(_ error: any Error) {
        failures += 1
        let delay = DoublingBackoff.delay(afterFailures: failures, first: 0.25, ceiling: 15)
        nextAttempt = Date().addingTimeInterval(delay)
        logger.warning("cannot listen for alerts; trying again", metadata: [
            "database": "\(location)", "in": "\(delay) s",
            "error": "\(PostgresFailure.storeError(error, doing: "LISTEN \(Self.channel)").description)",
        ])
    }

    /// A new connection, listening: returns once the server has confirmed the LISTEN. Word is
    /// handed over on the connection's event loop, never through Swift's cooperative threads,
    /// which callers blocked in a wait could all be holding.
    private func listen() throws -> Listening {
        let connection = try connect()
        do {
            let context = connection.connection.addListener(channel: Self.channel) { [weak self] _, _ in self?.heard() }
            // Queries on one connection run in order: this one is answered after the LISTEN
            // `addListener` sent, and says whether it took.
            let answer = try bounded(connection) {
                try connection.query("SELECT pg_backend_pid() AS pid, \(Self.channel) IN (SELECT pg_listening_channels()) AS listening",
                                     logger: logger)
            }.rows.first.map(PostgresRandomAccessRow.init)
            guard let answer, try answer["listening"].decode(Bool.self) else {
                context.stop()
                throw StoreError("the server did not take LISTEN \(Self.channel)", kind: .transient)
            }
            connection.connection.closeFuture.whenComplete { [weak self] _ in self?.lost(connection) }
            return Listening(connection: connection, context: context, backendProcessID: try answer["pid"].decode(Int32.self))
        } catch {
            connection.close()
            throw error
        }
    }

    /// Runs `body`, a wait on `connection`, closing the connection if it takes longer than
    /// `patience`: a server that stopped answering ends the wait with an error, not a hang.
    private func bounded<T>(_ connection: PooledConnection, _ body: () throws -> T) throws -> T {
        let channel = connection.connection
        let timeout = channel.eventLoop.scheduleTask(in: .milliseconds(Int64(patience * 1000))) { channel.close().whenComplete { _ in } }
        defer { timeout.cancel() }
        return try body()
    }

    private func heard() {
        condition.withLock {
            arrived = true
            lastHeard = Date()
            condition.broadcast()
        }
    }

    /// The listening connection ended (the server or the network dropped it).
    private func lost(_ connection: PooledConnection) {
        condition.withLock {
            guard let current = listening, current.connection === connection else { return }
            drop(current, because: "the connection ended")
        }
    }

    /// Forgets the listening connection (the lock held): the next wait connects again, at once.
    private func drop(_ current: Listening, because reason: String) {
        guard listening?.connection === current.connection else { return }
        logger.warning("lost the connection listening for alerts; listening again", metadata: ["database": "\(location)", "reason": "\(reason)"])
        listening = nil
        nextAttempt = .distantPast
        current.context.stop()
        current.connection.connection.close().whenComplete { _ in }
        condition.broadcast()
    }
}
