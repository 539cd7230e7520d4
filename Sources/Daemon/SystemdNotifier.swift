import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The sd_notify protocol, written directly (no libsystemd): one datagram of `NAME=value` lines
/// to the AF_UNIX socket systemd names in $NOTIFY_SOCKET. Without $NOTIFY_SOCKET (not run by
/// systemd, or not as Type=notify) every send does nothing.
///
/// No MAINPID=: Tally does not fork, so the process systemd started is the one that notifies.
public final class SystemdNotifier: Sendable {
    private let address: NotifySocketAddress?
    private let descriptor: Int32

    public init(environment: [String: String]) throws(SystemdNotifyError) {
        address = try NotifySocketAddress.parse(environment["NOTIFY_SOCKET"])
        guard address != nil else {
            descriptor = -1
            return
        }
        descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else {
            throw SystemdNotifyError("cannot create a socket for $NOTIFY_SOCKET: \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Whether systemd listens: with no $NOTIFY_SOCKET, sends are no-ops.
    public var isListening: Bool { address != nil }

    public func send(_ states: [ServiceState]) throws(SystemdNotifyError) {
        guard let address else { return }
        let datagram = Array(ServiceState.datagram(states).utf8)
        let sent = address.withSocketAddress { socketAddress, length in
            datagram.withUnsafeBytes { sendto(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), socketAddress, length) }
        }
        guard sent == datagram.count else {
            throw SystemdNotifyError("cannot notify systemd at \(address): \(String(cString: strerror(errno)))")
        }
    }
}

/// One assignment of the protocol.
public enum ServiceState: Equatable, Sendable {
    case ready
    case stopping
    case watchdog
    case status(String)

    public var assignment: String {
        switch self {
        case .ready: "READY=1"
        case .stopping: "STOPPING=1"
        case .watchdog: "WATCHDOG=1"
        // One line per assignment: a newline inside the text would start a bogus one.
        case .status(let text): "STATUS=" + text.replacingOccurrences(of: "\n", with: " ")
        }
    }

    public static func datagram(_ states: [ServiceState]) -> String {
        states.map(\.assignment).joined(separator: "\n")
    }
}

/// Where $NOTIFY_SOCKET points: a socket file, or a name in the abstract namespace ("@name").
public enum NotifySocketAddress: Equatable, Sendable, CustomStringConvertible {
    case path(String)
    case abstract(String)

    /// sockaddr_un's sun_path: 108 bytes on Linux, a path's terminating NUL included.
    static let pathCapacity = MemoryLayout.size(ofValue: sockaddr_un().sun_path)

    /// Nil when unset or empty (not run by systemd as Type=notify).
    public static func parse(_ value: String?) throws(SystemdNotifyError) -> NotifySocketAddress? {
        guard let value, !value.isEmpty else { return nil }
        let address: NotifySocketAddress
        if value.hasPrefix("@") {
            address = .abstract(String(value.dropFirst()))
        } else if value.hasPrefix("/") {
            address = .path(value)
        } else {
            throw SystemdNotifyError("NOTIFY_SOCKET=\(value) is neither an absolute path nor an abstract socket name (@name)")
        }
        guard address.pathBytes.count <= pathCapacity else {
            throw SystemdNotifyError("NOTIFY_SOCKET=\(value) is longer than a socket address can hold (\(pathCapacity) bytes)")
        }
        return address
    }

    public var description: String {
        switch self {
        case .path(let path): path
        case .abstract(let name): "@" + name
        }
    }

    /// The bytes of sun_path: a path ends in NUL; an abstract name starts with one and has no end marker.
    var pathBytes: [UInt8] {
        switch self {
        case .path(let path): Array(path.utf8) + [0]
        case .abstract(let name): [0] + Array(name.utf8)
        }
    }

    func withSocketAddress<Result>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> Result) -> Result {
        var socketAddress = sockaddr_un()
        socketAddress.sun_family = sa_family_t(AF_UNIX)
        let bytes = pathBytes
        withUnsafeMutableBytes(of: &socketAddress.sun_path) { path in
            path.copyBytes(from: bytes)
        }
        // The length counts only the bytes used: for an abstract name they are the whole name.
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + bytes.count)
        return withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }
}

/// $WATCHDOG_USEC, when it is meant for this process: systemd restarts the service unless it
/// hears WATCHDOG=1 at least once per `interval`.
public struct WatchdogTiming: Equatable, Sendable {
    public var interval: Duration

    public init(interval: Duration) { self.interval = interval }

    /// Half the interval, as systemd advises: one late ping is not yet a missed one.
    public var pingEvery: Duration { interval / 2 }
    /// How long the idle worker may wait before it comes round its loop: often enough that a
    /// heartbeat older than `staleAfter` means the worker is stuck, not idle.
    public var idleWake: Duration { interval / 4 }
    public var staleAfter: Duration { interval / 2 }

    /// Nil when there is no watchdog, or it watches another process ($WATCHDOG_PID).
    public static func parse(microseconds: String?, pid: String?, ownPID: Int32) throws(SystemdNotifyError) -> WatchdogTiming? {
        guard let microseconds, !microseconds.isEmpty else { return nil }
        if let pid, !pid.isEmpty {
            guard let watched = Int32(pid) else { throw SystemdNotifyError("WATCHDOG_PID=\(pid) is not a process id") }
            guard watched == ownPID else { return nil }
        }
        guard let value = Int64(microseconds), value > 0 else {
            throw SystemdNotifyError("WATCHDOG_USEC=\(microseconds) is not a positive number of microseconds")
        }
        return WatchdogTiming(interval: .microseconds(value))
    }
}

public struct SystemdNotifyError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
