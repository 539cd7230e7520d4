/// `[web]`: the read-only web view (pages, JSON API, Atom feed, /metrics). Off unless `listen` is
/// set. Beyond loopback every request must carry `Authorization: Bearer <token>`, so a token is
/// required there: the figures and alerts are not for whoever can reach the port.
public struct WebSettings: Sendable, Equatable {
    public var listen: ListenAddress?
    public var token: String?

    public init(listen: ListenAddress? = nil, token: String? = nil) {
        self.listen = listen
        self.token = token
    }

    /// Why these settings cannot be served as they are; nil when they can.
    public var problem: String? {
        guard let listen, !listen.isLoopback else { return nil }
        guard let token, !token.isEmpty else {
            return "[web] listen = \"\(listen)\" is reachable beyond this machine: set [web] token (a long random string clients send as \"Authorization: Bearer TOKEN\"), or listen on 127.0.0.1"
        }
        return token.count < 16 ? "[web] token is shorter than 16 characters: use a long random string (e.g. `openssl rand -hex 24`)" : nil
    }
}

extension ListenAddress {
    /// 127.0.0.0/8 or ::1: only this machine can connect.
    public var isLoopback: Bool {
        family == .ipv4 ? host.hasPrefix("127.") : host == "::1"
    }
}
