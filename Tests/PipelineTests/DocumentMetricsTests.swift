import Alerts
import Figures
import Foundation
import MetricsTestKit
import Model
import Pipeline
@testable import Store
import Testing

/// What the intake reports per document, read back through swift-metrics' test kit.
@Suite struct DocumentMetricsTests {
    static func alert(_ kind: AlertKind) -> StoredAlert {
        let observation = Observation(claimID: 1, key: "floods/deaths", quantity: Quantity(12), statedAs: "12", claimant: nil,
                                      quote: "12 people died.", article: ArticleReference(id: 1), observedAt: Date())
        return StoredAlert(id: 1, documentID: 1, alert: Alert(kind: kind, key: "floods/deaths", raisedAt: Date(), new: observation, old: nil, positions: []),
                           logged: true)
    }

    static func documents(_ metrics: TestMetrics, _ source: String, _ outcome: String) throws -> Int64 {
        try metrics.expectCounter("tally_documents_total", [("source", source), ("outcome", outcome)]).totalValue
    }

    @Test func everySeriesIsMadeUpFrontSoItIsThereFromZero() throws {
        let metrics = TestMetrics()
        _ = DocumentMetrics(factory: metrics)
        for source in ["drop", "feed"] {
            for outcome in ["ingested", "duplicate", "already_seen", "rejected", "set_aside"] {
                #expect(try Self.documents(metrics, source, outcome) == 0)
            }
            #expect(try metrics.expectTimer("tally_document_processing_seconds", [("source", source)]).values.isEmpty)
        }
        for kind in AlertKind.allCases {
            #expect(try metrics.expectCounter("tally_alerts_total", [("kind", kind.rawValue)]).totalValue == 0)
        }
    }

    @Test func documentsCountByOutcomeAndSourceAndTheirAlertsByKind() throws {
        let metrics = TestMetrics()
        let documents = DocumentMetrics(factory: metrics)
        documents.record(IngestReport(name: "a.txt", outcome: .ingested, alerts: [Self.alert(.figureChanged), Self.alert(.figureDisputed)]),
                         source: .drop, took: .milliseconds(3))
        documents.record(IngestReport(name: "b.txt", outcome: .ingested, alerts: [Self.alert(.figureChanged)]), source: .drop, took: .milliseconds(3))
        documents.record(IngestReport(name: "c.txt", outcome: .alreadySeen(firstName: "a.txt")), source: .drop, took: .milliseconds(1))
        documents.record(IngestReport(name: "entry", outcome: .duplicate(ofArticle: 1, similarity: 0.9)), source: .feed, took: .milliseconds(3))
        documents.record(IngestReport(name: "entry 2", outcome: .rejected(reason: "no article text")), source: .feed, took: .milliseconds(3))
        #expect(try Self.documents(metrics, "drop", "ingested") == 2)
        #expect(try Self.documents(metrics, "drop", "already_seen") == 1)
        #expect(try Self.documents(metrics, "drop", "duplicate") == 0)
        #expect(try Self.documents(metrics, "feed", "duplicate") == 1)
        #expect(try Self.documents(metrics, "feed", "rejected") == 1)
        #expect(try Self.documents(metrics, "feed", "ingested") == 0)
        #expect(try metrics.expectCounter("tally_alerts_total", [("kind", "figure_changed")]).totalValue == 2)
        #expect(try metrics.expectCounter("tally_alerts_total", [("kind", "figure_disputed")]).totalValue == 1)
        #expect(try metrics.expectCounter("tally_alerts_total", [("kind", "figure_new")]).totalValue == 0)
    }

    @Test func aDocumentSetAsideCountsUnderItsSourceAndTakesNoTime() throws {
        let metrics = TestMetrics()
        let documents = DocumentMetrics(factory: metrics)
        documents.recordSetAside(source: .feed)
        #expect(try Self.documents(metrics, "feed", "set_aside") == 1)
        #expect(try Self.documents(metrics, "drop", "set_aside") == 0)
        #expect(try metrics.expectTimer("tally_document_processing_seconds", [("source", "feed")]).values.isEmpty)
    }

    @Test func eachDocumentsTimeIsRecordedUnderItsSource() throws {
        let metrics = TestMetrics()
        let documents = DocumentMetrics(factory: metrics)
        documents.record(IngestReport(name: "a", outcome: .ingested), source: .drop, took: .milliseconds(3))
        documents.record(IngestReport(name: "b", outcome: .ingested), source: .drop, took: .seconds(2) + .microseconds(5))
        #expect(try metrics.expectTimer("tally_document_processing_seconds", [("source", "drop")]).values == [3_000_000, 2_000_005_000])
        #expect(try metrics.expectTimer("tally_document_processing_seconds", [("source", "feed")]).values.isEmpty)
    }
}
