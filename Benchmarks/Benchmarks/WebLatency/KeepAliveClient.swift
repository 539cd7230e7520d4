import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// GET requests over one kept-alive HTTP/1.1 connection to 127.0.0.1, on a blocking socket: the
/// least a client can add to the time it measures. Reads bodies framed by Content-Length, which
/// is how Hummingbird sends a page.
final class KeepAliveClient {
    private let socket: Int32
    private var buffered: [UInt8] = []

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard socket >= 0, connected == 0 else { throw BenchmarkFailure(description: "cannot connect to 127.0.0.1:\(port): errno \(errno)") }
        var noDelay: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(socket) }

    /// The status and body of `GET path`.
    func get(_ path: String) throws -> (status: Int, body: [UInt8]) {
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(socket, $0.baseAddress, $0.count, 0) }) == request.count else {
            throw BenchmarkFailure(description: "cannot send the request for \(path)")
        }
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            headEnd = buffered.indices.dropLast(3).first { buffered[$0..<$0 + 4].elementsEqual(separator) }
            if headEnd == nil { try receive() }
        }
        let head = String(decoding: buffered[..<headEnd!], as: UTF8.self).lowercased().split(separator: "\r\n")
        guard let status = head.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }),
              let length = head.lazy.compactMap({ $0.hasPrefix("content-length:") ? Int($0.dropFirst(15).trimmingCharacters(in: .whitespaces)) : nil }).first
        else { throw BenchmarkFailure(description: "no status or Content-Length in the answer to \(path)") }
        let bodyStart = headEnd! + 4
        while buffered.count < bodyStart + length { try receive() }
        let body = Array(buffered[bodyStart..<bodyStart + length])
        buffered.removeFirst(bodyStart + length)
        return (status, body)
    }

    private func receive() throws {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { throw BenchmarkFailure(description: "the server closed the connection") }
        buffered += chunk[..<count]
    }
}
