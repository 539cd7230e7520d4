import Foundation
import Synchronization

/// Bounds a graceful stop. The first request starts the clock; if the process is still there
/// after `grace`, `expire` is called (and ends it). A second request calls it at once.
/// Ending the process in the middle of a document is safe: the document's rows commit in one
/// transaction, its alerts reach the log only after that, and a restart finishes a document
/// that was recorded but not moved; what was not committed is taken again from the start.
public final class StopDeadline: Sendable {
    public enum Expiry: Sendable, Equatable {
        case graceElapsed
        case requestedAgain
    }

    public let grace: Duration
    private let expire: @Sendable (Expiry) -> Void
    private let started = Atomic(false)

    public init(grace: Duration, expire: @escaping @Sendable (Expiry) -> Void) {
        self.grace = grace
        self.expire = expire
    }

    /// True for the first request: the caller starts the graceful stop.
    public func requestStop() -> Bool {
        guard !started.exchange(true, ordering: .sequentiallyConsistent) else {
            expire(.requestedAgain)
            return false
        }
        let thread = Thread { [grace, expire] in
            Thread.sleep(forTimeInterval: grace.timeInterval)
            expire(.graceElapsed)
        }
        thread.name = "tally-stop-deadline"
        thread.start()
        return true
    }
}
