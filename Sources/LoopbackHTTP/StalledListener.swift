#if canImport(Glibc)
import Glibc
#endif

/// A port on 127.0.0.1 where a TCP connect never completes, for tests of a connect time-out
/// that stay on the loopback. It listens with a backlog of 0 and never accepts; filler
/// connections fill the accept queue, after which Linux drops every further SYN, so a client's
/// connect waits in SYN-SENT until its own time-out.
public final class StalledListener: @unchecked Sendable {
    public let port: UInt16
    private let listener: Int32
    private var fillers: [Int32] = []

    public init() throws(LoopbackError) {
        (listener, port) = try Socket.listen(port: 0, backlog: 0)
        // The queue holds backlog + 1 on Linux; a few more cover other kernels' rounding.
        // Each filler either completes at once (queued) or hangs (queue full): both are fine.
        for _ in 0..<4 {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { continue }
            Socket.setNonBlocking(descriptor)
            var address = Socket.loopback(port: port)
            _ = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            fillers.append(descriptor)
        }
        // Let the handshakes of the queued fillers finish before anyone else connects.
        usleep(50_000)
    }

    deinit {
        for descriptor in fillers { close(descriptor) }
        close(listener)
    }

    /// "http://127.0.0.1:port" followed by `path`.
    public func url(_ path: String = "/") -> String {
        "http://127.0.0.1:\(port)\(path)"
    }
}
