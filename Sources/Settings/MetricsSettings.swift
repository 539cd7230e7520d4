public import Foundation

/// `[metrics]`: where the daemon's counters and gauges go. Both exporters are off unless set, so
/// the quick start writes no file and opens no port.
public struct MetricsSettings: Sendable, Equatable {
    /// The Prometheus text file rewritten for node_exporter's textfile collector; nil: none.
    public var file: String?
    /// How often that file is rewritten.
    public var interval: TimeInterval = 15
    /// Where `GET /metrics` is served; nil: nowhere.
    public var listen: ListenAddress?

    public init(file: String? = nil, interval: TimeInterval = 15, listen: ListenAddress? = nil) {
        self.file = file
        self.interval = interval
        self.listen = listen
    }
}
