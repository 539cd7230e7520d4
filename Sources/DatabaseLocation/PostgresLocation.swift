/// Where a PostgreSQL database is and who connects to it, as `[storage] url` says it, in the
/// form libpq reads: `postgresql://user:password@host:port/database`, or for a Unix socket
/// `postgres:///database?host=/run/postgresql` (a host that starts with "/" is the socket's folder).
/// Parsed and checked here, with nothing connected: a wrong URL is a configuration error at
/// start, said with what is wrong.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public enum Endpoint: Sendable, Equatable {
        /// A host name or address, reached over TCP.
        case host(String)
        /// The folder of the server's socket, `.s.PGSQL.<port>`.
        case socket(folder: String)
    }

    /// As libpq's `sslmode`: `prefer` tries TLS and accepts a server without it, `require`
    /// encrypts without checking the certificate, `verify-full` checks it against the system's
    /// trusted authorities and the host name.
    public enum TLSMode: String, Sendable, Equatable, CaseIterable {
        case disable, prefer, require
        case verifyFull = "verify-full"
    }

    public var endpoint: Endpoint
    public var port: Int
    /// nil: the name of the user running Tally, as libpq does.
    public var user: String?
    public var password: String?
    /// nil: the user's name, as libpq does.
    public var database: String?
    public var tls: TLSMode

    public init(endpoint: Endpoint, port: Int = 5432, user: String? = nil, password: String? = nil, database: String? = nil, tls: TLSMode? = nil) {
        self.endpoint = endpoint
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        // A socket is on this machine: nothing to encrypt. Over TCP, as libpq: TLS when the server offers it.
        if case .socket = endpoint { self.tls = tls ?? .disable } else { self.tls = tls ?? .prefer }
    }

    /// Where libpq on Debian looks for the socket when a URL names no host.
    public static let defaultSocketFolder = "/var/run/postgresql"

    /// Why a URL does not name a database Tally can connect to.
    public struct Invalid: Error, Equatable, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }

    public static let schemes = ["postgresql", "postgres"]
    private static let parameters = ["host", "port", "user", "password", "dbname", "sslmode"]

    public init(url: String) throws(Invalid) {
        guard let colon = url.firstIndex(of: ":"), Self.schemes.contains(url[..<colon].lowercased()) else {
            throw Invalid(reason: "must start with postgresql:// or postgres://")
        }
        guard url[colon...].hasPrefix("://") else { throw Invalid(reason: "must start with postgresql:// or postgres:// (two slashes after the colon)") }
        var rest = Substring(url[url.index(colon, offsetBy: 3)...])
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        var path: Substring = ""
        if let slash = rest.firstIndex(of: "/") {
            path = rest[rest.index(after: slash)...]
            rest = rest[..<slash]
        }
        var user: String?
        var password: String?
        if let at = rest.lastIndex(of: "@") {
            let credentials = rest[..<at]
            rest = rest[rest.index(after: at)...]
            if let separator = credentials.firstIndex(of: ":") {
                user = try Self.decoded(credentials[..<separator], "the user name")
                password = try Self.decoded(credentials[credentials.index(after: separator)...], "the password")
            } else {
                user = try Self.decoded(credentials, "the user name")
            }
        }
        let (host, port) = try Self.hostAndPort(rest)
        var endpoint: Endpoint? = try host.map { host throws(Invalid) in
            let name = try Self.decoded(Substring(host), "the host")
            return name.hasPrefix("/") ? .socket(folder: name) : .host(name)
        }
        var portNumber = try port.map { port throws(Invalid) in try Self.port(port) }
        var database = path.isEmpty ? nil : try Self.decoded(path, "the database name")
        var tls: TLSMode?
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            let value = try Self.decoded(parts.count > 1 ? parts[1] : "", "the value of \(name)")
            switch name {
            case "host": endpoint = value.hasPrefix("/") ? .socket(folder: value) : .host(value)
            case "port": portNumber = try Self.port(Substring(value))
            case "user": user = value
            case "password": password = value
            case "dbname": database = value
            case "sslmode":
                guard let mode = TLSMode(rawValue: value) else {
                    throw Invalid(reason: "sslmode=\(value) is not supported (supported: \(TLSMode.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                tls = mode
            default:
                throw Invalid(reason: "unknown parameter \(name) (known: \(Self.parameters.joined(separator: ", ")))")
            }
        }
        if endpoint == .host("") { endpoint = nil }
        if user == "" { user = nil }
        if database == "" { database = nil }
        if let database, database.contains("/") { throw Invalid(reason: "the database name \"\(database)\" contains a \"/\"; a URL names one database") }
        if case .socket = endpoint, tls == .require || tls == .verifyFull {
            throw Invalid(reason: "sslmode=\(tls!.rawValue) over a Unix socket: a socket does not use TLS; leave sslmode out or connect over TCP")
        }
        self.init(endpoint: endpoint ?? .socket(folder: Self.defaultSocketFolder), port: portNumber ?? 5432, user: user, password: password,
                  database: database, tls: tls)
    }

    private static func hostAndPort(_ text: Substring) throws(Invalid) -> (host: String?, port: Substring?) {
        guard !text.isEmpty else { return (nil, nil) }
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { throw Invalid(reason: "the IPv6 address \(text) lacks its closing \"]\"") }
            let host = String(text[text.index(after: text.startIndex)..<close])
            let after = text[text.index(after: close)...]
            guard after.isEmpty || after.hasPrefix(":") else { throw Invalid(reason: "unexpected \"\(after)\" after the address [\(host)]") }
            return (host, after.isEmpty ? nil : after.dropFirst())
        }
        if text.contains(",") { throw Invalid(reason: "several hosts (\(text)) are not supported: name one") }
        if let colon = text.lastIndex(of: ":") { return (String(text[..<colon]), text[text.index(after: colon)...]) }
        return (String(text), nil)
    }

    private static func port(_ text: Substring) throws(Invalid) -> Int {
        guard let port = Int(text), (1...65535).contains(port) else { throw Invalid(reason: "the port \"\(text)\" is not a number from 1 to 65535") }
        return port
    }

    /// Percent-decoding, as in any URL: "%2F" is "/", "%40" is "@".
    private static func decoded(_ text: Substring, _ what: String) throws(Invalid) -> String {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(Self.hexValue), let low = iterator.next().flatMap(Self.hexValue) else {
                throw Invalid(reason: "\(what) has a \"%\" not followed by two hexadecimal digits (write a literal % as %25)")
            }
            bytes.append(high << 4 | low)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else { throw Invalid(reason: "\(what) is not UTF-8 once percent-decoded") }
        return decoded
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The location as a URL without its password: what logs and messages show.
    public var description: String {
        var text = "postgresql://" + (user.map { $0 + "@" } ?? "")
        var parameters: [String] = []
        switch endpoint {
        case .host(let host):
            text += host.contains(":") ? "[\(host)]" : host
            if port != 5432 { text += ":\(port)" }
        case .socket(let folder):
            parameters.append("host=\(folder)")
            if port != 5432 { parameters.append("port=\(port)") }
        }
        text += "/" + (database ?? "")
        if case .host = endpoint, tls != .prefer { parameters.append("sslmode=\(tls.rawValue)") }
        return parameters.isEmpty ? text : text + "?" + parameters.joined(separator: "&")
    }
}
