import DropFolder
import Feeds
import Foundation
import Store

/// What the daemon's worker does next. Documents (dropped files and feed entries) are taken in
/// the order they were announced (a scan announces files in name order); a stop or reload
/// request comes before any document.
final class WorkQueue: @unchecked Sendable {
    enum Work: Equatable {
        case file(FileName, fromScan: Bool)
        case entryDocument(EntryDocument)
        case rescan
        case reload
        case stop

        var bringsADocument: Bool {
            switch self {
            case .file, .entryDocument: true
            case .rescan, .reload, .stop: false
            }
        }
    }

    private enum Item: Hashable {
        case file(FileName)
        case feed(FeedEntryReference)
    }

    private let condition = NSCondition()
    private var order: [Item] = []
    private var files: [FileName: Bool] = [:]
    private var entryDocuments: [FeedEntryReference: EntryDocument] = [:]
    private var delayed: [FileName: Date] = [:]
    private var pausedUntil: Date?
    private var rescanRequested = false
    private var rescanDue: Date?
    private var reloadRequested = false
    private var stopRequested = false

    /// Queues a file unless it is queued already. An inotify announcement makes a file
    /// ready at once, even one a scan put on hold.
    func add(_ name: FileName, fromScan: Bool) {
        condition.withLock {
            if !fromScan { delayed[name] = nil }
            if let queuedFromScan = files[name] {
                if queuedFromScan && !fromScan { files[name] = false }
            } else if delayed[name] == nil {
                files[name] = fromScan
                order.append(.file(name))
            }
            condition.signal()
        }
    }

    /// Queues what a scan of the folder found, in the scan's (name) order, ahead of the files
    /// the watch announced: those the scan also found take their place in its order, and one
    /// announced after the scan listed the folder arrived after all it found. So a file that
    /// arrives while the daemon is starting never overtakes files that waited longer.
    func addScanned(_ names: [FileName]) {
        condition.withLock {
            let scanned = Set(names)
            let isScanned = { (item: Item) -> Bool in if case .file(let name) = item { scanned.contains(name) } else { false } }
            order.removeAll(where: isScanned)
            var position = order.firstIndex { if case .file = $0 { true } else { false } } ?? order.count
            for name in names where delayed[name] == nil {
                if files[name] == nil { files[name] = true }
                order.insert(.file(name), at: position)
                position += 1
            }
            condition.signal()
        }
    }

    /// Queues a feed entry's document unless that entry is queued already.
    func add(_ document: EntryDocument) {
        condition.withLock {
            if entryDocuments.updateValue(document, forKey: document.entry) == nil { order.append(.feed(document.entry)) }
            condition.signal()
        }
    }

    /// Holds a file until `time` (still being written, or not yet settled).
    func hold(_ name: FileName, until time: Date) {
        condition.withLock {
            delayed[name] = time
            condition.signal()
        }
    }

    /// Puts the work back at the front and takes no document before `time` (after a failure of
    /// the database or the alert log, so that documents keep their order).
    func retry(_ work: Work, after time: Date) {
        condition.withLock {
            switch work {
            case .file(let name, let fromScan):
                if files[name] == nil {
                    files[name] = fromScan
                    order.insert(.file(name), at: 0)
                }
            case .entryDocument(let document):
                if entryDocuments.updateValue(document, forKey: document.entry) == nil { order.insert(.feed(document.entry), at: 0) }
            case .rescan, .reload, .stop:
                break
            }
            pausedUntil = time
            condition.signal()
        }
    }

    func requestRescan() { flag { $0.rescanRequested = true } }
    /// A scan that failed (e.g. out of descriptors) is tried again at `time`.
    func requestRescan(at time: Date) { flag { $0.rescanDue = min(time, $0.rescanDue ?? time) } }
    func requestReload() { flag { $0.reloadRequested = true } }
    func requestStop() { flag { $0.stopRequested = true } }
    var isStopRequested: Bool { condition.withLock { stopRequested } }

    var pendingCount: Int { condition.withLock { order.count + delayed.count } }

    private func flag(_ set: (WorkQueue) -> Void) {
        condition.withLock {
            set(self)
            condition.signal()
        }
    }

    /// Blocks until there is something to do, or `idleFor` seconds passed with nothing to do
    /// (nil: there is no such limit).
    func next(idleFor: TimeInterval? = nil) -> Work? {
        let giveUp = idleFor.map { Date().addingTimeInterval($0) }
        condition.lock()
        defer { condition.unlock() }
        while true {
            if stopRequested { return .stop }
            if reloadRequested { reloadRequested = false; return .reload }
            let now = Date()
            if rescanRequested || rescanDue.map({ $0 <= now }) == true {
                rescanRequested = false
                rescanDue = nil
                return .rescan
            }
            // Due files join in the order they fell due, ties in name order, as a scan lists them.
            let due = delayed.filter { $0.value <= now }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            for (name, _) in due {
                delayed[name] = nil
                if files[name] == nil {
                    files[name] = true
                    order.append(.file(name))
                }
            }
            let pause = pausedUntil.flatMap { $0 > now ? $0 : nil }
            if pause == nil, !order.isEmpty {
                pausedUntil = nil
                switch order.removeFirst() {
                case .file(let name):
                    return .file(name, fromScan: files.removeValue(forKey: name) ?? true)
                case .feed(let entry):
                    if let document = entryDocuments.removeValue(forKey: entry) { return .entryDocument(document) }
                    continue
                }
            }
            if let giveUp, now >= giveUp { return nil }
            let wakeTimes = Array(delayed.values) + [pause, giveUp, rescanDue].compactMap { $0 }
            if let soonest = wakeTimes.min() {
                _ = condition.wait(until: soonest)
            } else {
                condition.wait()
            }
        }
    }
}
