public import FeedFetching

extension FetchSettings {
    /// The notification client's: small answers, a few requests at once to one receiver (a chat
    /// service rate-limits), each request's time-out set by its notifier.
    public static let notifications = FetchSettings(
        userAgent: "Tally/0.1 (figure tracker; notifier; libcurl)", connectTimeout: .seconds(10), totalTimeout: .seconds(30),
        maxBodyBytes: 1 << 20, maxRedirects: 0, maxTransfersPerHost: 4, maxTransfers: 32)
}
