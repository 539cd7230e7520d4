@testable import Daemon

/// `tally run`'s own hold on a SQLite state (`StateLock`), taken as the daemon takes it.
enum DaemonLockProbe {
    /// Takes the lock and lets it go; throws what a daemon starting now would be told.
    static func take(databasePath: String) throws -> Bool {
        let lock = try StateLock(databasePath: databasePath)
        lock.release()
        return true
    }

    /// Holds the lock, as a running daemon does, until the value is released.
    static func hold(databasePath: String) throws -> AnyObject {
        try StateLock(databasePath: databasePath)
    }
}
