/// A request as the server read it.
public struct LoopbackRequest: Sendable, Equatable {
    public var method: String
    /// The target's path, without the query: "/feeds/a.xml".
    public var path: String
    /// What follows "?", if anything.
    public var query: String?
    /// Names lowercased; for a repeated header, the values joined by ", ".
    public var headers: [String: String]
    public var body: [UInt8]
    /// Which connection it came on (numbered from 1 in order of acceptance): equal numbers mean
    /// a kept-alive connection was reused.
    public var connection: Int

    public init(method: String, path: String, query: String? = nil, headers: [String: String] = [:], body: [UInt8] = [], connection: Int = 0) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
        self.connection = connection
    }

    /// The Host header's name, lowercased, without the port: "a.localhost".
    public var host: String {
        let value = (headers["host"] ?? "").lowercased()
        if value.hasPrefix("["), let close = value.firstIndex(of: "]") {
            return String(value[...close])
        }
        return String(value.prefix { $0 != ":" })
    }
}
