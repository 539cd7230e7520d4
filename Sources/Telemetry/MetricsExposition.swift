public import CoreMetrics
public import Foundation
import Prometheus

/// One Prometheus registry, the swift-metrics factory that records into it, and the registry
/// rendered in the text exposition format. Stages record through the swift-metrics API and know
/// nothing of this; the process that runs the daemon bootstraps swift-metrics with it
/// (`bootstrappingMetricsSystem`), and each test may make one of its own.
public final class MetricsExposition: Sendable {
    private let registry: PrometheusCollectorRegistry
    private let prometheusFactory: PrometheusMetricsFactory

    /// What stages are handed to make their series with.
    public var factory: any MetricsFactory { prometheusFactory }

    /// Processing times from a millisecond (a page already known) to a minute (a database that waits).
    static let durationBuckets: [Duration] = [
        .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
        .seconds(10), .seconds(30), .seconds(60),
    ]

    public init(startTime: Date = Date()) {
        registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = Self.durationBuckets
        prometheusFactory = factory
        Gauge(label: "tally_start_time_seconds", factory: factory).record(startTime.timeIntervalSince1970)
    }

    /// For the process that runs the daemon, once: swift-metrics' global factory, which any
    /// library's metrics go through, then records into the same registry as the daemon's series.
    public static func bootstrappingMetricsSystem() -> MetricsExposition {
        let exposition = MetricsExposition()
        MetricsSystem.bootstrap(exposition.prometheusFactory)
        return exposition
    }

    public func render() -> [UInt8] { registry.emitToBuffer() }
}
