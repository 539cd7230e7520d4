/// One GET to make. The validators come from the last 200 of the same feed, so that an
/// unchanged feed costs a 304 and no body.
public struct HTTPRequest: Sendable, Equatable {
    public var url: String
    /// Validators from the last 200, for a conditional GET.
    public var etag: String?
    public var lastModified: String?
    /// The caller's own identifier, echoed in the response.
    public var tag: Int64

    public init(url: String, etag: String? = nil, lastModified: String? = nil, tag: Int64 = 0) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.tag = tag
    }
}
