public import Settings
public import FeedFetching
public import Store

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

extension FeedConfiguration {
    /// A `[[feed]]` table as the subscription it asks for.
    public var subscription: FeedSubscription { FeedSubscription(url: url, name: name, tags: tags, interval: interval) }
}
