import Foundation
public import Logging
import Synchronization

/// Keeps systemd informed over a `SystemdNotifier`: READY=1 once the daemon is up, then on a
/// thread of its own STATUS= whenever the status text changes (looked at every
/// `statusEvery`) and, with a watchdog, WATCHDOG=1 every half interval, but only while the
/// worker's heartbeat says it is alive: a hung worker stops the pings and systemd restarts
/// the service. STOPPING=1 when a stop begins.
public final class ServiceReporter: Sendable {
    private let notifier: SystemdNotifier
    private let watchdog: WatchdogTiming?
    private let heartbeat: Heartbeat
    private let workBudget: Duration
    private let statusEvery: Duration
    private let status: @Sendable () -> String
    private let logger: Logger
    private let stoppingRequested = Atomic(false)
    /// A failing socket would fail every few seconds: the first failure is logged, not the rest.
    private let failureLogged = Atomic(false)

    public init(notifier: SystemdNotifier, watchdog: WatchdogTiming?, heartbeat: Heartbeat, logger: Logger,
                statusEvery: Duration = .seconds(2), workBudget: Duration = WorkerLiveness.workBudget,
                status: @escaping @Sendable () -> String) {
        self.notifier = notifier
        self.watchdog = watchdog
        self.heartbeat = heartbeat
        self.workBudget = workBudget
        self.statusEvery = statusEvery
        self.status = status
        self.logger = logger
    }

    /// Sends READY=1 with the first status and starts the reports (systemd's watchdog runs from
    /// READY=1 on).
    public func ready() {
        guard notifier.isListening else { return }
        let firstStatus = status()
        send([.ready, .status(firstStatus)])
        let thread = Thread { [self] in
            var lastStatus = firstStatus
            let clock = ContinuousClock()
            var nextPing = watchdog.map { clock.now + $0.pingEvery }
            var nextStatus = clock.now + statusEvery
            while true {
                let wake = min(nextPing ?? nextStatus, nextStatus)
                Thread.sleep(forTimeInterval: max(0, clock.now.duration(to: wake).timeInterval))
                let now = clock.now, stopping = isStopping
                if stopping && watchdog == nil { return }
                if let watchdog, let due = nextPing, now >= due {
                    if WorkerLiveness.isResponsive(heartbeat.latest, now: now, staleAfter: watchdog.staleAfter, workBudget: workBudget) {
                        send([.watchdog])
                    }
                    nextPing = now + watchdog.pingEvery
                }
                if now >= nextStatus {
                    let current = status()
                    // Once stopping, the last status says so and stays.
                    if current != lastStatus && !stopping { send([.status(current)]) }
                    lastStatus = current
                    nextStatus = now + statusEvery
                }
            }
        }
        thread.name = "tally-systemd"
        thread.start()
    }

    /// STOPPING=1; status reports end, watchdog pings go on while the worker finishes.
    public func stopping() {
        stoppingRequested.store(true, ordering: .sequentiallyConsistent)
        send([.stopping, .status("stopping: finishing the work in hand")])
    }

    private var isStopping: Bool { stoppingRequested.load(ordering: .sequentiallyConsistent) }

    private func send(_ states: [ServiceState]) {
        do {
            try notifier.send(states)
        } catch {
            if !failureLogged.exchange(true, ordering: .sequentiallyConsistent) { logger.warning("cannot notify systemd; further failures are not logged", metadata: ["error": "\(error.description)"]) }
        }
    }
}
