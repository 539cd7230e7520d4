import Alerts
import CoreMetrics
import FeedScheduling
import Foundation
import Metrics
import Pipeline
import Prometheus

/// The daemon's series, made through swift-metrics from one Prometheus registry, and that
/// registry rendered in the text exposition format. Each test gives its daemon a registry of its
/// own; `tally run` uses the one it bootstraps swift-metrics with (`bootstrappingMetricsSystem`).
public final class TallyMetrics: Sendable {
    private let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    /// Made up front, so that every series is there from 0 and `rate()` sees its first increase.
    private let documents: [DocumentSource: [OutcomeLabel: CoreMetrics.Counter]]
    private let alerts: [AlertKind: CoreMetrics.Counter]
    private let processing: [DocumentSource: CoreMetrics.Timer]
    private let pendingDocuments: CoreMetrics.Gauge
    private let feedsFailing: CoreMetrics.Gauge

    static let processingBuckets: [Duration] = [
        .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
        .seconds(10), .seconds(30), .seconds(60),
    ]

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry(), startTime: Date = Date()) {
        self.registry = registry
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.durationHistogramBuckets["tally_document_processing_seconds"] = Self.processingBuckets
        self.factory = factory
        documents = Dictionary(uniqueKeysWithValues: DocumentSource.allCases.map { source in
            (source, Dictionary(uniqueKeysWithValues: OutcomeLabel.allCases.map { outcome in
                (outcome, CoreMetrics.Counter(label: "tally_documents_total", dimensions: [("source", source.rawValue), ("outcome", outcome.rawValue)], factory: factory))
            }))
        })
        alerts = Dictionary(uniqueKeysWithValues: AlertKind.allCases.map { kind in
            (kind, CoreMetrics.Counter(label: "tally_alerts_total", dimensions: [("kind", kind.rawValue)], factory: factory))
        })
        processing = Dictionary(uniqueKeysWithValues: DocumentSource.allCases.map { source in
            (source, CoreMetrics.Timer(label: "tally_document_processing_seconds", dimensions: [("source", source.rawValue)], factory: factory))
        })
        pendingDocuments = CoreMetrics.Gauge(label: "tally_pending_documents", factory: factory)
        feedsFailing = CoreMetrics.Gauge(label: "tally_feeds_failing", factory: factory)
        CoreMetrics.Gauge(label: "tally_start_time_seconds", factory: factory).record(startTime.timeIntervalSince1970)
    }

    /// For the process that runs the daemon, once: swift-metrics' global factory, which any
    /// library's metrics go through, then records into the same registry as the daemon's series.
    public static func bootstrappingMetricsSystem() -> TallyMetrics {
        let metrics = TallyMetrics()
        MetricsSystem.bootstrap(metrics.factory)
        return metrics
    }

    /// One document done: its outcome, its alerts by kind, and how long it took.
    public func record(_ report: IngestReport, source: DocumentSource, took duration: Duration) {
        documents[source]?[OutcomeLabel(report.outcome)]?.increment()
        for stored in report.alerts { alerts[stored.alert.kind]?.increment() }
        processing[source]?.record(duration: duration)
    }

    /// One feed response, as the schedule saw it.
    public func recordFetch(_ result: FetchResult, status: Int) {
        CoreMetrics.Counter(label: "tally_feed_fetches_total",
                dimensions: [("result", FetchResultLabel(result).rawValue), ("status", StatusLabel.of(status))],
                factory: factory).increment()
    }

    /// Feeds whose last fetch failed (an error streak of one or more).
    public func setFeedsFailing(_ count: Int) { feedsFailing.record(count) }

    /// The exposition text, with the gauges that are read at render time (the work queue's length,
    /// which grows while the worker waits on a failing database) set first.
    public func render(pendingDocuments pending: Int) -> [UInt8] {
        pendingDocuments.record(pending)
        return registry.emitToBuffer()
    }
}
