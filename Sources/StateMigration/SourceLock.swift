import Foundation
import Store
#if canImport(Glibc)
import Glibc
#endif

/// The running daemon's hold on a SQLite state, taken by the migration too: an `flock` on
/// `<database>.lock`, as `tally run` takes it (Sources/Daemon/StateLock.swift), so that the copy
/// refuses a source a daemon is writing to, and no daemon starts on it while it is copied.
/// Dropped by the kernel however the process ends.
final class SourceLock {
    private var descriptor: Int32?

    init(databasePath: String) throws(MigrationError) {
        let path = databasePath + ".lock"
        // Read-only when the file is not ours to write (a daemon of another user made it): a
        // lock needs no write access. No file and no way to make one: no daemon could lock either.
        var opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        if opened < 0 { opened = open(path, O_RDONLY | O_CLOEXEC) }
        guard opened >= 0 else { return }
        guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
            let holder = StateLockHolder.pid(in: opened)
            close(opened)
            throw .refused("a tally daemon\(holder.map { " (pid \($0))" } ?? "") is running on \(databasePath) (it holds \(path)): "
                           + "stop it first (systemctl stop tally), then migrate; start it again once its configuration names the PostgreSQL database")
        }
        descriptor = opened
    }

    deinit { release() }

    func release() {
        guard let descriptor else { return }
        self.descriptor = nil
        close(descriptor)
    }
}
