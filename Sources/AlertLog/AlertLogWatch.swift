import FileWatch
import Lifecycle
#if canImport(Glibc)
import Glibc
#endif

/// Tells a reader in another process (`tally serve`) when lines are appended to the alert log,
/// so that it need not poll: inotify on the file (each append is a write, IN_MODIFY) and on
/// its folder, for a file created or renamed into place (the first alert, logrotate, a move).
/// `changed` is called on a thread of the watch's own after each append, and when a new file
/// is taken up (it may hold lines already). A folder that cannot be watched (not made yet) is
/// tried again every second.
public final class AlertLogWatch: @unchecked Sendable {
    public let path: String
    private let changed: @Sendable () -> Void
    private let inotify: Inotify
    private let thread = ServiceThread(name: "tally-alert-log-watch")

    public init(path: String, changed: @escaping @Sendable () -> Void) throws(AlertLogError) {
        self.path = path
        self.changed = changed
        do {
            inotify = try Inotify()
        } catch {
            throw AlertLogError("cannot watch the alert log \(path): \(error.description)", code: error.code)
        }
    }

    public func start() {
        thread.start { [self] in run() }
    }

    public func stop() {
        thread.stop { [inotify] in inotify.wake() }
    }

    private func run() {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
        let name = Array((slash.map { String(path[path.index(after: $0)...]) } ?? path).utf8)
        var folderWatch: Int32?
        var fileWatch: Int32?
        var lookForFile = true
        while !thread.isStopping {
            if folderWatch == nil {
                folderWatch = try? inotify.add(folder, mask: UInt32(IN_CREATE | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR))
            }
            if folderWatch != nil, lookForFile {
                // Not there yet: the folder says when it is.
                lookForFile = false
                fileWatch = try? inotify.add(path, mask: UInt32(IN_MODIFY | IN_MOVE_SELF | IN_DELETE_SELF))
                if fileWatch != nil { changed() }
            }
            var appended = false
            for event in inotify.next(timeoutMilliseconds: folderWatch == nil ? 1000 : -1) {
                if event.has(IN_Q_OVERFLOW) {
                    appended = true
                } else if event.watch == fileWatch {
                    appended = appended || event.has(IN_MODIFY)
                    if event.has(IN_MOVE_SELF | IN_DELETE_SELF | IN_IGNORED) {
                        // Rotated or deleted: what comes next goes to a new file, announced by the folder.
                        if let fileWatch, !event.has(IN_IGNORED) { inotify.remove(fileWatch) }
                        fileWatch = nil
                        lookForFile = true
                    }
                } else if event.watch == folderWatch {
                    if event.has(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) {
                        folderWatch = nil
                        lookForFile = true
                    } else if event.name == name {
                        if let fileWatch { inotify.remove(fileWatch) }
                        fileWatch = nil
                        lookForFile = true
                    }
                }
            }
            if appended { changed() }
        }
    }
}
