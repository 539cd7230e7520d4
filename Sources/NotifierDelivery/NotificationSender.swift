public import CoreMetrics
public import FeedFetching
import Foundation
import Lifecycle
public import Logging
import Model
public import Notifiers
public import Store

/// Sends the deliveries the pipeline committed, on a thread of its own: takes the due ones from
/// the store, sends each (HTTP through its own fetcher, commands on a thread each), and records
/// what came of it (sent, retry at a time, given up). Ingestion never waits for it: the pipeline
/// only commits rows and calls `wake`.
///
/// Killed at any point, a delivery is either recorded as sent or still pending, and is sent
/// again on the next start, with the same idempotency key.
public final class NotificationSender: @unchecked Sendable {
    private let store: any StoreBackend
    private let notifiers: [String: Notifier]
    private let fetcher: any HTTPFetching
    private let logger: Logger
    private let metricsFactory: any MetricsFactory
    private let maximumInFlight: Int
    private let mailbox = Mailbox()
    private let thread = ServiceThread(name: "tally-notify")

    /// `fetcher` is the sender's own (feeds keep theirs), shut down by the owner after `stop`.
    public init(store: any StoreBackend, notifiers: [Notifier], fetcher: any HTTPFetching, logger: Logger,
                metricsFactory: any MetricsFactory = MetricsSystem.factory, maximumInFlight: Int = 32) {
        self.store = store
        self.notifiers = Dictionary(notifiers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.fetcher = fetcher
        self.logger = logger
        self.metricsFactory = metricsFactory
        self.maximumInFlight = max(1, maximumInFlight)
    }

    public func start() {
        thread.start { [self] in run() }
    }

    /// New deliveries were committed: look now rather than at the next due time.
    public func wake() { mailbox.poke() }

    /// Stops the thread. A send in flight is not waited for: its delivery stays pending and goes
    /// again on the next start.
    public func stop() {
        thread.stop { mailbox.poke() }
    }

    struct Finished: Sendable {
        var delivery: PendingDelivery
        var result: AttemptResult
    }

    private func run() {
        var inFlight: Set<Int64> = []
        var metrics = DeliveryMetrics(factory: metricsFactory)
        var failures = 0
        while !thread.isStopping {
            let finished = mailbox.takeFinished()
            let now = Date()
            var nextLook = now.addingTimeInterval(60)
            do {
                if !finished.isEmpty {
                    try record(finished, now: now, metrics: &metrics)
                    for item in finished { inFlight.remove(item.delivery.id) }
                }
                // One snapshot for what is due now and when the next one is.
                let room = maximumInFlight - inFlight.count
                let (due, next) = try store.read { reader in
                    let due = room > 0 ? try reader.dueDeliveries(at: now, excluding: inFlight, limit: room) : []
                    return (due, try reader.nextDeliveryDue(excluding: inFlight.union(due.map(\.id))))
                }
                for delivery in due {
                    inFlight.insert(delivery.id)
                    send(delivery)
                }
                if let next { nextLook = min(nextLook, next) }
                failures = 0
            } catch {
                // The results not recorded are sent again: a repeat, never a loss.
                failures += 1
                for item in finished { inFlight.remove(item.delivery.id) }
                logger.error("cannot read or record notifications; retrying", metadata: ["error": "\(error)"])
                nextLook = now.addingTimeInterval(min(30, Double(failures)))
            }
            mailbox.wait(until: nextLook)
        }
    }

    private func send(_ delivery: PendingDelivery) {
        guard let notifier = notifiers[delivery.notifier] else {
            mailbox.finish(Finished(delivery: delivery, result: .couldNotStart("the notifier \(delivery.notifier) is no longer in the configuration")))
            return
        }
        let mailbox = self.mailbox
        switch NotificationMessage.build(delivery.alert.alert, id: delivery.alert.id, for: notifier.target) {
        case .post(let url, let headers, let body):
            let request = HTTPRequest.post(url: url, body: body, headers: headers.map { HTTPHeaderField($0.name, $0.value) },
                                           timeout: .milliseconds(Int64(notifier.timeout * 1000)), tag: delivery.id)
            fetcher.fetch(request) { response in
                mailbox.finish(Finished(delivery: delivery, result: Self.result(of: response)))
            }
        case .run(let command, let input):
            let timeout = notifier.timeout
            Thread.detachNewThread {
                mailbox.finish(Finished(delivery: delivery, result: CommandRunner.run(command, input: input, timeout: timeout)))
            }
        }
    }

    /// What an HTTP response means for a delivery.
    public static func result(of response: HTTPResponse) -> AttemptResult {
        switch response.failure {
        case .timedOut?: .timedOut
        case let failure?: .failed(failure.description)
        case nil: .status(response.status, retryAfter: response.headers["retry-after"], now: Date())
        }
    }

    private func record(_ finished: [Finished], now: Date, metrics: inout DeliveryMetrics) throws {
        let decided = finished.map { item -> (Finished, DeliveryDecision) in
            let schedule = notifiers[item.delivery.notifier]?.retry ?? RetrySchedule()
            return (item, schedule.decide(after: item.delivery.attempts + 1, item.result, created: item.delivery.createdAt, now: now))
        }
        try store.write { tx in
            for (item, decision) in decided {
                let update: DeliveryUpdate = switch decision {
                case .sent: .sent(at: now)
                case .retry(let next, let reason): .retry(at: next, attemptedAt: now, error: reason)
                case .giveUp(let reason): .gaveUp(at: now, error: reason)
                }
                try tx.recordDelivery(id: item.delivery.id, notifier: item.delivery.notifier, update)
            }
        }
        for (item, decision) in decided {
            let metadata: Logger.Metadata = ["notifier": "\(item.delivery.notifier)", "alert": "\(item.delivery.alert.id)",
                                             "attempt": "\(item.delivery.attempts + 1)"]
            switch decision {
            case .sent:
                metrics.count(notifier: item.delivery.notifier, outcome: "sent")
            case .retry(let next, let reason):
                metrics.count(notifier: item.delivery.notifier, outcome: "failed")
                logger.info("notification not delivered; will retry", metadata: metadata.merging(
                    ["error": "\(reason)", "retry_in_seconds": "\(Int(next.timeIntervalSince(now).rounded(.up)))"]) { $1 })
            case .giveUp(let reason):
                metrics.count(notifier: item.delivery.notifier, outcome: "given_up")
                logger.warning("notification given up", metadata: metadata.merging(["error": "\(reason)"]) { $1 })
            }
        }
    }
}

/// Results from the fetcher's thread and the command threads, and wake-ups, for the sender's thread.
private final class Mailbox: @unchecked Sendable {
    private let condition = NSCondition()
    private var finished: [NotificationSender.Finished] = []
    private var poked = false

    func finish(_ item: NotificationSender.Finished) {
        condition.withLock {
            finished.append(item)
            condition.broadcast()
        }
    }

    func poke() {
        condition.withLock {
            poked = true
            condition.broadcast()
        }
    }

    func takeFinished() -> [NotificationSender.Finished] {
        condition.withLock {
            defer { finished = [] }
            return finished
        }
    }

    /// Until `deadline`, a result or a poke.
    func wait(until deadline: Date) {
        condition.withLock {
            while finished.isEmpty, !poked, condition.wait(until: deadline) {}
            poked = false
        }
    }
}
