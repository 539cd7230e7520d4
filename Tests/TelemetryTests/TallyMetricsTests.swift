import Alerts
import FeedScheduling
import Figures
import Foundation
import Pipeline
@testable import Store
import Telemetry
import TestSupport
import Testing

@Suite struct TallyMetricsTests {
    static func alert(_ kind: AlertKind) -> StoredAlert {
        let observation = Observation(claimID: 1, key: "floods/deaths", quantity: Quantity(12), statedAs: "12", claimant: nil,
                                      quote: "12 people died.", article: ArticleReference(id: 1), observedAt: Date())
        return StoredAlert(id: 1, documentID: 1, alert: Alert(kind: kind, key: "floods/deaths", raisedAt: Date(), new: observation, old: nil, positions: []),
                           logged: true)
    }

    static func samples(_ metrics: TallyMetrics, pending: Int = 0) -> [String: Double] {
        PrometheusText.samples(String(decoding: metrics.render(pendingDocuments: pending), as: UTF8.self))
    }

    @Test func everySeriesIsThereFromZeroWithTheStartTime() {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let samples = Self.samples(TallyMetrics(startTime: start))
        for source in ["drop", "feed"] {
            for outcome in ["ingested", "duplicate", "already_seen", "rejected"] {
                #expect(samples["tally_documents_total{source=\"\(source)\",outcome=\"\(outcome)\"}"] == 0)
            }
            #expect(samples["tally_document_processing_seconds_count{source=\"\(source)\"}"] == 0)
        }
        for kind in AlertKind.allCases { #expect(samples["tally_alerts_total{kind=\"\(kind.rawValue)\"}"] == 0) }
        #expect(samples["tally_pending_documents"] == 0)
        #expect(samples["tally_feeds_failing"] == 0)
        #expect(samples["tally_start_time_seconds"] == 1_700_000_000)
    }

    @Test func documentsCountByOutcomeAndSourceAndTheirAlertsByKind() {
        let metrics = TallyMetrics()
        metrics.record(IngestReport(name: "a.txt", outcome: .ingested, alerts: [Self.alert(.figureChanged), Self.alert(.figureDisputed)]),
                       source: .drop, took: .milliseconds(3))
        metrics.record(IngestReport(name: "b.txt", outcome: .ingested, alerts: [Self.alert(.figureChanged)]), source: .drop, took: .milliseconds(3))
        metrics.record(IngestReport(name: "c.txt", outcome: .alreadySeen(firstName: "a.txt")), source: .drop, took: .milliseconds(1))
        metrics.record(IngestReport(name: "entry", outcome: .duplicate(ofArticle: 1, similarity: 0.9)), source: .feed, took: .milliseconds(3))
        metrics.record(IngestReport(name: "entry 2", outcome: .rejected(reason: "no article text")), source: .feed, took: .milliseconds(3))
        let samples = Self.samples(metrics)
        #expect(samples["tally_documents_total{source=\"drop\",outcome=\"ingested\"}"] == 2)
        #expect(samples["tally_documents_total{source=\"drop\",outcome=\"already_seen\"}"] == 1)
        #expect(samples["tally_documents_total{source=\"drop\",outcome=\"duplicate\"}"] == 0)
        #expect(samples["tally_documents_total{source=\"feed\",outcome=\"duplicate\"}"] == 1)
        #expect(samples["tally_documents_total{source=\"feed\",outcome=\"rejected\"}"] == 1)
        #expect(samples["tally_documents_total{source=\"feed\",outcome=\"ingested\"}"] == 0)
        #expect(samples["tally_alerts_total{kind=\"figure_changed\"}"] == 2)
        #expect(samples["tally_alerts_total{kind=\"figure_disputed\"}"] == 1)
        #expect(samples["tally_alerts_total{kind=\"figure_new\"}"] == 0)
    }

    @Test func processingTimesFallIntoTheirBuckets() {
        let metrics = TallyMetrics()
        for duration: Duration in [.milliseconds(3), .milliseconds(40), .seconds(2)] { metrics.record(IngestReport(name: "a", outcome: .ingested), source: .drop, took: duration) }
        let samples = Self.samples(metrics)
        let bucket = { (le: String) in samples["tally_document_processing_seconds_bucket{source=\"drop\",le=\"\(le)\"}"] }
        #expect(bucket("0.0025") == 0)
        #expect(bucket("0.005") == 1)
        #expect(bucket("0.05") == 2)
        #expect(bucket("1.0") == 2)
        #expect(bucket("2.5") == 3)
        #expect(bucket("+Inf") == 3)
        #expect(samples["tally_document_processing_seconds_count{source=\"drop\"}"] == 3)
        #expect(abs((samples["tally_document_processing_seconds_sum{source=\"drop\"}"] ?? 0) - 2.043) < 1e-9)
        #expect(samples["tally_document_processing_seconds_count{source=\"feed\"}"] == 0)
    }

    @Test func fetchesCountByResultAndAFewStatusesOrTheirClass() {
        let metrics = TallyMetrics()
        let fetches: [(FetchResult, Int)] = [
            (.fresh, 200), (.fresh, 200), (.notModified, 304), (.throttled(retryAfter: 60), 429),
            (.failed(reason: "connection refused", retryAfter: nil), 0), (.failed(reason: "HTTP 418", retryAfter: nil), 418),
            (.failed(reason: "HTTP 451", retryAfter: nil), 451), (.failed(reason: "HTTP 599", retryAfter: nil), 599),
            (.failed(reason: "HTTP 999", retryAfter: nil), 999), (.failed(reason: "not a readable feed", retryAfter: nil), 200),
        ]
        for (result, status) in fetches { metrics.recordFetch(result, status: status) }
        let samples = Self.samples(metrics).filter { $0.key.hasPrefix("tally_feed_fetches_total") }
        #expect(samples == [
            "tally_feed_fetches_total{result=\"fresh\",status=\"200\"}": 2,
            "tally_feed_fetches_total{result=\"not_modified\",status=\"304\"}": 1,
            "tally_feed_fetches_total{result=\"throttled\",status=\"429\"}": 1,
            "tally_feed_fetches_total{result=\"failed\",status=\"none\"}": 1,
            "tally_feed_fetches_total{result=\"failed\",status=\"4xx\"}": 2,
            "tally_feed_fetches_total{result=\"failed\",status=\"5xx\"}": 1,
            "tally_feed_fetches_total{result=\"failed\",status=\"other\"}": 1,
            "tally_feed_fetches_total{result=\"failed\",status=\"200\"}": 1,
        ])
    }

    @Test func gaugesHoldTheLastValue() {
        let metrics = TallyMetrics()
        metrics.setFeedsFailing(3)
        metrics.setFeedsFailing(2)
        let samples = Self.samples(metrics, pending: 7)
        #expect(samples["tally_feeds_failing"] == 2)
        #expect(samples["tally_pending_documents"] == 7)
        #expect(Self.samples(metrics, pending: 0)["tally_pending_documents"] == 0)
    }

    /// Nothing global: each daemon (each test) counts in its own registry.
    @Test func twoRegistriesCountApart() {
        let first = TallyMetrics(), second = TallyMetrics()
        first.record(IngestReport(name: "a", outcome: .ingested), source: .drop, took: .milliseconds(1))
        #expect(Self.samples(first)["tally_documents_total{source=\"drop\",outcome=\"ingested\"}"] == 1)
        #expect(Self.samples(second)["tally_documents_total{source=\"drop\",outcome=\"ingested\"}"] == 0)
    }
}
