@testable import Daemon
import Foundation
import Synchronization
import TestSupport
import Testing

@Suite struct StopDeadlineTests {
    @Test func aStopThatTakesLongerThanTheGraceIsEndedThen() throws {
        let expired = Mutex<(expiry: StopDeadline.Expiry, after: Duration)?>(nil)
        let origin = ContinuousClock.now
        let deadline = StopDeadline(grace: .milliseconds(300)) { expiry in
            expired.withLock { $0 = (expiry, origin.duration(to: .now)) }
        }
        #expect(deadline.requestStop())
        Thread.sleep(forTimeInterval: 0.1)
        #expect(expired.withLock { $0 } == nil)
        #expect(waitUntil(within: 3) { expired.withLock { $0 } != nil })
        let (expiry, after) = try #require(expired.withLock { $0 })
        #expect(expiry == .graceElapsed)
        #expect(after >= .milliseconds(300))
    }

    @Test func aSecondRequestEndsItAtOnce() {
        let expiries = Mutex<[StopDeadline.Expiry]>([])
        let deadline = StopDeadline(grace: .seconds(60)) { expiry in expiries.withLock { $0.append(expiry) } }
        #expect(deadline.requestStop())
        #expect(!deadline.requestStop())
        #expect(expiries.withLock { $0 } == [.requestedAgain])
    }
}
