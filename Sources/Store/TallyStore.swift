import Foundation
import GRDB

/// Tally's state in one SQLite file (WAL): documents, articles, fingerprints, claims, each
/// figure's positions, and the alerts with whether they reached the log.
public final class TallyStore: StoreBackend {
    private let pool: DatabasePool
    public let path: String

    /// `maximumBytes` caps the database file: past it, writes fail as on a full disk (SQLite's
    /// SQLITE_FULL) and documents wait, pending, until there is room.
    public init(path: String, maximumBytes: Int? = nil) throws(StoreError) {
        self.path = path
        let directory = (path as NSString).deletingLastPathComponent
        do {
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        } catch {
            throw StoreError("cannot create the folder for the database \(path): \(error.localizedDescription)")
        }
        var configuration = Configuration()
        // A reader (`tally figures`) or a second writer (`tally ingest` beside the daemon) waits
        // its turn instead of failing.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // FULL: a commit is on disk before the alert log or the file move that follow it, so
            // a power cut cannot leave alerts logged for a document the database forgot.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            if let maximumBytes {
                let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
                try db.execute(sql: "PRAGMA max_page_count = \(max(1, maximumBytes / pageSize))")
            }
        }
        do {
            pool = try Self.open(path, configuration)
        } catch {
            throw StoreError("cannot open the database \(path): \(Self.describe(error)). If the file is damaged, restore it from a backup "
                             + "or move it away (Tally then starts a new one; move the alert log away too)", kind: StoreError.kind(of: error))
        }
        guard let identity = FileIdentity(path: path) else { throw StoreError("cannot inspect the database \(path) after opening it") }
        openedFile = identity
    }

    /// The file opened, to tell whether the path still leads to it.
    private let openedFile: FileIdentity

    /// Whether the path still names the database file this store has open. An operator who
    /// deletes, replaces or truncates it under a running process would otherwise have every
    /// later write go to a file nobody will see again (an unlinked one) or to a stranger.
    public func isStillAtItsPath() -> Bool {
        guard let current = FileIdentity(path: path) else { return false }
        return current.device == openedFile.device && current.inode == openedFile.inode && current.size > 0
    }

    /// Two processes creating a new database at once (`tally run` and `tally figures`) can trip
    /// over each other twice: switching a new file to WAL answers "database is locked" without
    /// waiting, and GRDB's migrator reads which migrations are applied outside the transaction
    /// that applies one, so both may try the same migration. Either way the loser changed
    /// nothing (each migration is a transaction of its own) and the next attempt succeeds.
    private static func open(_ path: String, _ configuration: Configuration) throws -> DatabasePool {
        var attempt = 1
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                try Schema.migrator.migrate(pool)
                // An older Tally may have written claims since (a rollback): their figures are recounted.
                // On the connection the migrations used: a reader's would take descriptors a
                // daemon at its open file limit needs.
                try pool.writeWithoutTransaction { db in
                    guard try SQLiteTransaction.figuresAreBehind(db) else { return }
                    try db.inTransaction(.immediate) {
                        try SQLiteTransaction.catchUpFigures(db)
                        return .commit
                    }
                }
                return pool
            } catch is DatabaseError where attempt < 8 {
                Thread.sleep(forTimeInterval: 0.02 * Double(attempt))
                attempt += 1
            }
        }
    }

    public func write<T>(_ body: (any StoreWriting) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write { db in try body(SQLiteTransaction(db: db)) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("database write failed (\(path)): \(Self.describe(error))", kind: StoreError.kind(of: error))
        }
    }

    public func read<T>(_ body: (any StoreReading) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read { db in try body(SQLiteReader(db: db)) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("database read failed (\(path)): \(Self.describe(error))", kind: StoreError.kind(of: error))
        }
    }

    /// The SQL connection itself, for tests of this backend (query plans, a trigger that makes a
    /// write fail): not part of the store's interface.
    func writeDatabase<T>(_ body: (Database) throws -> T) throws -> T { try pool.write(body) }
    func readDatabase<T>(_ body: (Database) throws -> T) throws -> T { try pool.read(body) }

    /// Closes every connection now, as a clean stop should: SQLite then folds the write-ahead
    /// log into the database file and removes it. Left to deinitialisation, that happens only
    /// once the last reference goes, which a thread still finishing may hold past the exit.
    /// Any use afterwards is an error.
    public func close() throws(StoreError) {
        do {
            // Readers first: they are read-only, and only the last connection to close, if it
            // can write, removes the log. GRDB's close() takes the writer first (its issue 739).
            pool.releaseMemory()
            try pool.close()
        } catch {
            throw StoreError("cannot close the database \(path): \(Self.describe(error))", kind: StoreError.kind(of: error))
        }
    }

    /// Another process's commit leaves no word a reader could wait on, so a follower looks every
    /// half second.
    public func alertArrivals() throws(StoreError) -> any AlertArrivals { PolledAlertArrivals(interval: 0.5) }

    /// What SQLite said, without GRDB's wrapping (for code that reads a state file itself: the migration).
    package static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }
}
