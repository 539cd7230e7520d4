public import Foundation

/// What a fetch came to, as far as scheduling is concerned.
public enum FetchResult: Sendable, Equatable {
    /// 200 with a feed that parsed.
    case fresh
    /// 304: nothing new since the validators.
    case notModified
    /// 429 or 503: the server asks for less; `retryAfter` when it said how long.
    case throttled(retryAfter: TimeInterval?)
    /// Anything else that did not give a feed: network error, other status, unparsable body.
    case failed(reason: String, retryAfter: TimeInterval?)

    public var isSuccess: Bool {
        switch self {
        case .fresh, .notModified: true
        case .throttled, .failed: false
        }
    }
}
