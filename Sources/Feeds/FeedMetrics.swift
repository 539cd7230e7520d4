public import CoreMetrics
import FeedScheduling

/// What the feed service reports, through the swift-metrics API: which exporter (if any) reads
/// it is the process's choice (`MetricsSystem.bootstrap`), not the service's. Tests hand it a
/// factory of their own (MetricsTestKit's `TestMetrics`).
public struct FeedMetrics: Sendable {
    private let factory: any MetricsFactory
    private let feedsFailing: Gauge

    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        self.factory = factory
        feedsFailing = Gauge(label: "tally_feeds_failing", factory: factory)
        // Made up front, so that the series is there from 0.
        feedsFailing.record(0)
    }

    /// One feed response, as the schedule saw it.
    func recordFetch(_ result: FetchResult, status: Int) {
        Counter(label: "tally_feed_fetches_total",
                dimensions: [("result", FetchResultLabel(result).rawValue), ("status", StatusLabel.of(status))],
                factory: factory).increment()
    }

    /// Feeds whose last fetch failed (an error streak of one or more).
    func setFeedsFailing(_ count: Int) { feedsFailing.record(count) }
}

/// The `result` label of `tally_feed_fetches_total`.
enum FetchResultLabel: String {
    case fresh, notModified = "not_modified", throttled, failed

    init(_ result: FetchResult) {
        switch result {
        case .fresh: self = .fresh
        case .notModified: self = .notModified
        case .throttled: self = .throttled
        case .failed: self = .failed
        }
    }
}

/// The `status` label of `tally_feed_fetches_total`: the codes feeds commonly answer with as
/// themselves, any other by its class, so the number of series stays small whatever servers send.
enum StatusLabel {
    static let named: Set<Int> = [200, 304, 400, 401, 403, 404, 410, 429, 500, 502, 503, 504]

    static func of(_ status: Int) -> String {
        switch status {
        // No HTTP response at all: name resolution, connection, TLS, time-out.
        case 0: "none"
        case _ where named.contains(status): String(status)
        case 100...599: "\(status / 100)xx"
        default: "other"
        }
    }
}
