public import Store

/// What one server shows: the web view over a database (read only), the Prometheus
/// exposition, or both; and the token every request must carry, if any.
public struct WebSite: Sendable {
    /// nil: no pages, API or feed (the `[metrics] listen` endpoint alone).
    public var store: (any StoreBackend)?
    /// nil: no /metrics.
    public var metrics: (@Sendable () -> [UInt8])?
    /// When set, every request but /healthz needs `Authorization: Bearer <token>`.
    public var token: String?
    /// How often a stream of server-sent events looks for new alerts.
    public var streamPollInterval: Duration

    public init(store: (any StoreBackend)? = nil, metrics: (@Sendable () -> [UInt8])? = nil, token: String? = nil,
                streamPollInterval: Duration = .milliseconds(500)) {
        self.store = store
        self.metrics = metrics
        self.token = token
        self.streamPollInterval = streamPollInterval
    }
}
