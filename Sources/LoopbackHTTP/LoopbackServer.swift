#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A small HTTP/1.1 server on 127.0.0.1 for tests and benchmarks: the double for the web.
///
/// A handler closure answers each request (on the server's thread, so it must be quick; slowness
/// is asked for with `delay`, `trickle` or `hangs` in the response, which cost no thread).
/// Connections are kept alive; one thread serves them all through `poll`, so thousands of
/// requests a second go through on a small machine. A client that vanishes mid-answer costs
/// nothing but its socket. Requests are recorded, and the server counts how many it was
/// answering at once, per host and in all, for tests of a client's concurrency limits.
///
/// Call `stop()` when done: until then the thread keeps the server.
///
///     let server = try LoopbackServer { request in
///         request.path == "/feed.xml" ? LoopbackResponse(status: 200, text: rss) : .notFound
///     }
///     defer { server.stop() }
///     // fetch "http://127.0.0.1:\(server.port)/feed.xml", or any *.localhost name on that port
public final class LoopbackServer: @unchecked Sendable {
    public typealias Handler = @Sendable (LoopbackRequest) -> LoopbackResponse

    public let port: UInt16
    private let listener: Int32
    private let wake: (read: Int32, write: Int32)
    private let handler: Handler
    private let recordsRequests: Bool
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var stopping = false
    // Under `lock`: what tests read.
    private var recorded: [LoopbackRequest] = []
    private var answeringByHost: [String: Int] = [:]
    private var peakByHost: [String: Int] = [:]
    private var answeringCount = 0
    private var peakCount = 0
    private var requestsRead = 0
    private var connectionsAccepted = 0

    /// Starts serving at once. `port` 0 takes any free port (see `port`). Set `recordsRequests`
    /// to false for long runs: the counts are kept either way.
    public init(port: UInt16 = 0, recordsRequests: Bool = true, handler: @escaping Handler) throws(LoopbackError) {
        let (listener, actualPort) = try Socket.listen(port: port, backlog: 4096)
        do {
            wake = try Socket.wakePipe()
        } catch {
            close(listener)
            throw error
        }
        self.listener = listener
        self.port = actualPort
        self.handler = handler
        self.recordsRequests = recordsRequests
        let thread = Thread { [self] in serve() }
        thread.name = "loopback-http"
        thread.start()
    }

    /// "http://127.0.0.1:port" followed by `path`; pass `host` for a name under .localhost.
    public func url(_ path: String, host: String = "127.0.0.1") -> String {
        "http://\(host):\(port)\(path)"
    }

    /// Closes every connection and the port, and ends the thread. Safe to call more than once.
    public func stop() {
        let first = lock.withLock {
            defer { stopping = true }
            return !stopping
        }
        guard first else { return }
        var one: UInt8 = 1
        _ = write(wake.write, &one, 1)
        finished.wait()
        close(wake.read)
        close(wake.write)
    }

    /// Every request so far, in the order they were read.
    public var requests: [LoopbackRequest] { lock.withLock { recorded } }
    public var requestCount: Int { lock.withLock { requestsRead } }
    /// Connections accepted so far: fewer than requests means keep-alive worked.
    public var connectionCount: Int { lock.withLock { connectionsAccepted } }

    /// The most requests to `host` (lowercased, no port) being answered at the same moment.
    public func peakConcurrentRequests(host: String) -> Int {
        lock.withLock { peakByHost[host.lowercased()] ?? 0 }
    }

    /// The most requests being answered at the same moment, all hosts together.
    public var peakConcurrentRequests: Int { lock.withLock { peakCount } }

    // MARK: The server's thread

