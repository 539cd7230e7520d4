public import Foundation

/// Where one feed stands in the schedule; kept in the database so a restart continues it.
public struct FeedScheduleState: Sendable, Equatable, Codable {
    public var nextDue: Date
    /// Failed fetches in a row (0 after any success).
    public var errorStreak: Int
    public var lastAttempt: Date?
    public var lastSuccess: Date?

    public init(nextDue: Date, errorStreak: Int = 0, lastAttempt: Date? = nil, lastSuccess: Date? = nil) {
        self.nextDue = nextDue
        self.errorStreak = errorStreak
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
    }
}
