import DropFolder
import Foundation

/// What the daemon's worker does next. Files are taken in the order they were announced (a
/// scan announces them in name order); a stop or reload request comes before any file.
final class WorkQueue: @unchecked Sendable {
    enum Work: Equatable {
        case file(FileName, fromScan: Bool)
        case rescan
        case reload
        case stop
    }

    private let condition = NSCondition()
    private var order: [FileName] = []
    private var waiting: [FileName: Bool] = [:]
    private var delayed: [FileName: Date] = [:]
    private var pausedUntil: Date?
    private var rescanRequested = false
    private var reloadRequested = false
    private var stopRequested = false

    /// Queues a file unless it is queued already. An inotify announcement makes a file
    /// ready at once, even one a scan put on hold.
    func add(_ name: FileName, fromScan: Bool) {
        condition.lock()
        defer { condition.unlock() }
        if !fromScan { delayed[name] = nil }
        if let queuedFromScan = waiting[name] {
            if queuedFromScan && !fromScan { waiting[name] = false }
        } else if delayed[name] == nil {
            waiting[name] = fromScan
            order.append(name)
        }
        condition.signal()
    }

    /// Holds a file until `time` (still being written, or not yet settled).
    func hold(_ name: FileName, until time: Date) {
        condition.lock()
        defer { condition.unlock() }
        delayed[name] = time
        condition.signal()
    }

    /// Puts a file back at the front and takes no file before `time` (after a failure of the
    /// database or the alert log, so that documents keep their order).
    func retry(_ name: FileName, fromScan: Bool, after time: Date) {
        condition.lock()
        defer { condition.unlock() }
        if waiting[name] == nil {
            waiting[name] = fromScan
            order.insert(name, at: 0)
        }
        pausedUntil = time
        condition.signal()
    }

    func requestRescan() { flag { $0.rescanRequested = true } }
    func requestReload() { flag { $0.reloadRequested = true } }
    func requestStop() { flag { $0.stopRequested = true } }

    var pendingCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return order.count + delayed.count
    }

    private func flag(_ set: (WorkQueue) -> Void) {
        condition.lock()
        set(self)
        condition.signal()
        condition.unlock()
    }

    /// Blocks until there is something to do.
    func next() -> Work {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopRequested { return .stop }
            if reloadRequested { reloadRequested = false; return .reload }
            if rescanRequested { rescanRequested = false; return .rescan }
            let now = Date()
            // Due files join in the order they fell due, ties in name order, as a scan lists them.
            let due = delayed.filter { $0.value <= now }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            for (name, _) in due {
                delayed[name] = nil
                if waiting[name] == nil {
                    waiting[name] = true
                    order.append(name)
                }
            }
            let pause = pausedUntil.flatMap { $0 > now ? $0 : nil }
            if pause == nil, !order.isEmpty {
                pausedUntil = nil
                let name = order.removeFirst()
                let fromScan = waiting.removeValue(forKey: name) ?? true
                return .file(name, fromScan: fromScan)
            }
            let wakeTimes = Array(delayed.values) + (pause.map { [$0] } ?? [])
            if let soonest = wakeTimes.min() {
                _ = condition.wait(until: soonest)
            } else {
                condition.wait()
            }
        }
    }
}
