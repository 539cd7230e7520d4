import Testing
import WebServer

@Suite struct BroadcastTests {
    @Test func aRingWakesEveryTaskWaitingOnIt() async {
        let broadcast = Broadcast()
        let waiters = (0..<3).map { _ in Task { await Broadcast.any(of: [(broadcast, 0)], within: .seconds(3600)) } }
        // Rung until every waiter has returned: a ring before a task waits counts for it too.
        let ringer = Task {
            while !Task.isCancelled {
                broadcast.ring()
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
        for waiter in waiters { #expect(await waiter.value, "woken by the ring, not the hour") }
        ringer.cancel()
    }

    @Test func aWaiterPastACountAlreadyExceededReturnsAtOnce() async {
        let broadcast = Broadcast()
        broadcast.ring()
        broadcast.ring()
        #expect(broadcast.rings == 2)
        #expect(await Broadcast.any(of: [(broadcast, 1)], within: .seconds(3600)))
        #expect(await !Broadcast.any(of: [(broadcast, 2)], within: .milliseconds(20)), "nothing new: the time runs out")
    }

    @Test func aCancelledWaiterReturns() async {
        let broadcast = Broadcast()
        let waiter = Task { await broadcast.wait(past: 0) }
        waiter.cancel()
        await waiter.value
        #expect(broadcast.rings == 0)
    }
}
