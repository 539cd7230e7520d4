import AlertLog
import Configuration
import DropFolder
import FeedFetching
import FeedScheduling
import Feeds
import Foundation
import Logging
import Pipeline
import Store
import Telemetry
#if canImport(Glibc)
import Glibc
#endif

/// `tally run`: watches the drop folder and fetches the subscribed feeds, and takes every
/// document through the pipeline, one at a time, until asked to stop (`requestStop`, which
/// `SignalRouter` calls on SIGTERM and SIGINT): the document in hand is finished first.
/// `requestReload` (SIGHUP) reloads the configuration (feeds, rules, folders) and reopens the
/// alert log.
public final class Daemon: @unchecked Sendable {
    public struct Counters: Sendable, Equatable {
        public var ingested = 0
        public var duplicates = 0
        public var alreadySeen = 0
        public var rejected = 0
        public var alerts = 0
        public var feedDocuments = 0
    }

    /// Makes the HTTP client for the feed settings; tests pass a scripted one.
    public typealias FetcherFactory = @Sendable (FeedSettings) -> any HTTPFetching

    private let configurationPath: String?
    private var configuration: TallyConfiguration
    private let logger: Logger
    private let makeFetcher: FetcherFactory
    private let queue = WorkQueue()
    private let metrics: TallyMetrics
    private lazy var exporters = MetricsExporters(logger: logger) { [queue, metrics] in metrics.render(pendingDocuments: queue.pendingCount) }
    /// Called once the database is open, pending alerts are written and the watch is set up.
    public var onReady: (@Sendable () -> Void)?

    // For the service status and watchdog (ServiceReporter), which read from another thread.
    private let countersLock = NSLock()
    private var countedSoFar = Counters()
    public var counters: Counters { countersLock.withLock { countedSoFar } }
    /// Documents waiting in the queue (files and feed entries), held files included.
    public var pendingDocuments: Int { queue.pendingCount }
    /// Stamped by the worker each time round its loop; its `idleWake` bounds the idle wait.
    public var heartbeat: Heartbeat?

    /// What runs for one configuration; a reload that changes it replaces the parts concerned.
    private struct Components {
        var processor: DropFolderProcessor
        var watcher: FolderWatcher
        var feeds: FeedService
        var fetcher: any HTTPFetching

        func stop() {
            watcher.stop()
            feeds.stop()
            fetcher.shutdown()
        }
    }

    public init(configurationPath: String?, configuration: TallyConfiguration, logger: Logger,
                makeFetcher: @escaping FetcherFactory = { CurlFetcher(settings: FetchSettings(feedSettings: $0)) },
                metrics: TallyMetrics = TallyMetrics()) {
        self.configurationPath = configurationPath
        self.configuration = configuration
        self.logger = logger
        self.makeFetcher = makeFetcher
        self.metrics = metrics
    }

    public func requestStop() { queue.requestStop() }
    public func requestReload() { queue.requestReload() }

    /// Runs until stopped. Throws only when it cannot start (database or folders unusable).
    public func run() throws(DaemonError) {
        var components = try start(configuration)
        logger.notice("tally is running", metadata: [
            "drop": "\(configuration.dropFolder)", "database": "\(configuration.databasePath)", "alerts": "\(configuration.alertLogPath)",
            "feeds": "\(configuration.feeds.count) in the configuration",
        ])
        exporters.apply(configuration.metrics)
        onReady?()
        var failureStreak = 0
        loop: while true {
            heartbeat?.waiting()
            guard let work = queue.next(idleFor: heartbeat?.idleWake?.timeInterval) else { continue }
            heartbeat?.working()
            switch work {
            case .stop:
                break loop
            case .reload:
                components = reload(components)
            case .rescan:
                do {
                    queue.addScanned(try components.processor.layout.waitingFiles())
                } catch {
                    logger.error("cannot scan the drop folder", metadata: ["error": "\(error.description)"])
                }
            case .file(let name, let fromScan):
                if fromScan, let until = settleTime(of: name, in: components.processor.layout) {
                    queue.hold(name, until: until)
                    continue
                }
                do {
                    try handle(name, components.processor)
                    failureStreak = 0
                } catch {
                    failureStreak += 1
                    retry(work, after: error, streak: failureStreak, what: ["file": "\(name.display)"])
                }
            case .entryDocument(let document):
                do {
                    let started = ContinuousClock.now
                    let report = try components.processor.pipeline.ingest(document.bytes, name: document.name, origin: "feed",
                                                                          declaredCharset: document.declaredCharset,
                                                                          metadata: document.metadata, feedEntry: document.entry)
                    count(report)
                    metrics.record(report, source: .feed, took: started.duration(to: .now))
                    components.feeds.entryFinished(document.entry)
                    countersLock.withLock { countedSoFar.feedDocuments += 1 }
                    // Thousands of feeds bring thousands of entries: the feed service's round summary counts them.
                    logger.debug("\(Self.describe(report))", metadata: ["feed": "\(document.metadata.source ?? "")", "url": "\(document.metadata.url ?? "")"])
                    failureStreak = 0
                } catch {
                    failureStreak += 1
                    retry(work, after: error, streak: failureStreak, what: ["url": "\(document.metadata.url ?? document.name)"])
                }
            }
        }
        components.stop()
        exporters.stop()
        do {
            try components.processor.pipeline.store.close()
        } catch {
            logger.error("the database was not closed cleanly; it recovers on the next start", metadata: ["error": "\(error.description)"])
        }
        logger.notice("tally stopped", metadata: ["ingested": "\(counters.ingested)", "rejected": "\(counters.rejected)", "alerts": "\(counters.alerts)"])
    }

