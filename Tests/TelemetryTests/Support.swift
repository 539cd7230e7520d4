import Foundation
import Glibc
import Logging
import Synchronization

/// A folder of its own under the temporary directory, removed with the value.
final class ScratchFolder {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("tally-telemetry-\(UUID().uuidString)").path

    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// A bare HTTP client over a socket, so that tests can send what no well-behaved client would:
/// half a request, an oversized one, nothing at all.
struct RawClient {
    let descriptor: Int32

    init(port: UInt16, ipv6: Bool = false) throws {
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

    func send(_ text: String) {
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let result = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard result > 0 else { return }
            sent += result
        }
    }

    /// Everything until the server closes (or 5 seconds of silence), then closes too.
    func readToEnd() -> String {
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

    static func exchange(port: UInt16, _ request: String) throws -> HTTPExchange {
        let client = try RawClient(port: port)
        client.send(request)
        return HTTPExchange(client.readToEnd())
    }
}

/// A response as read off the wire.
struct HTTPExchange {
    var statusLine: String
    var headers: [String: String]
    var body: String

    init(_ raw: String) {
        let (head, body) = raw.range(of: "\r\n\r\n").map { (String(raw[..<$0.lowerBound]), String(raw[$0.upperBound...])) } ?? (raw, "")
        let lines = head.components(separatedBy: "\r\n")
        statusLine = lines.first ?? ""
        headers = Dictionary(lines.dropFirst().compactMap { line in
            line.firstIndex(of: ":").map { (line[..<$0].lowercased(), line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces)) }
        }, uniquingKeysWith: { $1 })
        self.body = body
    }
}
