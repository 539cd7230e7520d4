import Foundation

// CONTRACT STUB (skeleton): the libcurl fetcher and the scripted double replace this; keep the names.

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

public enum FetchFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case timedOut
    case tooLarge(limit: Int)
    case tooManyRedirects
    case unsupportedURL(String)
    case connection(String)

    public var description: String {
        switch self {
        case .timedOut: "timed out"
        case .tooLarge(let limit): "response larger than \(limit) bytes"
        case .tooManyRedirects: "too many redirects"
        case .unsupportedURL(let url): "unsupported URL \(url)"
        case .connection(let detail): detail
        }
    }
}

public struct HTTPResponse: Sendable, Equatable {
    public var tag: Int64
    public var requestedURL: String
    public var finalURL: String
    /// Set when every redirect on the way was permanent (301/308): where the feed now lives.
    public var permanentURL: String?
    /// 0 when no HTTP response came (see `failure`).
    public var status: Int
    /// Header names lowercased; for a repeated header, the last value.
    public var headers: [String: String]
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
}

/// Fetches over HTTP(S). `completion` is called exactly once per request, on the fetcher's own
/// thread; it must not block.
public protocol HTTPFetching: AnyObject, Sendable {
    func fetch(_ request: HTTPRequest, completion: @escaping @Sendable (HTTPResponse) -> Void)
    /// Stops: transfers in flight complete with a failure; later fetches fail at once.
    func shutdown()
}
