public import Foundation
import Timekeeping

/// When each feed is fetched next. Pure: the random source is passed in, so a schedule can be
/// replayed exactly in tests.
public enum FeedSchedule {
    /// A feed just subscribed, one of `count` subscribed together: one alone is fetched at once;
    /// a large import is spread at ten feeds a second, over half a minute at most.
    public static func firstDue(now: Date, among count: Int, using random: inout some RandomNumberGenerator) -> Date {
        now.addingTimeInterval(Double.random(in: 0...min(30, Double(max(0, count - 1)) / 10), using: &random))
    }

    /// At start: a feed still due later keeps its time; an overdue one (the daemon was down) is
    /// spread over the catch-up window, so a restart never fetches everything at once. A feed
    /// never fetched keeps its first due time, spread already when it was subscribed.
    public static func resume(_ state: FeedScheduleState, now: Date, interval: TimeInterval, policy: SchedulePolicy,
                              using random: inout some RandomNumberGenerator) -> FeedScheduleState {
        guard state.nextDue <= now, state.lastAttempt != nil else { return state }
        var resumed = state
        resumed.nextDue = now.addingTimeInterval(Double.random(in: 0...min(interval, policy.catchUpWindow), using: &random))
        return resumed
    }

    /// The state after a fetch that ended at `now`.
    public static func next(after result: FetchResult, state: FeedScheduleState, now: Date, interval: TimeInterval,
                            policy: SchedulePolicy, using random: inout some RandomNumberGenerator) -> FeedScheduleState {
        var next = state
        next.lastAttempt = now
        switch result {
        case .fresh, .notModified:
            next.errorStreak = 0
            next.lastSuccess = now
            next.nextDue = now.addingTimeInterval(jittered(interval, policy.jitter, &random))
        case .throttled(let retryAfter), .failed(_, let retryAfter):
            next.errorStreak = state.errorStreak + 1
            let backoff = jittered(backoffDelay(streak: next.errorStreak, interval: interval, policy: policy), policy.jitter, &random)
            // A server's stated wait is honoured (within reason); never sooner than it asked.
            let asked = retryAfter.map { min(max(0, $0), policy.retryAfterCeiling) } ?? 0
            next.nextDue = now.addingTimeInterval(max(backoff, asked))
        }
        return next
    }

    /// The first failure is retried after `backoffBase` (most failures pass); later ones wait at
    /// least the feed's own interval, doubling each time, up to the ceiling.
    static func backoffDelay(streak: Int, interval: TimeInterval, policy: SchedulePolicy) -> TimeInterval {
        let doubling = DoublingBackoff.delay(afterFailures: streak, first: policy.backoffBase, ceiling: policy.backoffCeiling)
        let delay = streak <= 1 ? doubling : max(doubling, interval)
        return min(delay, policy.backoffCeiling)
    }

    private static func jittered(_ delay: TimeInterval, _ jitter: Double, _ random: inout some RandomNumberGenerator) -> TimeInterval {
        guard jitter > 0, delay > 0 else { return delay }
        return delay * Double.random(in: (1 - jitter)...(1 + jitter), using: &random)
    }
}
