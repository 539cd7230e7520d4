import Documents
import Foundation
import Logging
import Pipeline
import Telemetry

/// The one path a document takes in the daemon, whatever its source: read it from its source,
/// ingest it, let the source settle it, count it, record its metrics, log what became of it;
/// and when it fails, say when it is tried again.
///
/// Use from the daemon's worker thread only.
final class Intake {
    /// What the worker does with the document next.
    enum Verdict {
        /// Finished: recorded (or refused) and settled; nil when it vanished first.
        case done(IngestReport?)
        /// Still being written: hold it and take it again later.
        case stillChanging
        /// Failed: back at the head of the queue, and no document is taken before `time`.
        case retry(PipelineError, at: Date)
        /// The daemon is stopping; the document is taken again on the next start.
        case stopping
    }

    private let ingester: any DocumentIngesting
    private let policy: RetryPolicy
    private let logger: Logger
    private let metrics: TallyMetrics
    private let counters: SharedCounters
    /// Failures in a row, of any document: what the pause grows with.
    private var failuresInARow = 0

    init(ingester: any DocumentIngesting, policy: RetryPolicy, logger: Logger, metrics: TallyMetrics, counters: SharedCounters) {
        self.ingester = ingester
        self.policy = policy
        self.logger = logger
        self.metrics = metrics
        self.counters = counters
    }

    func take(_ document: some DocumentAtSource) -> Verdict {
        let started = ContinuousClock.now
        do {
            switch try document.read() {
            case .vanished:
                return vanished(document)
            case .stillChanging:
                failuresInARow = 0
                return .stillChanging
            case .refused(let name, let reason):
                return try finish(IngestReport(name: name, outcome: .rejected(reason: reason)), document, started: started)
            case .document(let incoming):
                return try finish(try ingester.ingest(incoming), document, started: started)
            }
        } catch {
            return failed(document, error)
        }
    }

    private func finish(_ report: IngestReport, _ document: some DocumentAtSource, started: ContinuousClock.Instant) throws(PipelineError) -> Verdict {
        guard case .settled(let placed) = try document.settle(report) else { return vanished(document) }
        failuresInARow = 0
        counters.count(report, origin: document.origin)
        if let source = DocumentSource(document.origin) { metrics.record(report, source: source, took: started.duration(to: .now)) }
        logger.log(level: document.outcomeLevel, "\(Self.describe(report))", metadata: document.logMetadata.merging(placed) { $1 })
        return .done(report)
    }

    private func vanished(_ document: some DocumentAtSource) -> Verdict {
        // Only a dropped file can be taken away.
        failuresInARow = 0
        logger.info("file vanished before it was done", metadata: document.logMetadata)
        return .done(nil)
    }

    /// A failure of the database, the alert log or the folder: the document stays pending and is
    /// tried again, after a pause that doubles.
    private func failed(_ document: some DocumentAtSource, _ error: PipelineError) -> Verdict {
        if case .stopping = error {
            logger.notice("stopping: the document in hand was left unrecorded; it is taken again on the next start", metadata: document.logMetadata)
            return .stopping
        }
        failuresInARow += 1
        let pause = policy.pause(afterFailuresInARow: failuresInARow)
        logger.error("could not finish a document; it stays pending and is retried",
                     metadata: document.logMetadata.merging(["error": "\(error.description)", "retry_in_seconds": "\(pause)"]) { $1 })
        return .retry(error, at: Date().addingTimeInterval(pause))
    }

    static func describe(_ report: IngestReport) -> String {
        // Notes say what was set aside to keep the article within bounds (a date, the rest of a title).
        describeOutcome(report) + (report.notes.isEmpty ? "" : " (" + report.notes.joined(separator: "; ") + ")")
    }

    private static func describeOutcome(_ report: IngestReport) -> String {
        switch report.outcome {
        case .ingested:
            "ingested: \(report.claims) claims, \(report.alerts.count) alerts"
        case .duplicate(let original, let similarity):
            "near-duplicate of article \(original) (similarity \(String(format: "%.2f", similarity))): \(report.claims) claims, \(report.repeatedClaims) repeated, \(report.alerts.count) alerts"
        case .alreadySeen(let firstName):
            "same bytes as \(firstName), read before: nothing new"
        case .rejected(let reason):
            "rejected: \(reason)"
        }
    }
}

extension DocumentSource {
    /// The metrics' `source` label; documents `tally ingest` takes are not the daemon's to count.
    init?(_ origin: DocumentOrigin) {
        switch origin {
        case .drop: self = .drop
        case .feed: self = .feed
        case .cli: return nil
        }
    }
}

/// The daemon's counts: written by the worker, read by the service status and the watchdog.
final class SharedCounters: @unchecked Sendable {
    private let lock = NSLock()
    private var counts = Daemon.Counters()

    var value: Daemon.Counters { lock.withLock { counts } }

    func count(_ report: IngestReport, origin: DocumentOrigin) {
        lock.withLock {
            switch report.outcome {
            case .ingested: counts.ingested += 1
            case .duplicate: counts.duplicates += 1
            case .alreadySeen: counts.alreadySeen += 1
            case .rejected: counts.rejected += 1
            }
            counts.alerts += report.alerts.count
            if origin == .feed { counts.feedDocuments += 1 }
        }
    }
}
