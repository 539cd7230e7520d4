public import Foundation
import Timekeeping

/// How the daemon tries again a document that failed.
public struct RetryPolicy: Sendable, Equatable {
    /// The tries a document gets when it fails for a reason of its own (`DocumentFailure`) before
    /// it is set aside. Failures of the machine (`TransientFailure`) do not count.
    public var permanentTries: Int
    /// The pause after a failure; each failure in a row doubles it, up to 32 times as long
    /// (and never longer than `longestPause`).
    public var firstPause: TimeInterval
    public var longestPause: TimeInterval

    public init(permanentTries: Int = 3, firstPause: TimeInterval = 1, longestPause: TimeInterval = 60) {
        self.permanentTries = max(1, permanentTries)
        self.firstPause = firstPause
        self.longestPause = longestPause
    }

    /// The pause after `streak` failures in a row (1, 2, 4, ... seconds by default).
    func pause(afterFailuresInARow streak: Int) -> TimeInterval {
        DoublingBackoff.delay(afterFailures: streak, first: firstPause, ceiling: min(longestPause, 32 * firstPause))
    }
}
