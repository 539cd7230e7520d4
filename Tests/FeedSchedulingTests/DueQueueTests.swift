import FeedScheduling
import Foundation
import TestSupport
import Testing

@Suite struct DueQueueTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func feedsComeOutInTheOrderTheyFallDueAndOnlyOnceDue() {
        var queue = DueQueue<Int64>()
        queue.schedule(3, at: t0 + 30)
        queue.schedule(1, at: t0 + 10)
        queue.schedule(2, at: t0 + 20)
        #expect(queue.soonest() == t0 + 10)
        #expect(queue.takeDue(by: t0 + 5) == nil, "nothing due yet")
        #expect(queue.takeDue(by: t0 + 25) == 1)
        #expect(queue.takeDue(by: t0 + 25) == 2)
        #expect(queue.takeDue(by: t0 + 25) == nil)
        #expect(queue.count == 1)
        #expect(queue.dueDate(of: 1) == nil, "a feed taken out is being fetched: not queued")
    }

    @Test func reschedulingMovesAFeedAndRemovingDropsIt() {
        var queue = DueQueue<Int64>()
        queue.schedule(1, at: t0 + 10)
        queue.schedule(2, at: t0 + 20)
        queue.schedule(1, at: t0 + 40)
        queue.remove(2)
        #expect(queue.soonest() == t0 + 40, "the old place of 1 and the removed 2 are gone")
        #expect(queue.takeDue(by: t0 + 100) == 1)
        #expect(queue.takeDue(by: t0 + 100) == nil)
        #expect(queue.soonest() == nil)
    }

    @Test func equalTimesComeOutByID() {
        var queue = DueQueue<Int64>()
        for id in [5, 2, 9, 1] as [Int64] { queue.schedule(id, at: t0) }
        #expect((0..<4).compactMap { _ in queue.takeDue(by: t0) } == [1, 2, 5, 9])
    }

    /// Against a plain dictionary scanned in full, over random schedules, moves, removals and
    /// takes: the same feed comes out every time.
    @Test func agreesWithAFullScanOverRandomOperations() {
        var random = SplitMix64(seed: 42)
        var queue = DueQueue<Int64>()
        var model: [Int64: Date] = [:]
        var now = t0
        for _ in 0..<20_000 {
            let id = Int64.random(in: 0..<300, using: &random)
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<5:
                let due = t0 + Double(Int.random(in: 0..<5_000, using: &random))
                queue.schedule(id, at: due)
                model[id] = due
            case 5:
                queue.remove(id)
                model[id] = nil
            default:
                now += Double(Int.random(in: 0..<50, using: &random))
                let expected = model.filter { $0.value <= now }.min { ($0.value, $0.key) < ($1.value, $1.key) }?.key
                #expect(queue.takeDue(by: now) == expected)
                if let expected { model[expected] = nil }
            }
            #expect(queue.count == model.count)
        }
    }
}
