import DatabaseLocation
public import Settings
public import Store
import PostgresStore

/// The store a configuration names: the PostgreSQL database of `[storage] url` when it is set,
/// the SQLite file of `[storage] database` otherwise. For the daemon and the commands alike.
public enum StoreOpening {
    public static func open(_ configuration: TallyConfiguration) throws(StoreError) -> any StoreBackend {
        if let location = configuration.postgres { return try PostgresStore(location: location) }
        return try TallyStore(path: configuration.databasePath, maximumBytes: configuration.maximumDatabaseBytes)
    }

    /// The daemon's store and its hold on it: one daemon per SQLite file (an `flock` beside it,
    /// taken first), one per node name on a PostgreSQL database (a session lock, taken once connected).
    static func forDaemon(_ configuration: TallyConfiguration) throws(DaemonError) -> (store: any StoreBackend, lock: any DaemonLock) {
        if let location = configuration.postgres {
            let store: PostgresStore
            do {
                store = try PostgresStore(location: location, node: configuration.cluster.nodeName, lease: configuration.cluster.lease)
            } catch {
                throw DaemonError(error.description)
            }
            do throws(StoreError) {
                let lock = try store.holdDaemonLock()
                // Checked once locked: a migration that begins later sees this daemon and refuses.
                if try store.migrationUnfinished() {
                    lock.release()
                    throw StoreError("a tally migrate into the database \(location) has not finished: run it again until it says it is done, "
                                     + "then start the daemon", kind: .permanent)
                }
                return (store, lock)
            } catch {
                try? store.close()
                throw DaemonError(error.description, exitCode: DaemonError.stateInUse)
            }
        }
        let lock = try StateLock(databasePath: configuration.databasePath)
        do {
            return (try open(configuration), lock)
        } catch {
            lock.release()
            throw DaemonError(error.description)
        }
    }
}

extension TallyConfiguration {
    /// Where the state is, for logs and messages (a URL without its password).
    public var storeDescription: String { postgres.map { "\($0)" } ?? databasePath }
}

/// What keeps a second daemon off the state until this one lets go.
protocol DaemonLock: AnyObject {
    func release()
}

extension StateLock: DaemonLock {}
extension PostgresDaemonLock: DaemonLock {}
