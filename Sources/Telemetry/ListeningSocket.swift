import Configuration
#if canImport(Glibc)
import Glibc
#endif

/// The socket calls of the metrics endpoint, errno turned into errors.
enum ListeningSocket {
    /// A non-blocking TCP socket listening on `address`, and the port it got (`address.port` 0:
    /// any free port).
    static func open(_ address: ListenAddress, backlog: Int32) throws(TelemetryError) -> (descriptor: Int32, port: UInt16) {
        var storage = sockaddr_storage()
        let length = socketAddress(address, into: &storage)
        let descriptor = socket(Int32(storage.ss_family), Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw TelemetryError("cannot create a socket", code: errno) }
        var one: Int32 = 1
        // A restarted daemon can bind while the previous one's connections linger in TIME_WAIT.
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &storage) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) } }
        guard bound == 0, listen(descriptor, backlog) == 0 else {
            let code = errno
            close(descriptor)
            throw TelemetryError("cannot listen on \(address)", code: code)
        }
        var actual = sockaddr_storage()
        var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &actual) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &actualLength) } }
        return (descriptor, port(of: actual))
    }

    /// A self-pipe: a byte written to `write` wakes a poll on `read`.
    static func wakePipe() throws(TelemetryError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw TelemetryError("cannot create a pipe", code: errno) }
        for end in ends { setNonBlocking(end) }
        return (ends[0], ends[1])
    }

    /// A connection waiting on `listener`, non-blocking; nil when none is.
    static func accept(from listener: Int32) -> Int32? {
        let descriptor = Glibc.accept(listener, nil, nil)
        guard descriptor >= 0 else { return nil }
        setNonBlocking(descriptor)
        return descriptor
    }

    // Glibc's module leaves out pipe2 and accept4 (GNU extensions): the flags are set after.
    private static func setNonBlocking(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }

    private static func socketAddress(_ address: ListenAddress, into storage: inout sockaddr_storage) -> socklen_t {
        withUnsafeMutablePointer(to: &storage) { pointer in
            switch address.family {
            case .ipv4:
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { inet in
                    inet.pointee.sin_family = sa_family_t(AF_INET)
                    inet.pointee.sin_port = address.port.bigEndian
                    _ = inet_pton(AF_INET, address.host, &inet.pointee.sin_addr)
                }
                return socklen_t(MemoryLayout<sockaddr_in>.size)
            case .ipv6:
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { inet6 in
                    inet6.pointee.sin6_family = sa_family_t(AF_INET6)
                    inet6.pointee.sin6_port = address.port.bigEndian
                    _ = inet_pton(AF_INET6, address.host, &inet6.pointee.sin6_addr)
                }
                return socklen_t(MemoryLayout<sockaddr_in6>.size)
            }
        }
    }

    private static func port(of storage: sockaddr_storage) -> UInt16 {
        var storage = storage
        let family = Int32(storage.ss_family)
        return withUnsafePointer(to: &storage) { pointer in
            if family == AF_INET6 {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        }
    }
}
