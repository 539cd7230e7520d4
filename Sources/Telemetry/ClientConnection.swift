#if canImport(Glibc)
import Glibc
#endif

/// One client of the metrics endpoint: its request comes in, the answer goes out, then what the
/// client may still send is read and dropped until it closes, so that closing never resets the
/// connection under an answer it has not read yet (a refused oversized request, say).
struct ClientConnection {
    enum Phase {
        case reading([UInt8])
        case answering([UInt8], sent: Int)
        case draining
        case closed
    }

    let descriptor: Int32
    private(set) var deadline: ContinuousClock.Instant
    private(set) var phase: Phase = .reading([])

    init(descriptor: Int32, deadline: ContinuousClock.Instant) {
        self.descriptor = descriptor
        self.deadline = deadline
    }

    var isAnswering: Bool { if case .answering = phase { true } else { false } }
    var isClosed: Bool { if case .closed = phase { true } else { false } }

    mutating func handle(_ events: Int16, limits: MetricsHTTPServer.Limits, render: () -> [UInt8]) {
        if events & Int16(POLLERR | POLLNVAL) != 0 {
            phase = .closed
            return
        }
        switch phase {
        case .reading(var received):
            // Enough for a head of the largest size and its blank line; not a byte more.
            let room = limits.maxRequestBytes + 4 - received.count
            guard let bytes = receive(upTo: room) else { return }
            if bytes.isEmpty {
                phase = .closed
                return
            }
            received += bytes
            let head = RequestHead.parse(received, limit: limits.maxRequestBytes)
            phase = head == .incomplete ? .reading(received) : .answering(MetricsEndpoint.response(to: head, render: render), sent: 0)
        case .answering(let answer, let sent):
            let result = answer[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if result < 0 {
                if errno != EAGAIN, errno != EINTR { phase = .closed }
            } else if sent + result < answer.count {
                phase = .answering(answer, sent: sent + result)
            } else {
                shutdown(descriptor, Int32(SHUT_WR))
                phase = .draining
                // Long enough for the client to read the answer and close; not a second timeout.
                deadline = min(deadline, .now + .seconds(1))
            }
        case .draining:
            if let bytes = receive(upTo: 4096), bytes.isEmpty { phase = .closed }
        case .closed:
            break
        }
    }

    /// Out of time: a client still sending its request is told so (one try, no waiting), and closed.
    mutating func expire() {
        if case .reading = phase {
            let answer = MetricsEndpoint.response(to: .incomplete) { [] }
            _ = answer.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }
        phase = .closed
    }

    /// nil: nothing to read now; empty: the client closed (or the connection failed).
    private func receive(upTo count: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: max(1, count))
        let result = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if result < 0 { return errno == EAGAIN || errno == EINTR ? nil : [] }
        return Array(buffer[..<result])
    }
}
