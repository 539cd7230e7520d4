import Logging
import Settings
import Store
import WebServer

/// The daemon's HTTP servers, as `EndpointPlan` lays them out. `apply` (at start, after each
/// reload) stops the servers no longer asked for and starts the new ones: a server whose plan
/// did not change goes on serving, its clients undisturbed. A port that cannot be bound is
/// logged and its server left out: ingestion goes on, and the next reload tries again. Driven
/// by the daemon's worker alone.
final class WebEndpoints {
    private let logger: Logger
    private let metrics: @Sendable () -> [UInt8]
    private let alertsCommitted: Broadcast
    private let streamFallback: Duration
    private var running: [(plan: EndpointPlan, server: WebServer)] = []

    init(logger: Logger, metrics: @escaping @Sendable () -> [UInt8], alertsCommitted: Broadcast, streamFallback: Duration) {
        self.logger = logger
        self.metrics = metrics
        self.alertsCommitted = alertsCommitted
        self.streamFallback = streamFallback
    }

    /// The addresses served now, for tests and the log.
    var serving: [EndpointPlan] { running.map(\.plan) }

    /// The server running on `port`, for tests that tell a kept server from a restarted one.
    func server(at port: UInt16) -> WebServer? { running.first { $0.plan.address.port == port }?.server }

    func apply(_ plans: [EndpointPlan], store: any StoreBackend) {
        // Stopped first: a moved endpoint may take an address another one leaves.
        stop { !plans.contains($0) }
        for plan in plans where !running.contains(where: { $0.plan == plan }) {
            let site = WebSite(store: plan.servesPages ? store : nil, metrics: metrics, token: plan.token,
                               alertsCommitted: alertsCommitted, streamFallback: streamFallback)
            let server = WebServer(address: plan.address, site: site, logger: logger)
            do {
                _ = try server.start()
                running.append((plan, server))
            } catch {
                logger.error("cannot serve \(plan.serves); going on without it (a reload tries again)", metadata: ["error": "\(error.description)"])
            }
        }
    }

    /// Stops the servers that read the store: call before it is closed or replaced. The next
    /// `apply` starts them again.
    func stopPages() { stop(where: \.servesPages) }

    func stop() { stop { _ in true } }

    private func stop(where condition: (EndpointPlan) -> Bool) {
        for (plan, server) in running where condition(plan) { server.stop() }
        running.removeAll { condition($0.plan) }
    }
}
