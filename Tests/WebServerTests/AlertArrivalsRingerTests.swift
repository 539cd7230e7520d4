import Foundation
import Store
import Testing
import WebServer

/// `tally serve` over PostgreSQL: each word that alerts were committed rings the event streams'
/// broadcast once; stopping closes the listener and ends the thread, ringing nothing more.
@Suite struct AlertArrivalsRingerTests {
    @Test func eachWordRingsOnceAndStoppingClosesTheListener() async {
        let arrivals = ScriptedArrivals()
        let broadcast = Broadcast()
        let ringer = AlertArrivalsRinger(arrivals: arrivals, alertsCommitted: broadcast)
        ringer.start()
        arrivals.say()
        #expect(await Broadcast.any(of: [(broadcast, 0)], within: .seconds(3600)))
        arrivals.say()
        #expect(await Broadcast.any(of: [(broadcast, 1)], within: .seconds(3600)))
        ringer.stop()
        #expect(arrivals.isClosed)
        #expect(broadcast.rings == 2, "the close that ended the last wait rang nothing")
    }
}

/// Word handed out as the test says it, one per wait; a wait without word blocks until the
/// timeout or the close.
private final class ScriptedArrivals: AlertArrivals, @unchecked Sendable {
    private let condition = NSCondition()
    private var words = 0
    private var closed = false

    var isClosed: Bool { condition.withLock { closed } }

    func say() {
        condition.withLock {
            words += 1
            condition.broadcast()
        }
    }

    func waitForAlerts(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        return condition.withLock {
            while !closed, words == 0, condition.wait(until: deadline) {}
            guard !closed, words > 0 else { return false }
            words -= 1
            return true
        }
    }

    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }
}