    /// A failure of the database or the alert log: the document stays pending and is tried again,
    /// after a pause that doubles up to a minute.
    private func retry(_ work: WorkQueue.Work, after error: PipelineError, streak: Int, what: Logger.Metadata) {
        let pause = min(60, pow(2, Double(min(streak, 6) - 1)))
        logger.error("could not finish a document; it stays pending and is retried",
                     metadata: what.merging(["error": "\(error.description)", "retry_in_seconds": "\(pause)"]) { $1 })
        queue.retry(work, after: Date().addingTimeInterval(pause))
    }

    private func start(_ configuration: TallyConfiguration) throws(DaemonError) -> Components {
        let layout = DropFolderLayout(folder: configuration.dropFolder, processed: configuration.processedFolder, rejected: configuration.rejectedFolder)
        let pipeline: Pipeline
        do {
            try layout.prepare()
            let store = try TallyStore(path: configuration.databasePath, maximumBytes: configuration.maximumDatabaseBytes)
            let alertLog = try AlertLogWriter(path: configuration.alertLogPath)
            pipeline = Pipeline(store: store, alertLog: alertLog, policy: configuration.alertPolicy, duplicateWindow: configuration.duplicateWindow,
                                storyCapacity: configuration.storiesHeld, storyFade: configuration.storyFade)
            let change = try FeedSubscriptions.sync(configuration.feeds, store: store, now: Date())
            logFeedChange(change)
        } catch {
            throw DaemonError("\(error)")
        }
        var attempt = 0
        while true {
            do {
                try pipeline.recover()
                break
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
        let (feeds, fetcher) = startFeeds(configuration, store: pipeline.store)
        return Components(processor: processor, watcher: watcher, feeds: feeds, fetcher: fetcher)
    }

    private func startFeeds(_ configuration: TallyConfiguration, store: TallyStore) -> (FeedService, any HTTPFetching) {
        let fetcher = makeFetcher(configuration.feedSettings)
        let settings = FeedService.Settings(policy: SchedulePolicy(interval: configuration.feedSettings.interval,
                                                                   backoffCeiling: configuration.feedSettings.backoffCeiling),
                                            fetchArticles: configuration.feedSettings.fetchArticles,
                                            // Enough to keep every transfer slot busy while the last responses are parsed.
                                            maxFeedFetches: 2 * configuration.feedSettings.maxTransfers)
        let queue = self.queue
        let service = FeedService(store: store, fetcher: fetcher, settings: settings, logger: logger, metrics: metrics) { document in queue.add(document) }
        service.start()
        return (service, fetcher)
    }

    private func reload(_ components: Components) -> Components {
        do {
            let reloaded = try TallyConfiguration.load(path: configurationPath)
            var next = components
            if reloaded.dropFolder != configuration.dropFolder || reloaded.databasePath != configuration.databasePath
                || reloaded.maximumDatabaseBytes != configuration.maximumDatabaseBytes
                || reloaded.alertLogPath != configuration.alertLogPath || reloaded.processedFolder != configuration.processedFolder
                || reloaded.rejectedFolder != configuration.rejectedFolder || reloaded.maximumFileBytes != configuration.maximumFileBytes
                || reloaded.duplicateWindow != configuration.duplicateWindow || reloaded.storyFade != configuration.storyFade
                || reloaded.storiesHeld != configuration.storiesHeld {
                components.stop()
                next = try start(reloaded)
            } else {
                next.processor.pipeline.rules.policy = reloaded.alertPolicy
                try next.processor.pipeline.alertLog.reopen()
                logFeedChange(try FeedSubscriptions.sync(reloaded.feeds, store: next.processor.pipeline.store, now: Date()))
                if reloaded.feedSettings != configuration.feedSettings {
                    next.feeds.stop()
                    next.fetcher.shutdown()
                    (next.feeds, next.fetcher) = startFeeds(reloaded, store: next.processor.pipeline.store)
                } else {
                    next.feeds.refreshSubscriptions()
                }
            }
            configuration = reloaded
            exporters.apply(reloaded.metrics)
            logger.notice("configuration reloaded; alert log reopened", metadata: ["feeds": "\(reloaded.feeds.count) in the configuration"])
            return next
        } catch {
            logger.error("reload failed; keeping the running configuration", metadata: ["error": "\(error)"])
            return components
        }
    }

    private func logFeedChange(_ change: FeedSubscriptions.Change) {
        for url in change.subscribed { logger.notice("subscribed to a feed from the configuration", metadata: ["url": "\(url)"]) }
        for url in change.unsubscribed { logger.notice("feed no longer in the configuration: unsubscribed", metadata: ["url": "\(url)"]) }
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
        let started = ContinuousClock.now
        switch try processor.process(name) {
        case .vanished:
            logger.info("file vanished before it was done", metadata: ["file": "\(name.display)"])
        case .stillChanging:
            queue.hold(name, until: Date().addingTimeInterval(max(1, configuration.settleSeconds)))
        case .done(let report, let finalName):
            count(report)
            metrics.record(report, source: .drop, took: started.duration(to: .now))
            logger.info("\(Self.describe(report))", metadata: ["file": "\(name.display)", "moved_to": "\(finalName)"])
        }
    }

    private func count(_ report: IngestReport) {
        countersLock.withLock {
            switch report.outcome {
            case .ingested: countedSoFar.ingested += 1
            case .duplicate: countedSoFar.duplicates += 1
            case .alreadySeen: countedSoFar.alreadySeen += 1
            case .rejected: countedSoFar.rejected += 1
            }
            countedSoFar.alerts += report.alerts.count
        }
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
