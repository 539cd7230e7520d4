/// One request to make: a GET (a feed, with the validators of its last 200, so that an unchanged
/// feed costs a 304 and no body), or a POST when it carries a body (a notification).
public struct HTTPRequest: Sendable, Equatable {
    public var url: String
    /// Validators from the last 200, for a conditional GET.
    public var etag: String?
    public var lastModified: String?
    /// The caller's own identifier, echoed in the response.
    public var tag: Int64
    /// Set: the request is a POST of these bytes, and a redirect is returned, not followed
    /// (following would turn it into a GET or send the body somewhere unasked).
    public var body: [UInt8]?
    /// Sent as given, after the fetcher's own. A field whose name or value holds a line break
    /// or NUL is dropped: it would smuggle a header of its own.
    public var headers: [HTTPHeaderField]
    /// Replaces the fetcher's total time-out for this request.
    public var timeout: Duration?

    public init(url: String, etag: String? = nil, lastModified: String? = nil, tag: Int64 = 0) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.tag = tag
        body = nil
        headers = []
        timeout = nil
    }

    /// A POST of `body` with `headers`.
    public static func post(url: String, body: [UInt8], headers: [HTTPHeaderField], timeout: Duration? = nil, tag: Int64 = 0) -> HTTPRequest {
        var request = HTTPRequest(url: url, tag: tag)
        request.body = body
        request.headers = headers
        request.timeout = timeout
        return request
    }
}

/// One request header.
public struct HTTPHeaderField: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
