public import Foundation
import Timekeeping

/// When to try a delivery again, and when to stop: doubling waits from `initialDelay` up to
/// `maximumDelay`, a server's Retry-After honoured (capped at `maximumDelay`),
/// and no attempt later than `giveUpAfter` from the alert's delivery being committed.
public struct RetrySchedule: Sendable, Equatable {
    public var initialDelay: TimeInterval
    public var maximumDelay: TimeInterval
    public var giveUpAfter: TimeInterval

    public init(initialDelay: TimeInterval = 5, maximumDelay: TimeInterval = 600, giveUpAfter: TimeInterval = 86_400) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.giveUpAfter = giveUpAfter
    }

    /// What to do after attempt number `attempts` (1 for the first) ended with `result`.
    /// `created`: when the delivery was committed, which the give-up deadline counts from.
    public func decide(after attempts: Int, _ result: AttemptResult, created: Date, now: Date) -> DeliveryDecision {
        switch result.verdict {
        case .delivered:
            return .sent
        case .refused(let reason):
            return .giveUp(reason: reason)
        case .retryable(let reason, let retryAfter):
            let deadline = created.addingTimeInterval(giveUpAfter)
            let backoff = DoublingBackoff.delay(afterFailures: attempts, first: initialDelay, ceiling: maximumDelay)
            // A server asking for a longer pause gets it; one asking for an absurd one is capped.
            let wait = max(backoff, min(retryAfter ?? 0, maximumDelay))
            let next = now.addingTimeInterval(wait)
            guard next <= deadline else {
                return .giveUp(reason: "\(reason); gave up after \(attempts) attempt\(attempts == 1 ? "" : "s") over \(Self.describe(now.timeIntervalSince(created)))")
            }
            return .retry(at: next, reason: reason)
        }
    }

    static func describe(_ seconds: TimeInterval) -> String {
        if seconds < 120 { return "\(Int(seconds.rounded())) s" }
        if seconds < 7200 { return "\(Int((seconds / 60).rounded())) min" }
        return "\(Int((seconds / 3600).rounded())) h"
    }
}

/// What one attempt came to.
public enum AttemptResult: Sendable, Equatable {
    /// An HTTP response; `retryAfter` is the header as sent.
    case status(Int, retryAfter: String?, now: Date)
    case timedOut
    /// No response: refused, reset, name not found, TLS.
    case failed(String)
    /// The command exited with this status.
    case exited(Int32)
    /// The command ran past its time bound and was killed.
    case killedAtBound(TimeInterval)
    /// The command could not be started (not found, not executable).
    case couldNotStart(String)

    enum Verdict: Equatable {
        case delivered
        case retryable(String, retryAfter: TimeInterval?)
        case refused(String)
    }

    var verdict: Verdict {
        switch self {
        case .status(let status, let retryAfter, let now):
            if (200..<300).contains(status) { return .delivered }
            if status == 429 || status == 408 || (500..<600).contains(status) {
                return .retryable("HTTP \(status)", retryAfter: retryAfter.flatMap { RetryAfter.seconds($0, now: now) })
            }
            // Another answer (401, 404, a redirect) will not change by asking again: the
            // configuration needs fixing, and the operator hears of it now rather than in a day.
            return .refused("HTTP \(status): the receiver refused the notification; check the notifier's url and secret")
        case .timedOut:
            return .retryable("timed out", retryAfter: nil)
        case .failed(let detail):
            return .retryable(detail, retryAfter: nil)
        case .exited(0):
            return .delivered
        case .exited(let code):
            return .retryable("the command exited with status \(code)", retryAfter: nil)
        case .killedAtBound(let seconds):
            return .retryable("the command ran longer than \(seconds) s and was killed", retryAfter: nil)
        case .couldNotStart(let detail):
            return .refused("the command could not be started: \(detail)")
        }
    }
}

/// What becomes of a delivery after an attempt.
public enum DeliveryDecision: Sendable, Equatable {
    case sent
    case retry(at: Date, reason: String)
    case giveUp(reason: String)
}

/// The Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3).
public enum RetryAfter {
    public static func seconds(_ value: String, now: Date) -> TimeInterval? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(trimmed) { return seconds >= 0 ? TimeInterval(seconds) : nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
