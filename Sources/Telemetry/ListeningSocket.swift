import Settings
#if canImport(Glibc)
import Glibc
#endif

/// The socket calls of the metrics endpoint, errno turned into errors.
enum ListeningSocket {
    /// A non-blocking TCP socket listening on `address`, and the port it got (`address.port` 0:
    /// any free port). getaddrinfo and getnameinfo with numeric flags do the address arithmetic
    /// for either family, and never consult a resolver.
    static func open(_ address: ListenAddress, backlog: Int32) throws(TelemetryError) -> (descriptor: Int32, port: UInt16) {
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(address.host, String(address.port), &hints, &found)
        guard status == 0, let info = found?.pointee else {
            throw TelemetryError(description: "cannot listen on \(address): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(found) }
        let descriptor = socket(info.ai_family, info.ai_socktype | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), info.ai_protocol)
        guard descriptor >= 0 else { throw TelemetryError("cannot create a socket", code: errno) }
        var one: Int32 = 1
        // A restarted daemon can bind while the previous one's connections linger in TIME_WAIT.
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, info.ai_addr, info.ai_addrlen) == 0, listen(descriptor, backlog) == 0 else {
            let code = errno
            close(descriptor)
            throw TelemetryError("cannot listen on \(address)", code: code)
        }
        return (descriptor, boundPort(descriptor) ?? address.port)
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

    private static func boundPort(_ descriptor: Int32) -> UInt16? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        var service = [CChar](repeating: 0, count: 16)
        let named = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                getsockname(descriptor, address, &length) == 0
                    && getnameinfo(address, length, nil, 0, &service, socklen_t(service.count), NI_NUMERICHOST | NI_NUMERICSERV) == 0
            }
        }
        return named ? UInt16(String(decoding: service.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)) : nil
    }
}
