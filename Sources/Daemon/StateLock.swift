import Foundation
import Store
#if canImport(Glibc)
import Glibc
#endif

/// One daemon per state. Two daemons on one database would each take files from their drop
/// folders and race on the same figures; SQLite keeps that consistent, but nobody meant it, and
/// each believes its alert log is the record. The lock is an `flock` on `<database>.lock`, held
/// for the daemon's life and dropped by the kernel however the process ends (kill -9 included),
/// so a stale lock cannot keep a restarted daemon out. Not the database file itself: closing any
/// other descriptor of that file would drop SQLite's own locks on it.
final class StateLock {
    private let descriptor: Int32
    let path: String

    init(databasePath: String) throws(DaemonError) {
        path = databasePath + ".lock"
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DaemonError("cannot open the lock file \(path): \(String(cString: strerror(errno)))", exitCode: DaemonError.stateUnusable)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = StateLockHolder.pid(in: descriptor)
            close(descriptor)
            throw DaemonError("another tally daemon\(holder.map { " (pid \($0))" } ?? "") is running on the database \(databasePath) "
                              + "(it holds \(path)): stop it first, or give this one a configuration with a database of its own",
                              exitCode: DaemonError.stateInUse)
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    }

    deinit { release() }

    private var released = false

    func release() {
        guard !released else { return }
        released = true
        close(descriptor)
    }
}
