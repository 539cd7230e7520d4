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
    private let inotify: Int32
    /// A self-pipe: `wake` writes a byte, `next` polls the read end.
    private let wakeRead: Int32
    private let wakeWrite: Int32

    public init(folder: String) throws(DropFolderError) {
        self.folder = folder
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else {
            let code = errno
            throw DropFolderError("cannot start inotify: \(SystemPath.errorText(code)) (raise fs.inotify.max_user_instances?)", code: code)
        }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            let code = errno
            close(inotify)
            throw DropFolderError("cannot create a pipe: \(SystemPath.errorText(code))", code: code)
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakeRead = ends[0]
        wakeWrite = ends[1]
        let mask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_CREATE) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)
        guard inotify_add_watch(inotify, folder, mask) >= 0 else {
            let code = errno
            close(inotify)
            close(wakeRead)
            close(wakeWrite)
            throw DropFolderError("cannot watch \(folder): \(SystemPath.errorText(code))", code: code)
        }
    }

    deinit {
        close(inotify)
        close(wakeRead)
        close(wakeWrite)
    }

    /// Makes a blocked `next` return (with whatever events it has).
    public func wake() {
        var one: UInt8 = 1
        _ = write(wakeWrite, &one, 1)
    }

    /// Waits up to `timeoutMilliseconds` (forever when negative) for events or a wake-up.
    public func next(timeoutMilliseconds: Int32) -> [Event] {
        var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&descriptors, 2, timeoutMilliseconds)
        guard ready > 0 else { return [] }
        if descriptors[1].revents != 0 {
            var drained = [UInt8](repeating: 0, count: 64)
            while read(wakeRead, &drained, drained.count) > 0 {}
        }
        return descriptors[0].revents != 0 ? drainEvents() : []
    }

    private func drainEvents() -> [Event] {
        var events: [Event] = []
        // Aligned for inotify_event; big enough for many events per read.
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(inotify, buffer, capacity)
            if count <= 0 { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let header = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = UnsafeRawBufferPointer(start: buffer + nameStart, count: Int(header.len))
                let name = FileName(bytes: Array(nameBytes.prefix(while: { $0 != 0 })))
                offset = nameStart + Int(header.len)
                switch Self.interpret(mask: header.mask, name: name) {
                case .event(let event)?: events.append(event)
                case .created(let created)? where isNotARegularFile(created): events.append(.finished(created))
                case .created?, nil: break
                }
            }
        }
        return events
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