    private func serve() {
        var connections: [Int32: Connection] = [:]
        var accepting = true
        var nextNumber = 1
        while !lock.withLock({ stopping }) {
            var descriptors = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: accepting ? listener : -1, events: Int16(POLLIN), revents: 0)]
            var order: [Connection] = []
            order.reserveCapacity(connections.count)
            for connection in connections.values {
                let events = Int16(POLLIN) | (connection.hasOutput ? Int16(POLLOUT) : 0)
                descriptors.append(pollfd(fd: connection.descriptor, events: events, revents: 0))
                order.append(connection)
            }
            _ = poll(&descriptors, nfds_t(descriptors.count), timeout(for: order))
            if descriptors[0].revents != 0 { drainWake() }
            if descriptors[1].revents != 0 {
                accepting = acceptAll(into: &connections, nextNumber: &nextNumber)
            }
            for (index, connection) in order.enumerated() {
                let events = descriptors[index + 2].revents
                if events & (Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)) != 0 { connection.readAvailable() }
                if events & Int16(POLLOUT) != 0 { connection.flush() }
                advance(connection)
                if connection.isDead {
                    retire(connection)
                    connections[connection.descriptor] = nil
                    accepting = true
                }
            }
        }
        for connection in connections.values { retire(connection) }
        // From here the port refuses connections.
        close(listener)
        finished.signal()
    }

    /// Milliseconds until the nearest delayed response or trickled piece; -1 when none waits.
    private func timeout(for connections: [Connection]) -> Int32 {
        guard let soonest = connections.compactMap(\.wakeTime).min() else { return -1 }
        let left = ContinuousClock.now.duration(to: soonest)
        guard left > .zero else { return 0 }
        let (seconds, attoseconds) = left.components
        return Int32(min(60_000, seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1))
    }

    private func drainWake() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(wake.read, &bytes, bytes.count) > 0 {}
    }

    /// Accepts every waiting client. False when out of descriptors: stop polling the listener
    /// until a connection closes, rather than spin on it.
    private func acceptAll(into connections: inout [Int32: Connection], nextNumber: inout Int) -> Bool {
        while true {
            let descriptor = accept(listener, nil, nil)
            guard descriptor >= 0 else { return errno != EMFILE && errno != ENFILE }
            Socket.setNonBlocking(descriptor)
            Socket.setNoDelay(descriptor)
            connections[descriptor] = Connection(descriptor: descriptor, number: nextNumber)
            nextNumber += 1
            lock.withLock { connectionsAccepted += 1 }
        }
    }

    /// Moves a connection's exchange along as far as it goes without waiting.
    private func advance(_ connection: Connection) {
        while !connection.isDead {
            switch connection.phase {
            case .reading:
                guard !connection.input.isEmpty else { return }
                let input = connection.input[...]
                switch RequestParser.parse(input, connection: connection.number, scanFrom: connection.scanned) {
                case .incomplete:
                    connection.scanned = max(0, input.count - 3)
                    return
                case .invalid(let status):
                    connection.consumeInput(connection.input.count)
                    let (head, body, _) = ResponseWriter.serialize(LoopbackResponse(status: status), method: "GET", keepAlive: false)
                    connection.queue(head + body)
                    connection.phase = .writing(closeAfter: true)
                case .request(let request, let consumed, let keepAlive):
                    connection.consumeInput(consumed)
                    begin(request, on: connection)
                    let response = handler(request)
                    if response.hangs {
                        connection.phase = .hanging
                    } else if response.delay > .zero {
                        connection.phase = .waiting(until: .now + response.delay, response: response, method: request.method, keepAlive: keepAlive)
                    } else {
                        start(response, method: request.method, keepAlive: keepAlive, on: connection)
                    }
                }
            case .waiting(let until, let response, let method, let keepAlive):
                guard ContinuousClock.now >= until else { return }
                start(response, method: method, keepAlive: keepAlive, on: connection)
            case .writing(let closeAfter):
                connection.flush()
                guard !connection.hasOutput else { return }
                end(on: connection)
                if closeAfter { connection.markDead() }
                connection.phase = .reading
            case .trickling(let rest, let next, let trickle, let closeAfter):
                connection.flush()
                guard !connection.hasOutput else { return }
                if rest.isEmpty {
                    connection.phase = .writing(closeAfter: closeAfter)
                    continue
                }
                let now = ContinuousClock.now
                guard now >= next else { return }
                connection.queue(Array(rest.prefix(trickle.bytes)))
                connection.phase = .trickling(rest: rest.dropFirst(trickle.bytes), next: now + trickle.interval, trickle: trickle, closeAfter: closeAfter)
            case .hanging:
                return
            }
        }
    }

    private func start(_ response: LoopbackResponse, method: String, keepAlive: Bool, on connection: Connection) {
        let (head, body, close) = ResponseWriter.serialize(response, method: method, keepAlive: keepAlive)
        if let trickle = response.trickle {
            connection.queue(head)
            connection.phase = .trickling(rest: body[...], next: .now + trickle.interval, trickle: trickle, closeAfter: close)
        } else {
            connection.queue(head + body)
            connection.phase = .writing(closeAfter: close)
        }
    }

    private func begin(_ request: LoopbackRequest, on connection: Connection) {
        let host = request.host
        connection.answering = host
        lock.withLock {
            requestsRead += 1
            if recordsRequests { recorded.append(request) }
            answeringCount += 1
            peakCount = max(peakCount, answeringCount)
            let count = answeringByHost[host, default: 0] + 1
            answeringByHost[host] = count
            peakByHost[host] = max(peakByHost[host] ?? 0, count)
        }
    }

    /// The exchange is over: answered in full, or its client left.
    private func end(on connection: Connection) {
        guard let host = connection.answering else { return }
        connection.answering = nil
        lock.withLock {
            answeringCount -= 1
            answeringByHost[host, default: 1] -= 1
        }
    }

    private func retire(_ connection: Connection) {
        end(on: connection)
        close(connection.descriptor)
    }
}
