import CoreMetrics
import Foundation
import Telemetry
import TestSupport
import Testing

/// The registry behind the exporters: what stages record through the factory it hands out is what
/// it renders. (What each stage records is tested with the stage, through MetricsTestKit.)
@Suite struct MetricsExpositionTests {
    static func samples(_ exposition: MetricsExposition) -> [String: Double] {
        PrometheusText.samples(String(decoding: exposition.render(), as: UTF8.self))
    }

    @Test func theStartTimeIsThereFromTheStart() {
        let exposition = MetricsExposition(startTime: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(Self.samples(exposition)["tally_start_time_seconds"] == 1_700_000_000)
    }

    @Test func countersAndGaugesMadeThroughItsFactoryAreRenderedWithTheirDimensions() {
        let exposition = MetricsExposition()
        let ingested = Counter(label: "tally_documents_total", dimensions: [("source", "drop"), ("outcome", "ingested")], factory: exposition.factory)
        _ = Counter(label: "tally_documents_total", dimensions: [("source", "feed"), ("outcome", "ingested")], factory: exposition.factory)
        ingested.increment()
        ingested.increment()
        let pending = Gauge(label: "tally_pending_documents", factory: exposition.factory)
        pending.record(7)
        pending.record(2)
        let samples = Self.samples(exposition)
        #expect(samples["tally_documents_total{source=\"drop\",outcome=\"ingested\"}"] == 2)
        #expect(samples["tally_documents_total{source=\"feed\",outcome=\"ingested\"}"] == 0, "a series made and never increased is there at 0")
        #expect(samples["tally_pending_documents"] == 2, "a gauge holds the last value")
    }

    @Test func durationsFallIntoBucketsFromAMillisecondToAMinute() {
        let exposition = MetricsExposition()
        let timer = CoreMetrics.Timer(label: "tally_document_processing_seconds", dimensions: [("source", "drop")], factory: exposition.factory)
        for milliseconds: Int64 in [3, 40, 2000] { timer.recordMilliseconds(milliseconds) }
        let samples = Self.samples(exposition)
        let bucket = { (le: String) in samples["tally_document_processing_seconds_bucket{source=\"drop\",le=\"\(le)\"}"] }
        #expect(bucket("0.001") == 0)
        #expect(bucket("0.0025") == 0)
        #expect(bucket("0.005") == 1)
        #expect(bucket("0.05") == 2)
        #expect(bucket("1.0") == 2)
        #expect(bucket("2.5") == 3)
        #expect(bucket("60.0") == 3)
        #expect(bucket("+Inf") == 3)
        #expect(samples["tally_document_processing_seconds_count{source=\"drop\"}"] == 3)
        #expect(abs((samples["tally_document_processing_seconds_sum{source=\"drop\"}"] ?? 0) - 2.043) < 1e-9)
    }

    /// Nothing global: each daemon (each test) counts in its own registry.
    @Test func twoExpositionsCountApart() {
        let first = MetricsExposition(), second = MetricsExposition()
        Counter(label: "tally_alerts_total", dimensions: [("kind", "figure_changed")], factory: first.factory).increment()
        _ = Counter(label: "tally_alerts_total", dimensions: [("kind", "figure_changed")], factory: second.factory)
        #expect(Self.samples(first)["tally_alerts_total{kind=\"figure_changed\"}"] == 1)
        #expect(Self.samples(second)["tally_alerts_total{kind=\"figure_changed\"}"] == 0)
    }
}
