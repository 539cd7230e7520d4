/// Why a fetch produced no usable HTTP response.
public enum FetchFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The connect time-out or the total time-out ran out.
    case timedOut
    /// The decoded body (or the announced Content-Length) passed the limit.
    case tooLarge(limit: Int)
    /// More redirects than allowed, which is also how a redirect loop ends.
    case tooManyRedirects
    /// Not an http or https URL (asked for, or redirected to), or not a URL at all.
    case unsupportedURL(String)
    /// Anything else on the way: refused, reset, name not found, TLS, an undecodable body.
    case connection(String)
    /// The fetcher shut down before the transfer finished: says nothing about the feed.
    case cancelled

    public var description: String {
        switch self {
        case .timedOut: "timed out"
        case .tooLarge(let limit): "response larger than \(limit) bytes"
        case .tooManyRedirects: "too many redirects"
        case .unsupportedURL(let url): "unsupported URL \(url) (only http and https are fetched)"
        case .connection(let detail): detail
        case .cancelled: "cancelled: the fetcher shut down"
        }
    }
}
