import Foundation
import Lifecycle
public import Store

/// Rings `alertsCommitted` at each word from `arrivals`, on a thread of its own: how `tally serve`
/// over PostgreSQL wakes its event streams for the alerts every node commits.
public final class AlertArrivalsRinger: Sendable {
    private let arrivals: any AlertArrivals
    private let alertsCommitted: Broadcast
    private let thread = ServiceThread(name: "tally-alert-arrivals")

    public init(arrivals: any AlertArrivals, alertsCommitted: Broadcast) {
        self.arrivals = arrivals
        self.alertsCommitted = alertsCommitted
    }

    public func start() {
        thread.start { [self] in
            while !thread.isStopping {
                // A wait that ends without word rings nothing: the streams have a safety net of their own.
                if arrivals.waitForAlerts(timeout: 30) { alertsCommitted.ring() }
            }
        }
    }

    /// Stops listening and waits for the thread.
    public func stop() {
        thread.stop { [arrivals] in arrivals.close() }
    }
}
