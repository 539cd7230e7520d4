#if canImport(Glibc)
import Glibc
#endif

/// One accepted client socket and where its current exchange stands. Requests on a connection
/// are answered one after the other (pipelined ones wait in `input`).
final class Connection {
    enum Phase {
        case reading
        /// A delayed response, not yet begun.
        case waiting(until: ContinuousClock.Instant, response: LoopbackResponse, method: String, keepAlive: Bool)
        /// `output` holds the rest of the response.
        case writing(closeAfter: Bool)
        /// `output` holds the current piece; `rest` waits for its turn.
        case trickling(rest: ArraySlice<UInt8>, next: ContinuousClock.Instant, trickle: LoopbackResponse.Trickle, closeAfter: Bool)
        case hanging
    }

    let descriptor: Int32
    let number: Int
    var phase = Phase.reading
    /// The Host of the request being answered, while one is.
    var answering: String?
    private(set) var input: [UInt8] = []
    /// Leading bytes of `input` already searched for the end of a head.
    var scanned = 0
    private var output: [UInt8] = []
    private var written = 0
    /// Set when the peer went away or the socket failed: the server closes it.
    private(set) var isDead = false

    static let maxBufferedInput = RequestParser.maxHeadBytes + RequestParser.maxBodyBytes + 4

    init(descriptor: Int32, number: Int) {
        self.descriptor = descriptor
        self.number = number
    }

    var hasOutput: Bool { written < output.count }

    /// When a timer of this connection is due, if it has one that matters now.
    var wakeTime: ContinuousClock.Instant? {
        switch phase {
        case .waiting(let until, _, _, _): until
        case .trickling(_, let next, _, _) where !hasOutput: next
        default: nil
        }
    }

    /// Reads whatever the socket has. A closed peer, an error or a flood marks the connection dead.
    func readAvailable() {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while !isDead {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                input += chunk[0..<count]
                if input.count > Self.maxBufferedInput { isDead = true }
            } else if count == 0 {
                isDead = true
            } else {
                if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR { isDead = true }
                if errno != EINTR { return }
            }
        }
    }

    func consumeInput(_ count: Int) {
        input.removeFirst(min(count, input.count))
        scanned = 0
    }

    func queue(_ bytes: [UInt8]) {
        if written == output.count {
            output = bytes
            written = 0
        } else {
            output += bytes
        }
    }

    /// Writes as much as the socket takes. Never raises SIGPIPE at a vanished client.
    func flush() {
        while hasOutput, !isDead {
            let count = output.withUnsafeBytes { bytes -> Int in
                guard let base = bytes.baseAddress else { return 0 }
                return send(descriptor, base + written, bytes.count - written, Int32(MSG_NOSIGNAL))
            }
            if count > 0 {
                written += count
            } else if count < 0, errno == EINTR {
                continue
            } else {
                if count == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) { isDead = true }
                return
            }
        }
    }

    func markDead() { isDead = true }
}
