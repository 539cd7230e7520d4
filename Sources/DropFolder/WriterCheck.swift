#if canImport(Glibc)
import Glibc
#endif

/// Whether another process still has a file open for writing, asked through a read lease:
/// Linux refuses `F_SETLEASE F_RDLCK` with EAGAIN while any descriptor is open for writing.
/// This tells a finished file from one whose writer merely paused, which its modification time
/// cannot. Leases need the file's owner or CAP_LEASE; without them the answer is "unknown" and
/// the caller falls back on the file having been left alone for the settle time.
public enum WriterCheck {
    public enum Answer: Equatable, Sendable { case noWriters, openForWriting, unknown }

    // From <fcntl.h> (GNU extensions Swift does not import).
    private static let setLease: Int32 = 1024
    private static let readLease: Int32 = 0
    private static let unlock: Int32 = 2

    /// A lease break is announced with SIGIO, whose default action ends the process; the lease
    /// is dropped at once anyway, so the signal carries nothing Tally needs.
    private static let ignoreLeaseBreaks: Void = { _ = signal(SIGIO, SIG_IGN) }()

    /// Asks about a waiting file by name (without following a symbolic link); a file that cannot
    /// be opened gives `unknown`, and reading it will say why.
    public static func writers(of name: FileName, in folder: String) -> Answer {
        let descriptor = SystemPath.with(folder, name) { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else { return .unknown }
        defer { close(descriptor) }
        return writers(of: descriptor)
    }

    static func writers(of descriptor: Int32) -> Answer {
        _ = ignoreLeaseBreaks
        if fcntl(descriptor, setLease, readLease) == 0 {
            _ = fcntl(descriptor, setLease, unlock)
            return .noWriters
        }
        return errno == EAGAIN ? .openForWriting : .unknown
    }
}
