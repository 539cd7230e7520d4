import AlertLog
import Configuration
import DropFolder
import Foundation
import Logging
import Pipeline
import Store
#if canImport(Glibc)
import Glibc
#endif

/// `tally run`: watches the drop folder and takes every finished file through the pipeline,
/// one at a time, until asked to stop (`requestStop`, which `SignalRouter` calls on SIGTERM and
/// SIGINT): the document in hand is finished first. `requestReload` (SIGHUP) reloads the
/// configuration and reopens the alert log.
public final class Daemon: @unchecked Sendable {
    public struct Counters: Sendable, Equatable {
        public var ingested = 0
        public var duplicates = 0
        public var alreadySeen = 0
        public var rejected = 0
        public var alerts = 0
    }

    private let configurationPath: String?
    private var configuration: TallyConfiguration
    private let logger: Logger
    private let queue = WorkQueue()
    public private(set) var counters = Counters()
    /// Called once the database is open, pending alerts are written and the watch is set up.
    public var onReady: (@Sendable () -> Void)?

    public init(configurationPath: String?, configuration: TallyConfiguration, logger: Logger) {
        self.configurationPath = configurationPath
        self.configuration = configuration
        self.logger = logger
    }

    public func requestStop() { queue.requestStop() }
    public func requestReload() { queue.requestReload() }

    /// Runs until stopped. Throws only when it cannot start (database or folders unusable).
    public func run() throws(DaemonError) {
        var (processor, watcher) = try start(configuration)
        logger.notice("tally is running", metadata: [
            "drop": "\(configuration.dropFolder)", "database": "\(configuration.databasePath)", "alerts": "\(configuration.alertLogPath)",
        ])
        onReady?()
        var failureStreak = 0
        loop: while true {
            switch queue.next() {
            case .stop:
                break loop
            case .reload:
                do {
                    let reloaded = try TallyConfiguration.load(path: configurationPath)
                    if reloaded.dropFolder != configuration.dropFolder || reloaded.databasePath != configuration.databasePath
                        || reloaded.alertLogPath != configuration.alertLogPath || reloaded.processedFolder != configuration.processedFolder
                        || reloaded.rejectedFolder != configuration.rejectedFolder || reloaded.maximumFileBytes != configuration.maximumFileBytes {
                        watcher.stop()
                        (processor, watcher) = try start(reloaded)
                    } else {
                        processor.pipeline.rules.policy = reloaded.alertPolicy
                        try processor.pipeline.alertLog.reopen()
                    }
                    configuration = reloaded
                    logger.notice("configuration reloaded; alert log reopened")
                } catch {
                    logger.error("reload failed; keeping the running configuration", metadata: ["error": "\(error)"])
                }
            case .rescan:
                do {
                    for name in try processor.layout.waitingFiles() { queue.add(name, fromScan: true) }
                } catch {
                    logger.error("cannot scan the drop folder", metadata: ["error": "\(error.description)"])
                }
            case .file(let name, let fromScan):
                if fromScan, let until = settleTime(of: name, in: processor.layout) {
                    queue.hold(name, until: until)
                    continue
                }
                do {
                    try handle(name, processor)
                    failureStreak = 0
                } catch {
                    failureStreak += 1
                    let pause = min(60, pow(2, Double(min(failureStreak, 6) - 1)))
                    logger.error("could not finish a document; it stays in the drop folder and is retried",
                                 metadata: ["file": "\(name.display)", "error": "\(error.description)", "retry_in_seconds": "\(pause)"])
                    queue.retry(name, fromScan: fromScan, after: Date().addingTimeInterval(pause))
                }
            }
        }
        watcher.stop()
        logger.notice("tally stopped", metadata: ["ingested": "\(counters.ingested)", "rejected": "\(counters.rejected)", "alerts": "\(counters.alerts)"])
    }

    private func start(_ configuration: TallyConfiguration) throws(DaemonError) -> (DropFolderProcessor, FolderWatcher) {
        let layout = DropFolderLayout(folder: configuration.dropFolder, processed: configuration.processedFolder, rejected: configuration.rejectedFolder)
        let pipeline: Pipeline
        do {
            try layout.prepare()
            let store = try TallyStore(path: configuration.databasePath)
            let alertLog = try AlertLogWriter(path: configuration.alertLogPath)
            pipeline = Pipeline(store: store, alertLog: alertLog, policy: configuration.alertPolicy)
        } catch {
            throw DaemonError("\(error)")
        }
        var recovered = false
        var attempt = 0
        while !recovered {
            do {
                try pipeline.recover()
                recovered = true
            } catch {
                // E.g. the disk holding the alert log is full: say so and wait for space.
                attempt += 1
                logger.error("cannot bring the alert log up to date; retrying", metadata: ["error": "\(error.description)"])
                Thread.sleep(forTimeInterval: min(30, Double(attempt)))
            }
        }
        let processor = DropFolderProcessor(pipeline: pipeline, layout: layout, maximumFileBytes: configuration.maximumFileBytes)
        let watcher = FolderWatcher(folder: layout.folder, queue: queue, logger: logger)
        watcher.start()
        queue.requestRescan()
        return (processor, watcher)
    }

    /// A file found by a scan (not announced by inotify) may still be being written. When the
    /// kernel can tell (read lease), a file nobody writes is taken now; otherwise it waits until
    /// it has been left alone for the settle time.
    private func settleTime(of name: FileName, in layout: DropFolderLayout) -> Date? {
        switch WriterCheck.writers(of: name, in: layout.folder) {
        case .noWriters:
            return nil
        case .openForWriting:
            return Date().addingTimeInterval(max(1, configuration.settleSeconds))
        case .unknown:
            guard let modified = layout.modificationTime(of: name),
                  Date().timeIntervalSince(modified) < configuration.settleSeconds else { return nil }
            return modified.addingTimeInterval(configuration.settleSeconds)
        }
    }

    private func handle(_ name: FileName, _ processor: DropFolderProcessor) throws(PipelineError) {
        switch try processor.process(name) {
        case .vanished:
            logger.info("file vanished before it was done", metadata: ["file": "\(name.display)"])
        case .stillChanging:
            queue.hold(name, until: Date().addingTimeInterval(max(1, configuration.settleSeconds)))
        case .done(let report, let finalName):
            count(report)
            logger.info("\(Self.describe(report))", metadata: ["file": "\(name.display)", "moved_to": "\(finalName)"])
        }
    }

    private func count(_ report: IngestReport) {
        switch report.outcome {
        case .ingested: counters.ingested += 1
        case .duplicate: counters.duplicates += 1
        case .alreadySeen: counters.alreadySeen += 1
        case .rejected: counters.rejected += 1
        }
        counters.alerts += report.alerts.count
    }

    static func describe(_ report: IngestReport) -> String {
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

public struct DaemonError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
