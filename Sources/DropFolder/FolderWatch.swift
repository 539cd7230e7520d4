import FileWatch
#if canImport(Glibc)
import Glibc
#endif

/// inotify on the drop folder. A file counts once it is complete: closed after writing
/// (IN_CLOSE_WRITE) or renamed in (IN_MOVED_TO). A file held open and written slowly gives
/// nothing until its writer closes it. What is created in place but is no file to write (a
/// symbolic link, a FIFO, a device node) counts at once, so that it is set aside with its reason
/// instead of waiting, unseen, for the next scan.
///
/// `next` blocks on one thread; `wake` may be called from any other to make it return early.
public final class FolderWatch: @unchecked Sendable {
    public enum Event: Equatable, Sendable {
        /// A finished file with a ready name.
        case finished(FileName)
        /// The kernel dropped events (IN_Q_OVERFLOW): rescan the folder.
        case overflow
        /// The folder was deleted, moved or unmounted: the watch is dead; set up a new one.
        case folderGone
        /// A folder was made or moved into the drop folder: Tally takes files only, and says so.
        case subfolderAppeared(FileName)
    }

    /// What one inotify record says, before the file system is asked anything.
    enum Interpretation: Equatable {
        case event(Event)
        /// Something appeared under this name (IN_CREATE); what it is decides whether it counts.
        case created(FileName)
    }

    public let folder: String
    private let inotify: Inotify

    public init(folder: String) throws(DropFolderError) {
        self.folder = folder
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)
        do {
            inotify = try Inotify()
            _ = try inotify.add(folder, mask: mask)
        } catch {
            throw DropFolderError(error.description, code: error.code)
        }
    }

    /// Makes a blocked `next` return (with whatever events it has).
    public func wake() { inotify.wake() }

    /// Waits up to `timeoutMilliseconds` (forever when negative) for events or a wake-up.
    public func next(timeoutMilliseconds: Int32) -> [Event] {
        inotify.next(timeoutMilliseconds: timeoutMilliseconds).compactMap { record in
            let name = FileName(bytes: record.name)
            switch Self.interpret(mask: record.mask, name: name) {
            case .event(let event)?: return event
            case .created(let created)? where isNotARegularFile(created): return .finished(created)
            case .created?, nil: return nil
            }
        }
    }

    /// Not followed if it is a link: a regular file waits for its writer to close it.
    private func isNotARegularFile(_ name: FileName) -> Bool {
        var status = stat()
        guard SystemPath.with(folder, name, { lstat($0, &status) }) == 0 else { return false }
        return status.st_mode & S_IFMT != S_IFREG && status.st_mode & S_IFMT != S_IFDIR
    }

    static func interpret(mask: UInt32, name: FileName) -> Interpretation? {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .event(.overflow) }
        if mask & (UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_IGNORED) | UInt32(IN_UNMOUNT)) != 0 { return .event(.folderGone) }
        guard !name.bytes.isEmpty, ReadinessRule.isReady(name) else { return nil }
        if mask & UInt32(IN_ISDIR) != 0 {
            return mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 ? .event(.subfolderAppeared(name)) : nil
        }
        if mask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO)) != 0 { return .event(.finished(name)) }
        return mask & UInt32(IN_CREATE) != 0 ? .created(name) : nil
    }
}
