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
    /// Rung after each commit that wrote alerts (by the daemon after its commits, by `tally
    /// serve` when the alert log grows): it wakes the streams of server-sent events.
    public var alertsCommitted: Broadcast
    /// How long a stream waits for `alertsCommitted` before it looks anyway. A safety net for
    /// a signal that never comes (the alert log could not be watched), not how streams learn
    /// of alerts: seconds, not milliseconds.
    public var streamFallback: Duration

    public init(store: (any StoreBackend)? = nil, metrics: (@Sendable () -> [UInt8])? = nil, token: String? = nil,
                alertsCommitted: Broadcast = Broadcast(), streamFallback: Duration = .seconds(15)) {
        self.store = store
        self.metrics = metrics
        self.token = token
        self.alertsCommitted = alertsCommitted
        self.streamFallback = streamFallback
    }
}
