import Dispatch
import Hummingbird
public import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
public import Settings
import Synchronization

/// The daemon's (and `tally serve`'s) HTTP server: Hummingbird on an event loop of its own, which
/// runs its tasks too (`EventLoopExecutor`), and a thread of its own for store reads, so a slow
/// page never takes a thread ingestion needs.
/// Started and stopped from synchronous code, as the daemon's other services are.
public final class WebServer: Sendable {
    public let address: ListenAddress
    private let site: WebSite
    private let logger: Logger
    private let running = Mutex<Running?>(nil)
    private let idleTimeout: Duration

    private struct Running: Sendable {
        var group: ServiceGroup
        var finished: DispatchSemaphore
        var loops: MultiThreadedEventLoopGroup
        var executor: EventLoopExecutor
        var pool: NIOThreadPool
        var stopping: Broadcast
    }

    /// `idleTimeout`: how long a connection may stay open with no request in progress (one
    /// that never sends its request included), so idle clients cannot hold descriptors forever.
    /// A stream of events in progress is not idle.
    public init(address: ListenAddress, site: WebSite, logger: Logger, idleTimeout: Duration = .seconds(10)) {
        self.address = address
        self.site = site
        self.logger = logger
        self.idleTimeout = idleTimeout
    }

    /// Binds and starts serving; returns the port (the one the system chose when asked for 0).
    public func start() throws(WebServerError) -> Int {
        let loops = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let executor = EventLoopExecutor(loops.next())
        let pool = NIOThreadPool(numberOfThreads: 1)
        pool.start()
        let stopping = Broadcast()
        let bound = Mutex<Int?>(nil)
        let ready = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        let application = Application(
            router: WebRoutes.router(site, pool: pool, stopping: stopping),
            server: .http1(configuration: .init(idleTimeout: .nanoseconds(Int64(idleTimeout / .nanoseconds(1))))),
            configuration: .init(address: .hostname(address.host, port: Int(address.port)), serverName: nil),
            onServerRunning: { channel in
                bound.withLock { $0 = channel.localAddress?.port ?? 0 }
                ready.signal()
            },
            eventLoopGroupProvider: .shared(loops),
            logger: logger)
        let group = ServiceGroup(configuration: .init(services: [application], gracefulShutdownSignals: [], logger: logger))
        let failure = Mutex<String?>(nil)
        Task.detached(executorPreference: executor) {
            do { try await group.run() } catch { failure.withLock { $0 = "\(error)" } }
            ready.signal()
            finished.signal()
        }
        ready.wait()
        guard let port = bound.withLock({ $0 }) else {
            finished.wait()
            try? pool.syncShutdownGracefully()
            try? loops.syncShutdownGracefully()
            let reason = failure.withLock { $0 } ?? "the server stopped at once"
            throw WebServerError("cannot listen on \(address): \(reason); is another process using the port? choose another in [web] listen or [metrics] listen")
        }
        running.withLock { $0 = Running(group: group, finished: finished, loops: loops, executor: executor, pool: pool, stopping: stopping) }
        logger.info("web server listening", metadata: ["address": "\(ListenAddress(host: address.host, port: UInt16(port), family: address.family))"])
        return port
    }

    /// Stops accepting, ends the event streams, waits for the requests in flight, frees the threads.
    public func stop() {
        guard let running = running.withLock({ current in defer { current = nil }; return current }) else { return }
        running.stopping.ring()
        let group = running.group
        Task.detached(executorPreference: running.executor) { await group.triggerGracefulShutdown() }
        running.finished.wait()
        try? running.pool.syncShutdownGracefully()
        try? running.loops.syncShutdownGracefully()
    }
}
