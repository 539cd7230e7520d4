import Foundation
import Glibc

/// A bare HTTP client over a socket, so that tests can send what no well-behaved client would:
/// half a request, an oversized one, nothing at all.
public struct RawClient {
    public let descriptor: Int32

    public init(port: UInt16, ipv6: Bool = false) throws {
        descriptor = socket(ipv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = ipv6 ? Self.connect(descriptor, to: Self.loopback6(port)) : Self.connect(descriptor, to: Self.loopback4(port))
        guard connected == 0 else {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
    }

    private static func loopback4(_ port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian)
        return address
    }

    private static func loopback6(_ port: UInt16) -> sockaddr_in6 {
        var address = sockaddr_in6()
        address.sin6_family = sa_family_t(AF_INET6)
        address.sin6_port = port.bigEndian
        address.sin6_addr = in6addr_loopback
        return address
    }

    private static func connect<Address>(_ descriptor: Int32, to address: Address) -> Int32 {
        var address = address
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<Address>.size)) }
        }
    }

    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let result = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard result > 0 else { return }
            sent += result
        }
    }

    /// Everything until the server closes (or 5 seconds of silence), then closes too.
    public func readToEnd() -> String {
        defer { close(descriptor) }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { break }
            received += buffer[..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// What has arrived within `seconds`: nil when nothing did, empty when the server closed.
    public func receive(within seconds: Double) -> [UInt8]? {
        var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)]
        guard poll(&descriptors, 1, Int32(seconds * 1000)) > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        return count > 0 ? Array(buffer[..<count]) : []
    }

    /// `GET path` on this connection, kept open; the response, read up to its Content-Length,
    /// or nil when the server closed the connection instead (or said nothing for 5 seconds).
    public func get(_ path: String) -> HTTPExchange? {
        send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        var received: [UInt8] = []
        while true {
            if let end = received.firstRange(of: Array("\r\n\r\n".utf8)) {
                let response = HTTPExchange(String(decoding: received[..<end.upperBound], as: UTF8.self))
                let length = response.headers["content-length"].flatMap { Int($0) } ?? 0
                if received.count >= end.upperBound + length {
                    return HTTPExchange(String(decoding: received[..<(end.upperBound + length)], as: UTF8.self))
                }
            }
            guard let bytes = receive(within: 5), !bytes.isEmpty else { return nil }
            received += bytes
        }
    }

    /// `GET path` on a connection of its own, closed after the response.
    public static func get(port: UInt16, _ path: String, ipv6: Bool = false, headers: [String: String] = [:]) throws -> HTTPExchange {
        let fields = headers.map { "\($0.key): \($0.value)\r\n" }.joined()
        return try exchange(port: port, "GET \(path) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\(fields)\r\n", ipv6: ipv6)
    }

    /// A loopback port nobody listens on right now.
    public static func freePort() throws -> UInt16 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(descriptor) }
        var address = loopback4(0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
        }
        guard bound else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return UInt16(bigEndian: address.sin_port)
    }

    public static func exchange(port: UInt16, _ request: String, ipv6: Bool = false) throws -> HTTPExchange {
        let client = try RawClient(port: port, ipv6: ipv6)
        client.send(request)
        return HTTPExchange(client.readToEnd())
    }
}

/// A response as read off the wire.
public struct HTTPExchange {
    public var statusLine: String
    public var headers: [String: String]
    public var body: String

    public init(_ raw: String) {
        let (head, body) = raw.range(of: "\r\n\r\n").map { (String(raw[..<$0.lowerBound]), String(raw[$0.upperBound...])) } ?? (raw, "")
        let lines = head.components(separatedBy: "\r\n")
        statusLine = lines.first ?? ""
        headers = Dictionary(lines.dropFirst().compactMap { line in
            line.firstIndex(of: ":").map { (line[..<$0].lowercased(), line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces)) }
        }, uniquingKeysWith: { $1 })
        self.body = body
    }
}
