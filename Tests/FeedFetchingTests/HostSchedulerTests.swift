@testable import CurlFetching
import FeedFetching
import Testing

@Suite struct HostSchedulerTests {
    @Test func aHostNeverHasMoreThanItsLimitActive() {
        var scheduler = HostScheduler<Int>(perHost: 2)
        for item in 0..<5 { scheduler.enqueue(item, host: "a:80") }
        #expect(scheduler.next()?.item == 0)
        #expect(scheduler.next()?.item == 1)
        #expect(scheduler.next() == nil)
        scheduler.finished(host: "a:80")
        #expect(scheduler.next()?.item == 2)
        #expect(scheduler.next() == nil)
        #expect(scheduler.waitingCount == 2)
    }

    @Test func hostsTakeTurns() {
        var scheduler = HostScheduler<String>(perHost: 10)
        for index in 0..<4 { scheduler.enqueue("big\(index)", host: "big:443") }
        scheduler.enqueue("small0", host: "small:443")
        scheduler.enqueue("small1", host: "small:443")
        scheduler.enqueue("other0", host: "other:80")
        let order = (0..<7).compactMap { _ in scheduler.next()?.item }
        #expect(order == ["big0", "small0", "other0", "big1", "small1", "big2", "big3"])
    }

    @Test func aContinuingFetchGoesBeforeNewOnes() {
        var scheduler = HostScheduler<String>(perHost: 1)
        scheduler.enqueue("new1", host: "a:80")
        scheduler.enqueue("new2", host: "a:80")
        #expect(scheduler.next()?.item == "new1")
        scheduler.enqueue("redirected", host: "a:80", continuing: true)
        scheduler.finished(host: "a:80")
        #expect(scheduler.next()?.item == "redirected")
    }

    @Test func aLimitBelowOneStillLetsOneRun() {
        var scheduler = HostScheduler<Int>(perHost: 0)
        scheduler.enqueue(1, host: "a:80")
        #expect(scheduler.next()?.item == 1)
    }

    @Test func shutdownEmptiesEveryQueue() {
        var scheduler = HostScheduler<Int>(perHost: 1)
        for item in 0..<6 { scheduler.enqueue(item, host: "h\(item % 3):80") }
        _ = scheduler.next()
        #expect(Set(scheduler.removeAllWaiting()) == [1, 2, 3, 4, 5])
        #expect(scheduler.waitingCount == 0)
        #expect(scheduler.next() == nil)
    }

    @Test func manyItemsForOneHostStayCheap() {
        // Linear in the number of items: a queue that shifts its array would take minutes here.
        var scheduler = HostScheduler<Int>(perHost: 1)
        for item in 0..<200_000 { scheduler.enqueue(item, host: "one:80") }
        var fresh = 0, continuing = 0, inOrder = true
        while let next = scheduler.next() {
            scheduler.finished(host: next.host)
            if next.item < 0 {
                continuing += 1
                continue
            }
            inOrder = inOrder && next.item == fresh
            fresh += 1
            // Every other fetch is redirected: its next hop comes before the other new ones.
            if fresh % 2 == 0 { scheduler.enqueue(-1, host: "one:80", continuing: true) }
        }
        #expect(inOrder)
        #expect(fresh == 200_000)
        #expect(continuing == 100_000)
    }
}
