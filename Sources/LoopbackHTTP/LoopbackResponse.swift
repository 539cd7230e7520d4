/// What the handler tells the server to answer, and how to misbehave while doing it.
public struct LoopbackResponse: Sendable {
    /// How the end of the body is told.
    public enum Framing: Sendable {
        case contentLength
        /// `Transfer-Encoding: chunked`: the client learns the size only at the end.
        case chunked
        /// No length at all: the server closes the connection after the body.
        case closeDelimited
    }

    /// Sends the body a few bytes at a time.
    public struct Trickle: Sendable {
        public var bytes: Int
        public var interval: Duration
        public init(bytes: Int, every interval: Duration) {
            self.bytes = max(1, bytes)
            self.interval = interval
        }
    }

    public var status: Int
    /// Sent as given. A `Content-Length` here replaces the server's own (to announce a size the
    /// body does not have).
    public var headers: [(name: String, value: String)]
    /// Before any coding.
    public var body: [UInt8]
    /// Encodes the body and says so in `Content-Encoding`.
    public var coding: ContentCoding?
    public var framing: Framing
    /// Waits this long before the status line.
    public var delay: Duration
    public var trickle: Trickle?
    /// Never answers; the connection stays open until the client gives up.
    public var hangs: Bool
    /// Closes the connection after this response even if the client would keep it.
    public var closesConnection: Bool

    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = [], coding: ContentCoding? = nil,
                framing: Framing = .contentLength, delay: Duration = .zero, trickle: Trickle? = nil,
                hangs: Bool = false, closesConnection: Bool = false) {
        self.status = status
        self.headers = headers
        self.body = body
        self.coding = coding
        self.framing = framing
        self.delay = delay
        self.trickle = trickle
        self.hangs = hangs
        self.closesConnection = closesConnection
    }

    public init(status: Int, headers: [(name: String, value: String)] = [], text: String) {
        self.init(status: status, headers: headers, body: Array(text.utf8))
    }

    public static func redirect(_ status: Int, to location: String) -> LoopbackResponse {
        LoopbackResponse(status: status, headers: [("Location", location)])
    }

    public static let notFound = LoopbackResponse(status: 404, text: "not found\n")
    public static let hang = LoopbackResponse(status: 0, hangs: true)

    func header(_ name: String) -> String? {
        headers.last { $0.name.lowercased() == name }?.value
    }
}
