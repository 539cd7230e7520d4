/// Limits and manners of a `CurlFetcher`.
public struct FetchSettings: Sendable, Equatable {
    /// Says what is asking, so that a site's operator can tell a feed reader from a scraper.
    public var userAgent: String
    public var connectTimeout: Duration
    /// For the whole fetch, redirects included; time spent queued behind the limits does not count.
    public var totalTimeout: Duration
    /// On the decoded body: a small gzip bomb stops here.
    public var maxBodyBytes: Int
    public var maxRedirects: Int
    /// Transfers handed to libcurl at once for one host (lowercased host name and port).
    public var maxTransfersPerHost: Int
    /// Transfers handed to libcurl at once in all.
    public var maxTransfers: Int

    public static let defaultUserAgent = "Tally/0.1 (feed reader that tracks figures in the news; libcurl)"

    public init(userAgent: String = FetchSettings.defaultUserAgent,
                connectTimeout: Duration = .seconds(10),
                totalTimeout: Duration = .seconds(30),
                maxBodyBytes: Int = 8 << 20,
                maxRedirects: Int = 5,
                maxTransfersPerHost: Int = 2,
                maxTransfers: Int = 64) {
        self.userAgent = userAgent
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxBodyBytes = maxBodyBytes
        self.maxRedirects = maxRedirects
        self.maxTransfersPerHost = maxTransfersPerHost
        self.maxTransfers = maxTransfers
    }
}
