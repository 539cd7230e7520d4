import Settings
import Foundation
import Lifecycle
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// `GET /metrics` over HTTP/1.1, on one thread of its own driven by poll(): a slow or hostile
/// client holds up nobody but itself, and the daemon's worker never waits on it (rendering only
/// reads the registry). Each connection gets one answer and is closed. A bind that fails (port
/// taken) is logged and tried again.
final class MetricsHTTPServer: @unchecked Sendable {
    struct Limits: Sendable {
        /// Clients served at once; more wait in the kernel's backlog.
        var maxConnections = 16
        /// A request head (request line and headers) longer than this is refused with 431.
        var maxRequestBytes = 8192
        /// Time a client has to send its request and take the answer.
        var clientTimeout: Duration = .seconds(10)
        /// Wait before binding again after a failure.
        var retryInterval: Duration = .seconds(30)
    }

    let address: ListenAddress
    private let limits: Limits
    private let logger: Logger
    private let render: @Sendable () -> [UInt8]
    private let wake: (read: Int32, write: Int32)
    private let thread = ServiceThread(name: "tally-metrics-http")
    private let condition = NSCondition()
    private var boundPort: UInt16?

    init(address: ListenAddress, limits: Limits = Limits(), logger: Logger, render: @escaping @Sendable () -> [UInt8]) throws(TelemetryError) {
        self.address = address
        self.limits = limits
        self.logger = logger
        self.render = render
        wake = try ListeningSocket.wakePipe()
    }

    deinit {
        close(wake.read)
        close(wake.write)
    }

    func start() {
        thread.start { [self] in run() }
    }

    func stop() {
        thread.stop { [wake] in
            var byte: UInt8 = 1
            _ = write(wake.write, &byte, 1)
        }
    }

    /// The port listened on once bound (the one the system chose for port 0), waiting up to `timeout`.
    func listeningPort(within timeout: TimeInterval) -> UInt16? {
        condition.withLock {
            let deadline = Date().addingTimeInterval(timeout)
            while boundPort == nil, condition.wait(until: deadline) {}
            return boundPort
        }
    }

    private func run() {
        var lastError: TelemetryError?
        while !thread.isStopping {
            do {
                let (listener, port) = try ListeningSocket.open(address, backlog: Int32(limits.maxConnections))
                defer { close(listener) }
                condition.withLock {
                    boundPort = port
                    condition.broadcast()
                }
                logger.notice("serving metrics", metadata: ["url": "http://\(ListenAddress(host: address.host, port: port, family: address.family))/metrics"])
                serve(listener)
                return
            } catch {
                if error != lastError {
                    logger.error("cannot serve metrics; retrying every \(limits.retryInterval)", metadata: ["error": "\(error.description)"])
                }
                lastError = error
                _ = waitForWake(until: .now + limits.retryInterval)
            }
        }
    }

    /// Polls only the wake pipe; true when woken (asked to stop).
    private func waitForWake(until deadline: ContinuousClock.Instant) -> Bool {
        var descriptors = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        return poll(&descriptors, 1, Self.milliseconds(until: deadline)) > 0
    }

    private func serve(_ listener: Int32) {
        var connections: [ClientConnection] = []
        defer { for connection in connections { close(connection.descriptor) } }
        while !thread.isStopping {
            var descriptors = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            let accepting = connections.count < limits.maxConnections
            if accepting { descriptors.append(pollfd(fd: listener, events: Int16(POLLIN), revents: 0)) }
            descriptors += connections.map { pollfd(fd: $0.descriptor, events: Int16($0.isAnswering ? POLLOUT : POLLIN), revents: 0) }
            let timeout = connections.map(\.deadline).min().map(Self.milliseconds(until:)) ?? -1
            guard poll(&descriptors, nfds_t(descriptors.count), timeout) >= 0 || errno == EINTR else {
                logger.error("the metrics endpoint stopped: poll failed", metadata: ["error": "\(String(cString: strerror(errno)))"])
                return
            }
            if descriptors[0].revents != 0 { return }
            let offset = accepting ? 2 : 1
            for index in connections.indices where descriptors[offset + index].revents != 0 {
                connections[index].handle(descriptors[offset + index].revents, limits: limits, render: render)
            }
            let now = ContinuousClock.now
            for index in connections.indices where connections[index].deadline <= now { connections[index].expire() }
            connections.removeAll { connection in
                if connection.isClosed { close(connection.descriptor) }
                return connection.isClosed
            }
            if accepting, descriptors[1].revents != 0 { connections += accept(from: listener, room: limits.maxConnections - connections.count) }
        }
    }

    private func accept(from listener: Int32, room: Int) -> [ClientConnection] {
        var accepted: [ClientConnection] = []
        while accepted.count < room {
            guard let descriptor = ListeningSocket.accept(from: listener) else { break }
            accepted.append(ClientConnection(descriptor: descriptor, deadline: .now + limits.clientTimeout))
        }
        return accepted
    }

    private static func milliseconds(until deadline: ContinuousClock.Instant) -> Int32 {
        let remaining = ContinuousClock.now.duration(to: deadline)
        let (seconds, attoseconds) = remaining.components
        return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1))
    }
}
