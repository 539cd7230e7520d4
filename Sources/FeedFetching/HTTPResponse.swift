/// What came back for one `HTTPRequest`: the last response of its redirect chain, or a failure.
public struct HTTPResponse: Sendable, Equatable {
    public var tag: Int64
    public var requestedURL: String
    /// Where the last hop went (the requested URL when there was no redirect).
    public var finalURL: String
    /// Set when every redirect on the way was permanent (301/308): where the feed now lives.
    public var permanentURL: String?
    /// 0 when no HTTP response came (see `failure`).
    public var status: Int
    /// The last response's headers (not the redirect hops'), names lowercased; for a repeated
    /// header, the last value. `retry-after`, `etag` and `last-modified` are here for the caller.
    public var headers: [String: String]
    /// Decoded (gzip, deflate, br and zstd are undone).
    public var body: [UInt8]
    public var failure: FetchFailure?

    public init(tag: Int64, requestedURL: String, finalURL: String, permanentURL: String? = nil, status: Int,
                headers: [String: String] = [:], body: [UInt8] = [], failure: FetchFailure? = nil) {
        self.tag = tag
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.permanentURL = permanentURL
        self.status = status
        self.headers = headers
        self.body = body
        self.failure = failure
    }

    /// A response that never got an HTTP status.
    public static func failed(_ request: HTTPRequest, at url: String, _ failure: FetchFailure) -> HTTPResponse {
        HTTPResponse(tag: request.tag, requestedURL: request.url, finalURL: url, status: 0, failure: failure)
    }
}
