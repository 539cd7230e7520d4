import Foundation
import Notifiers
import Testing

@Suite struct RetryScheduleTests {
    let created = Date(timeIntervalSince1970: 1_000_000)
    let schedule = RetrySchedule(initialDelay: 5, maximumDelay: 600, giveUpAfter: 3600)

    @Test func twoHundredsAreSent() {
        #expect(schedule.decide(after: 1, .status(200, retryAfter: nil, now: created), created: created, now: created) == .sent)
        #expect(schedule.decide(after: 1, .status(204, retryAfter: nil, now: created), created: created, now: created) == .sent)
        #expect(schedule.decide(after: 1, .exited(0), created: created, now: created) == .sent)
    }

    @Test func serverErrorsAndTimeoutsBackOffDoublingUpToTheMaximum() {
        let now = created.addingTimeInterval(10)
        #expect(schedule.decide(after: 1, .status(500, retryAfter: nil, now: now), created: created, now: now)
            == .retry(at: now.addingTimeInterval(5), reason: "HTTP 500"))
        #expect(schedule.decide(after: 3, .status(503, retryAfter: nil, now: now), created: created, now: now)
            == .retry(at: now.addingTimeInterval(20), reason: "HTTP 503"))
        #expect(schedule.decide(after: 30, .timedOut, created: created, now: now) == .retry(at: now.addingTimeInterval(600), reason: "timed out"))
        #expect(schedule.decide(after: 2, .failed("Connection refused"), created: created, now: now)
            == .retry(at: now.addingTimeInterval(10), reason: "Connection refused"))
    }

    @Test func retryAfterIsHonouredInSecondsOrAsADateButCapped() {
        let now = created
        #expect(schedule.decide(after: 1, .status(429, retryAfter: "120", now: now), created: created, now: now)
            == .retry(at: now.addingTimeInterval(120), reason: "HTTP 429"))
        #expect(schedule.decide(after: 1, .status(429, retryAfter: "86400", now: now), created: created, now: now)
            == .retry(at: now.addingTimeInterval(600), reason: "HTTP 429"), "a day is capped at the maximum delay")
        #expect(schedule.decide(after: 1, .status(429, retryAfter: "1", now: now), created: created, now: now)
            == .retry(at: now.addingTimeInterval(5), reason: "HTTP 429"), "never sooner than the back-off")
        #expect(RetryAfter.seconds("Wed, 21 Oct 2015 07:28:00 GMT", now: Date(timeIntervalSince1970: 1_445_412_400)) == 80)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
        #expect(RetryAfter.seconds("-3", now: now) == nil)
    }

    @Test func anAttemptPastTheDeadlineGivesUpWithTheLastReason() {
        let now = created.addingTimeInterval(3590)
        guard case .giveUp(let reason) = schedule.decide(after: 12, .status(502, retryAfter: nil, now: now), created: created, now: now) else {
            Issue.record("expected a give-up")
            return
        }
        #expect(reason.hasPrefix("HTTP 502; gave up after 12 attempts"))
    }

    @Test func otherClientErrorsAndUnstartableCommandsGiveUpAtOnce() {
        guard case .giveUp(let reason) = schedule.decide(after: 1, .status(401, retryAfter: nil, now: created), created: created, now: created) else {
            Issue.record("expected a give-up")
            return
        }
        #expect(reason.contains("check the notifier's url and secret"))
        if case .giveUp = schedule.decide(after: 1, .couldNotStart("No such file or directory"), created: created, now: created) {} else {
            Issue.record("expected a give-up")
        }
        #expect(schedule.decide(after: 1, .status(408, retryAfter: nil, now: created), created: created, now: created)
            == .retry(at: created.addingTimeInterval(5), reason: "HTTP 408"))
        #expect(schedule.decide(after: 1, .killedAtBound(2), created: created, now: created)
            == .retry(at: created.addingTimeInterval(5), reason: "the command ran longer than 2.0 s and was killed"))
    }
}
