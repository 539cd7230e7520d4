@testable import FeedScheduling
import Foundation
import TestSupport
import Testing

@Suite struct FeedScheduleTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let policy = SchedulePolicy(interval: 900, jitter: 0.1, backoffBase: 60, backoffCeiling: 6 * 3600, retryAfterCeiling: 86_400, catchUpWindow: 300)

    /// Seconds until the next fetch after `result`, over many draws of the jitter.
    func waits(after result: FetchResult, streak: Int = 0, seed: UInt64 = 1) -> [TimeInterval] {
        var random = SplitMix64(seed: seed)
        return (0..<500).map { _ in
            FeedSchedule.next(after: result, state: FeedScheduleState(nextDue: now, errorStreak: streak), now: now, interval: 900,
                              policy: policy, using: &random).nextDue.timeIntervalSince(now)
        }
    }

    func next(_ result: FetchResult, streak: Int = 0) -> FeedScheduleState {
        var random = SplitMix64(seed: 9)
        return FeedSchedule.next(after: result, state: FeedScheduleState(nextDue: now, errorStreak: streak), now: now, interval: 900,
                                 policy: policy, using: &random)
    }

    @Test func aSuccessSchedulesTheIntervalWithJitterAndClearsTheStreak() {
        let state = next(.fresh, streak: 3)
        #expect(state.errorStreak == 0)
        #expect(state.lastSuccess == now)
        #expect(state.lastAttempt == now)
        let spread = waits(after: .notModified, streak: 3)
        #expect(spread.allSatisfy { $0 >= 810 && $0 <= 990 })
        #expect(spread.contains { $0 > 970 } && spread.contains { $0 < 830 }, "the whole ±10% is used")
    }

    @Test func failuresBackOffExponentiallyUpToTheCeiling() {
        let delays = (1...12).map { FeedSchedule.backoffDelay(streak: $0, interval: 900, policy: policy) }
        #expect(delays[0] == 60)              // one quick retry: most failures pass
        #expect(delays[1] == 900)             // then never more often than a healthy feed
        #expect(delays[4] == 960)             // 60 × 2^4
        #expect(delays[6] == 3840)
        #expect(delays.last == 21_600.0)      // the ceiling: six hours
        #expect(zip(delays, delays.dropFirst()).allSatisfy { $0 <= $1 })
    }

    @Test func eachFailureLengthensTheStreakAndWaitsTheBackOff() {
        let state = next(.failed(reason: "HTTP 500", retryAfter: nil), streak: 4)
        #expect(state.errorStreak == 5)
        #expect(state.lastSuccess == nil)
        #expect(state.lastAttempt == now)
        #expect(waits(after: .failed(reason: "HTTP 500", retryAfter: nil), streak: 4).allSatisfy { $0 >= 960 * 0.9 && $0 <= 960 * 1.1 })
    }

    @Test func retryAfterIsHonouredButCapped() {
        #expect(next(.throttled(retryAfter: 7200)).errorStreak == 1)
        #expect(waits(after: .throttled(retryAfter: 7200)).allSatisfy { $0 == 7200 })
        #expect(waits(after: .throttled(retryAfter: 30 * 86_400)).allSatisfy { $0 == 86_400 })
        // A Retry-After shorter than the back-off does not make the retry sooner.
        #expect(waits(after: .failed(reason: "HTTP 503", retryAfter: 5), streak: 5).allSatisfy { $0 >= 1920 * 0.9 })
    }

    @Test func aRestartKeepsFutureTimesAndSpreadsOverdueFeeds() {
        var random = SplitMix64(seed: 4)
        let future = FeedScheduleState(nextDue: now.addingTimeInterval(500), errorStreak: 2)
        #expect(FeedSchedule.resume(future, now: now, interval: 900, policy: policy, using: &random) == future)
        let overdue = (0..<1000).map { _ in
            FeedSchedule.resume(FeedScheduleState(nextDue: now.addingTimeInterval(-86_400), lastAttempt: now.addingTimeInterval(-87_000)),
                                now: now, interval: 900, policy: policy, using: &random)
                .nextDue.timeIntervalSince(now)
        }
        #expect(overdue.allSatisfy { $0 >= 0 && $0 <= 300 })
        #expect(overdue.filter { $0 < 60 }.count < 400, "spread over the window, not bunched at the start")
        let neverFetched = FeedScheduleState(nextDue: now.addingTimeInterval(-5))
        #expect(FeedSchedule.resume(neverFetched, now: now, interval: 900, policy: policy, using: &random) == neverFetched,
                "a feed subscribed while the daemon was down is fetched at once")
    }

    @Test func aNewFeedIsFetchedAtOnceAndALargeImportIsSpreadOverHalfAMinute() {
        var random = SplitMix64(seed: 3)
        #expect(FeedSchedule.firstDue(now: now, among: 1, using: &random) == now)
        let ten = (0..<100).map { _ in FeedSchedule.firstDue(now: now, among: 10, using: &random).timeIntervalSince(now) }
        #expect(ten.allSatisfy { (0...0.9).contains($0) })
        let thousand = (0..<1_000).map { _ in FeedSchedule.firstDue(now: now, among: 1_000, using: &random).timeIntervalSince(now) }
        #expect(thousand.allSatisfy { (0...30).contains($0) })
        #expect(thousand.filter { $0 < 15 }.count < 600, "spread, not bunched at the start")
    }
}

@Suite struct RetryAfterTests {
    let now = Date(timeIntervalSince1970: 1_792_567_680) // 2026-10-21T07:28:00Z

    @Test func secondsAndDates() {
        #expect(RetryAfter.seconds("120", now: now) == 120)
        #expect(RetryAfter.seconds(" 0 ", now: now) == 0)
        #expect(RetryAfter.seconds("Wed, 21 Oct 2026 08:28:00 GMT", now: now) == 3600)
        #expect(RetryAfter.seconds("Wednesday, 21-Oct-26 07:38:00 GMT", now: now) == 600)
        #expect(RetryAfter.seconds("Tue, 20 Oct 2026 07:28:00 GMT", now: now) == 0)
    }

    @Test func nonsenseIsIgnored() {
        #expect(RetryAfter.seconds(nil, now: now) == nil)
        #expect(RetryAfter.seconds("", now: now) == nil)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
        #expect(RetryAfter.seconds("-5", now: now) == nil)
        #expect(RetryAfter.seconds("Wed, 32 Foo 2026 07:28:00 GMT", now: now) == nil)
    }
}
