public import Foundation

/// How often feeds are fetched and how failures slow that down.
public struct SchedulePolicy: Sendable, Equatable {
    /// Fetch interval of a feed that has none of its own.
    public var interval: TimeInterval
    /// Each interval is stretched or shrunk by up to this fraction, so feeds subscribed together
    /// drift apart instead of hitting servers in step.
    public var jitter: Double
    /// Wait after the first failure; doubled on each further failure.
    public var backoffBase: TimeInterval
    /// Longest wait a failing feed is given, so it is retried at least this often.
    public var backoffCeiling: TimeInterval
    /// Longest Retry-After honoured (a server asking for a week gets this instead).
    public var retryAfterCeiling: TimeInterval
    /// Feeds found overdue at start (the daemon was down) are spread over this window rather
    /// than fetched all at once.
    public var catchUpWindow: TimeInterval

    public init(interval: TimeInterval = 15 * 60, jitter: Double = 0.1, backoffBase: TimeInterval = 60,
                backoffCeiling: TimeInterval = 6 * 3600, retryAfterCeiling: TimeInterval = 24 * 3600,
                catchUpWindow: TimeInterval = 5 * 60) {
        self.interval = interval
        self.jitter = jitter
        self.backoffBase = backoffBase
        self.backoffCeiling = backoffCeiling
        self.retryAfterCeiling = retryAfterCeiling
        self.catchUpWindow = catchUpWindow
    }
}
