import Foundation
import Logging
import Model
import Pipeline
import Store

/// The one path a document takes in the daemon, whatever its source: read it from its source,
/// ingest it, let the source settle it, count it, record its metrics, log what became of it;
/// and when it fails, decide when it is tried again, or whether it is set aside.
///
/// A failure of the machine (`TransientFailure`: a full disk, a busy database, an alert log that
/// cannot be written) is tried again with a pause that doubles, for as long as it lasts, and
/// never counts against the document. A failure of the document's own (`DocumentFailure`) is
/// tried `RetryPolicy.permanentTries` times with the same pauses, then the document is set aside
/// with its reason by its source and the daemon goes on with the next.
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
        /// Set aside after its tries, with this reason.
        case setAside(reason: String)
        /// The daemon is stopping; the document is taken again on the next start.
        case stopping
    }

    /// A document across its tries.
    private struct DocumentKey: Hashable {
        var origin: DocumentOrigin
        var name: String
        var feedEntry: FeedEntryReference?

        init(_ document: IncomingDocument) {
            origin = document.origin
            name = document.name
            feedEntry = document.feedEntry
        }
    }

    private struct Failures {
        var tries: Int
        var lastReason: String
    }

    private let ingester: any DocumentIngesting
    private let policy: RetryPolicy
    private let logger: Logger
    private let metrics: DocumentMetrics
    private let counters: SharedCounters
    /// Failures in a row, of any document: what the pause grows with.
    private var failuresInARow = 0
    /// Failures of their own, per document not yet finished. The failing document stays at the
    /// head of the queue, so this holds one or two; it is bounded all the same.
    private var documentFailures: [DocumentKey: Failures] = [:]
    private static let rememberedDocuments = 1_000

    init(ingester: any DocumentIngesting, policy: RetryPolicy, logger: Logger, metrics: DocumentMetrics, counters: SharedCounters) {
        self.ingester = ingester
        self.policy = policy
        self.logger = logger
        self.metrics = metrics
        self.counters = counters
    }

    func take(_ document: some DocumentAtSource) -> Verdict {
        let started = ContinuousClock.now
        var key: DocumentKey?
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
                key = DocumentKey(incoming)
                if let key, let failures = documentFailures[key], failures.tries >= policy.permanentTries {
                    // Its tries are spent and setting it aside failed (the disk was full, say): only that is tried again.
                    return setAside(document, key, failures)
                }
                let report = try ingester.ingest(incoming)
                if let key { documentFailures[key] = nil }
                return try finish(report, document, started: started)
            }
        } catch {
            return failed(document, key, error)
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

    private func failed(_ document: some DocumentAtSource, _ key: DocumentKey?, _ error: PipelineError) -> Verdict {
        if case .stopping = error {
            logger.notice("stopping: the document in hand was left unrecorded; it is taken again on the next start", metadata: document.logMetadata)
            return .stopping
        }
        failuresInARow += 1
        let pause = policy.pause(afterFailuresInARow: failuresInARow)
        guard case .permanent(let failure) = error, let key else {
            logger.error("could not finish a document; it stays pending and is retried",
                         metadata: document.logMetadata.merging(["error": "\(error.description)", "retry_in_seconds": "\(pause)"]) { $1 })
            return .retry(error, at: Date().addingTimeInterval(pause))
        }
        if documentFailures[key] == nil, documentFailures.count >= Self.rememberedDocuments { documentFailures.removeAll() }
        let failures = Failures(tries: (documentFailures[key]?.tries ?? 0) + 1, lastReason: failure.description)
        documentFailures[key] = failures
        guard failures.tries < policy.permanentTries else { return setAside(document, key, failures) }
        logger.error("could not finish a document, for a reason of its own; it is retried, and set aside once its tries are spent",
                     metadata: document.logMetadata.merging(["error": "\(failure.description)", "tries": "\(failures.tries) of \(policy.permanentTries)",
                                                             "retry_in_seconds": "\(pause)"]) { $1 })
        return .retry(error, at: Date().addingTimeInterval(pause))
    }

    private func setAside(_ document: some DocumentAtSource, _ key: DocumentKey, _ failures: Failures) -> Verdict {
        let reason = "failed \(failures.tries) times for a reason of its own, and was set aside: \(failures.lastReason)"
        let settlement: Settlement
        do {
            settlement = try document.setAside(reason: reason)
        } catch {
            failuresInARow += 1
            let pause = policy.pause(afterFailuresInARow: failuresInARow)
            logger.error("could not set aside a document that keeps failing; retrying",
                         metadata: document.logMetadata.merging(["error": "\(error.description)", "retry_in_seconds": "\(pause)"]) { $1 })
            return .retry(error, at: Date().addingTimeInterval(pause))
        }
        documentFailures[key] = nil
        failuresInARow = 0
        counters.countSetAside()
        if let source = DocumentSource(document.origin) { metrics.recordSetAside(source: source) }
        let placed: Logger.Metadata = if case .settled(let placed) = settlement { placed } else { [:] }
        logger.error("set a document aside: it failed \(failures.tries) times for a reason of its own; going on with the next",
                     metadata: document.logMetadata.merging(placed) { $1 }.merging(["error": "\(failures.lastReason)", "tries": "\(failures.tries)"]) { $1 })
        return .setAside(reason: reason)
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

    func countSetAside() { lock.withLock { counts.setAside += 1 } }
}
