#if canImport(Glibc)
import Glibc
#endif

/// Which SQLite file a migration copies, and whether it changed since the copy began. Its device
/// and inode say which file it is (kept when it is moved within its disk, not when it is copied);
/// its size and modification time, and those of its write-ahead log, change with every write
/// a daemon or a command makes. A log that is empty says nothing: a read-only reader creates one.
struct SourceFile: Equatable, Sendable {
    var identity: String
    var stamp: String

    init(identity: String, stamp: String) {
        self.identity = identity
        self.stamp = stamp
    }

    init?(path: String) {
        guard let database = Status(path: path) else { return nil }
        identity = "\(database.device):\(database.inode)"
        var stamp = "\(database.size) bytes, modified \(database.modified)"
        if let log = Status(path: path + "-wal"), log.size > 0 {
            stamp += "; log \(log.size) bytes, modified \(log.modified)"
        }
        self.stamp = stamp
    }

    private struct Status {
        var device: UInt
        var inode: UInt
        var size: Int
        /// Nanoseconds since 1970.
        var modified: Int

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt(status.st_dev)
            inode = UInt(status.st_ino)
            size = Int(status.st_size)
            modified = status.st_mtim.tv_sec * 1_000_000_000 + status.st_mtim.tv_nsec
        }
    }
}
