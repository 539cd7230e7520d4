import Configuration
import FeedFetching

extension FetchSettings {
    /// The HTTP client's settings from the `[feeds]` section.
    public init(feedSettings: FeedSettings) {
        self.init(userAgent: feedSettings.userAgent,
                  connectTimeout: .milliseconds(Int64(feedSettings.connectTimeout * 1000)),
                  totalTimeout: .milliseconds(Int64(feedSettings.timeout * 1000)),
                  maxBodyBytes: feedSettings.maxBodyBytes,
                  maxRedirects: feedSettings.maxRedirects,
                  maxTransfersPerHost: feedSettings.maxTransfersPerHost,
                  maxTransfers: feedSettings.maxTransfers)
    }
}
