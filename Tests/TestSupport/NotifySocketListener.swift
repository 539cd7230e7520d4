public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What systemd's end of the notify protocol sees: an AF_UNIX datagram socket, bound to a file
/// or to a name in the abstract namespace, whose address goes into $NOTIFY_SOCKET.
public final class NotifySocketListener {
    public struct Message: Sendable {
        public var text: String
        public var at: ContinuousClock.Instant
        public var assignments: [String] { text.split(separator: "\n").map(String.init) }
    }

    /// The value for $NOTIFY_SOCKET.
    public let address: String
    private let descriptor: Int32
    private let path: String?

    public init(abstract: Bool = false) throws {
        let name = "tally-notify-\(UUID().uuidString)"
        path = abstract ? nil : FileManager.default.temporaryDirectory.appendingPathComponent(name + ".sock").path
        address = path ?? "@" + name
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        var socketAddress = sockaddr_un()
        socketAddress.sun_family = sa_family_t(AF_UNIX)
        let bytes = path.map { Array($0.utf8) + [0] } ?? [0] + Array(name.utf8)
        withUnsafeMutableBytes(of: &socketAddress.sun_path) { $0.copyBytes(from: bytes) }
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + bytes.count)
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        guard descriptor >= 0, bound == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EINVAL) }
    }

    deinit {
        close(descriptor)
        if let path { unlink(path) }
    }

    /// The next datagram, or nil when none comes within `seconds`.
    public func receive(within seconds: TimeInterval) -> Message? {
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, Int32(seconds * 1000)) == 1 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { return nil }
        return Message(text: String(decoding: buffer.prefix(count), as: UTF8.self), at: .now)
    }

    /// Every datagram that arrives within `seconds`.
    public func collect(for seconds: TimeInterval) -> [Message] {
        let end = Date().addingTimeInterval(seconds)
        var messages: [Message] = []
        while case let left = end.timeIntervalSinceNow, left > 0, let message = receive(within: left) {
            messages.append(message)
        }
        return messages
    }

    /// Reads datagrams until one holds an assignment that `matches` (e.g. `{ $0 == "READY=1" }`);
    /// nil after `seconds`.
    public func waitFor(within seconds: TimeInterval, _ matches: (String) -> Bool) -> Message? {
        let end = Date().addingTimeInterval(seconds)
        while case let left = end.timeIntervalSinceNow, left > 0 {
            guard let message = receive(within: left) else { return nil }
            if message.assignments.contains(where: matches) { return message }
        }
        return nil
    }
}
