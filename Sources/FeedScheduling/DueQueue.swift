public import Foundation
import HeapModule

/// The feeds in the order they fall due, so a service of thousands finds the next due feed in
/// O(log n) instead of scanning every feed on every wake. A feed taken out (being fetched) is
/// not in the queue until it is scheduled again; rescheduling a queued feed moves it.
public struct DueQueue<ID: Hashable & Comparable & Sendable>: Sendable {
    private struct Slot: Comparable, Sendable {
        var due: Date
        var id: ID
        static func < (a: Slot, b: Slot) -> Bool { (a.due, a.id) < (b.due, b.id) }
    }

    /// May hold stale slots (a feed moved or removed); `dueDates` is the truth.
    private var heap = Heap<Slot>()
    private var dueDates: [ID: Date] = [:]

    public init() {}

    /// Feeds waiting in the queue.
    public var count: Int { dueDates.count }

    public func dueDate(of id: ID) -> Date? { dueDates[id] }

    public mutating func schedule(_ id: ID, at due: Date) {
        dueDates[id] = due
        heap.insert(Slot(due: due, id: id))
        // Rescheduling without taking leaves stale slots behind: rebuild before they outnumber the live ones.
        if heap.count > 2 * dueDates.count + 64 {
            heap = Heap(dueDates.map { Slot(due: $0.value, id: $0.key) })
        }
    }

    public mutating func remove(_ id: ID) {
        dueDates[id] = nil
    }

    /// When the first queued feed falls due.
    public mutating func soonest() -> Date? {
        dropStaleTop()
        return heap.min?.due
    }

    /// Takes the feed due soonest, if it is due by `now`.
    public mutating func takeDue(by now: Date) -> ID? {
        dropStaleTop()
        guard let top = heap.min, top.due <= now else { return nil }
        heap.removeMin()
        dueDates[top.id] = nil
        return top.id
    }

    private mutating func dropStaleTop() {
        while let top = heap.min, dueDates[top.id] != top.due { heap.removeMin() }
    }
}
