public import CoreMetrics
public import Model
import Store

/// The `source` label: the daemon's two sources. Documents `tally ingest` takes are not the
/// daemon's to count.
public enum DocumentSource: String, Sendable, CaseIterable {
    case drop, feed

    public init?(_ origin: DocumentOrigin) {
        switch origin {
        case .drop: self = .drop
        case .feed: self = .feed
        case .cli: return nil
        }
    }
}

/// What the pipeline's intake reports for every document, through the swift-metrics API: its
/// outcome, the alerts it raised by kind, and how long it took. Which exporter reads the series is
/// the process's choice (`MetricsSystem.bootstrap`); tests hand a factory of their own.
public struct DocumentMetrics: Sendable {
    /// Made up front, so that every series is there from 0 and `rate()` sees its first increase.
    private let documents: [DocumentSource: [OutcomeLabel: Counter]]
    private let alerts: [AlertKind: Counter]
    private let processing: [DocumentSource: CoreMetrics.Timer]

    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        documents = Dictionary(uniqueKeysWithValues: DocumentSource.allCases.map { source in
            (source, Dictionary(uniqueKeysWithValues: OutcomeLabel.allCases.map { outcome in
                (outcome, Counter(label: "tally_documents_total", dimensions: [("source", source.rawValue), ("outcome", outcome.rawValue)], factory: factory))
            }))
        })
        alerts = Dictionary(uniqueKeysWithValues: AlertKind.allCases.map { kind in
            (kind, Counter(label: "tally_alerts_total", dimensions: [("kind", kind.rawValue)], factory: factory))
        })
        processing = Dictionary(uniqueKeysWithValues: DocumentSource.allCases.map { source in
            (source, CoreMetrics.Timer(label: "tally_document_processing_seconds", dimensions: [("source", source.rawValue)], factory: factory))
        })
    }

    /// A document set aside after failing too often for a reason of its own.
    public func recordSetAside(source: DocumentSource) {
        documents[source]?[.setAside]?.increment()
    }

    /// One document done.
    public func record(_ report: IngestReport, source: DocumentSource, took duration: Duration) {
        documents[source]?[OutcomeLabel(report.outcome)]?.increment()
        for stored in report.alerts { alerts[stored.alert.kind]?.increment() }
        let (seconds, attoseconds) = duration.components
        processing[source]?.recordNanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

/// The `outcome` label of `tally_documents_total`.
enum OutcomeLabel: String, CaseIterable {
    case ingested, duplicate, alreadySeen = "already_seen", rejected
    /// Not an ingest outcome: the document kept failing and was set aside (`recordSetAside`).
    case setAside = "set_aside"

    init(_ outcome: IngestReport.Outcome) {
        switch outcome {
        case .ingested: self = .ingested
        case .duplicate: self = .duplicate
        case .alreadySeen: self = .alreadySeen
        case .rejected: self = .rejected
        }
    }
}
