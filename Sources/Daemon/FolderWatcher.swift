import DropFolder
import Foundation
import Lifecycle
import Logging

/// Runs the inotify watch on a thread of its own and feeds the work queue. When the folder
/// disappears (deleted, moved, unmounted) it waits for it to come back, then asks for a rescan
/// so nothing dropped meanwhile is missed; the same after an event-queue overflow.
final class FolderWatcher: @unchecked Sendable {
    private let folder: String
    private let queue: WorkQueue
    private let logger: Logger
    private let thread = ServiceThread(name: "tally-watch")
    private let lock = NSLock()
    private var watch: FolderWatch?

    init(folder: String, queue: WorkQueue, logger: Logger) {
        self.folder = folder
        self.queue = queue
        self.logger = logger
    }

    /// Sets up the watch before returning, so a scan that follows misses nothing.
    func start() {
        lock.withLock { watch = try? FolderWatch(folder: folder) }
        if lock.withLock({ watch == nil }) {
            logger.warning("cannot watch the drop folder yet; retrying every second", metadata: ["folder": "\(folder)"])
        }
        // The thread holds the watcher while it runs, not the other way round: a watcher
        // replaced on reload is freed with its inotify descriptor.
        thread.start { [self] in run() }
    }

    func stop() {
        thread.stop { lock.withLock { watch?.wake() } }
    }

    private func run() {
        while !thread.isStopping {
            guard let watch = lock.withLock({ watch }) else {
                if thread.sleep(until: Date().addingTimeInterval(1)) { break }
                if let renewed = try? FolderWatch(folder: folder) {
                    lock.withLock { self.watch = renewed }
                    logger.notice("watching the drop folder again; rescanning", metadata: ["folder": "\(folder)"])
                    queue.requestRescan()
                }
                continue
            }
            for event in watch.next(timeoutMilliseconds: -1) {
                switch event {
                case .finished(let name):
                    queue.add(name, fromScan: false)
                case .subfolderAppeared:
                    // The scan reports folders that are not the layout's own.
                    queue.requestRescan()
                case .overflow:
                    logger.warning("inotify queue overflowed; rescanning the drop folder")
                    queue.requestRescan()
                case .folderGone:
                    logger.error("the drop folder is gone (deleted, moved or unmounted); waiting for it to come back", metadata: ["folder": "\(folder)"])
                    lock.withLock { self.watch = nil }
                }
            }
        }
    }
}
