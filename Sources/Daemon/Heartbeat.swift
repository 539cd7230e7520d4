import Foundation
import Synchronization

/// The worker's sign of life, which the service watchdog pings from. The worker stamps it each
/// time round its loop ("waiting") and when it takes a piece of work ("working"). An idle
/// worker wakes at least every `idleWake`, so an old "waiting" stamp means it is stuck. A
/// document cannot stamp while the pure stages work on it (they know nothing of the daemon),
/// so a piece of work gets a budget instead, `WorkerLiveness.workBudget`: still running after
/// that, it is taken to be hung.
public final class Heartbeat: Sendable {
    public struct Stamp: Equatable, Sendable {
        public var at: ContinuousClock.Instant
        public var working: Bool

        public init(at: ContinuousClock.Instant, working: Bool) {
            self.at = at
            self.working = working
        }
    }

    /// The longest idle wait of the worker; nil: it may wait for work indefinitely.
    public let idleWake: Duration?
    private let stamp = Mutex(Stamp(at: .now, working: false))

    public init(idleWake: Duration?) { self.idleWake = idleWake }

    public func waiting() { stamp.withLock { $0 = Stamp(at: .now, working: false) } }
    public func working() { stamp.withLock { $0 = Stamp(at: .now, working: true) } }
    public var latest: Stamp { stamp.withLock { $0 } }
}

public enum WorkerLiveness {
    /// A document is at most `max_file_bytes` (16 MiB by default, and more than 2,000 figures
    /// set it aside); a 20 MB document stating 136,000 figures took 25 s in a release build.
    /// Five minutes leaves room for a raised limit and a slow disk without letting a hang go
    /// unnoticed for long.
    public static let workBudget: Duration = .seconds(300)

    /// Whether the worker still counts as alive: idle, it came round within `staleAfter`;
    /// at work, it started within `workBudget`.
    public static func isResponsive(_ stamp: Heartbeat.Stamp, now: ContinuousClock.Instant,
                                    staleAfter: Duration, workBudget: Duration) -> Bool {
        now - stamp.at < (stamp.working ? workBudget : staleAfter)
    }
}

extension Duration {
    /// For the Foundation waits (`Thread.sleep`, `NSCondition.wait(until:)`).
    var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
