#if canImport(Glibc)
import Glibc
#endif

/// A numeric address and port to listen on: `127.0.0.1:9464`, `[::1]:9464`, `localhost:9464`.
/// Host names other than localhost are refused, so the endpoint is reachable from exactly where
/// the operator wrote (`0.0.0.0` means every interface, and has to be written out).
public struct ListenAddress: Sendable, Equatable, CustomStringConvertible {
    public enum Family: Sendable, Equatable {
        case ipv4, ipv6
    }

    /// The numeric host, without brackets.
    public var host: String
    /// 0 asks the system for a free port (tests); the configuration accepts only 1 to 65535.
    public var port: UInt16
    public var family: Family

    public init(host: String, port: UInt16, family: Family) {
        self.host = host
        self.port = port
        self.family = family
    }

    public var description: String { family == .ipv6 ? "[\(host)]:\(port)" : "\(host):\(port)" }

    /// Why a written address cannot be listened on.
    public struct Invalid: Error, Equatable {
        public var reason: String
    }

    public static func parse(_ text: String) throws(Invalid) -> ListenAddress {
        let example = "write HOST:PORT, e.g. \"127.0.0.1:9464\" or \"[::1]:9464\""
        let host: Substring, portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw Invalid(reason: "\"\(text)\" is not an address: \(example)")
            }
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") else {
                throw Invalid(reason: "\"\(text)\" is not an address: \(example)")
            }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        }
        guard let port = UInt16(portText), port > 0 else {
            throw Invalid(reason: "\"\(text)\": the port must be a number from 1 to 65535")
        }
        if host == "localhost" { return ListenAddress(host: "127.0.0.1", port: port, family: .ipv4) }
        if text.hasPrefix("["), isNumeric(String(host), family: AF_INET6) { return ListenAddress(host: String(host), port: port, family: .ipv6) }
        if !text.hasPrefix("["), isNumeric(String(host), family: AF_INET) { return ListenAddress(host: String(host), port: port, family: .ipv4) }
        throw Invalid(reason: "\"\(text)\": the host must be a numeric address such as 127.0.0.1 or [::1] (0.0.0.0 listens on every interface)")
    }

    private static func isNumeric(_ host: String, family: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(family, host, &buffer) == 1
    }
}
