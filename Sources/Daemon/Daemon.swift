import AlertLog
import Alerts
public import Settings
import CoreMetrics
public import CurlFetching
import DropFolder
public import FeedFetching
import FeedScheduling
import Feeds
import Foundation
public import Logging
public import NotifierDelivery
import Notifiers
public import Pipeline
import Store
public import Telemetry
import WebServer
#if canImport(Glibc)
import Glibc
#endif

/// `tally run`: watches the drop folder and fetches the subscribed feeds, and takes every
/// document, whatever its source, through the one intake (`Intake`), one at a time, until asked
/// to stop (`requestStop`, which `SignalRouter` calls on SIGTERM and SIGINT): the document in
/// hand is finished first.
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
        /// Documents set aside after failing too often for a reason of their own.
        public var setAside = 0
    }

    /// Makes the HTTP client for the feed settings; tests pass a scripted one.
    public typealias FetcherFactory = @Sendable (FeedSettings) -> any HTTPFetching
    /// What the intake ingests with, given the pipeline; tests stand a failing double in front of it.
    public typealias IngesterFactory = (Pipeline) -> any DocumentIngesting

    private let configurationPath: String?
    private var configuration: TallyConfiguration
    private let logger: Logger
    private let makeFetcher: FetcherFactory
    private let makeNotificationFetcher: @Sendable () -> any HTTPFetching
    private let makeIngester: IngesterFactory
    private let retryPolicy: RetryPolicy
    private let queue = WorkQueue()
    private var reportedStrayFolders: Set<FileName> = []
    private let metrics: MetricsExposition
    private let documentMetrics: DocumentMetrics
    /// Set as the exporters render: the queue's length grows while the worker waits on a failing database.
    private let pendingGauge: Gauge
    /// The exposition text, for the metrics file and /metrics.
    private var renderMetrics: @Sendable () -> [UInt8] {
        { [queue, pendingGauge, metrics] in
            pendingGauge.record(queue.pendingCount)
            return metrics.render()
        }
    }
    private lazy var metricsFile = MetricsFile(logger: logger, render: renderMetrics)
    /// Rung after each commit that wrote alerts: the web view's event streams wait on it.
    private let alertsCommitted = Broadcast()
    private lazy var endpoints = WebEndpoints(logger: logger, metrics: renderMetrics, alertsCommitted: alertsCommitted,
                                              streamFallback: eventStreamFallback)
    /// How long an event stream of the web view waits for a commit before it looks anyway (a
    /// safety net: commits wake it). Read once, when the daemon starts.
    public var eventStreamFallback: Duration = .seconds(15)
    /// Called once the database is open, pending alerts are written and the watch is set up.
    public var onReady: (@Sendable () -> Void)?
    /// Start on a database that knows fewer alerts than the alert log holds, numbering new alerts
    /// after the log's (`--adopt-alert-log`); otherwise such a start is refused.
    public var adoptsAlertLog = false

    // For the service status and watchdog (ServiceReporter), which read from another thread.
    private let countedSoFar = SharedCounters()
    public var counters: Counters { countedSoFar.value }
    /// Documents waiting in the queue (files and feed entries), held files included.
    public var pendingDocuments: Int { queue.pendingCount }
    /// Stamped by the worker each time round its loop; its `idleWake` bounds the idle wait.
    public var heartbeat: Heartbeat?

    /// What runs for one configuration; a reload that changes it replaces the parts concerned.
    private struct Components {
        var pipeline: Pipeline
        var dropFolder: DropFolderSource
        var intake: Intake
        var watcher: FolderWatcher
        var feeds: FeedService
        var fetcher: any HTTPFetching
        var notifications: Notifications?
        var lock: any DaemonLock

        /// The web view, which reads the store, is stopped before (`WebEndpoints.stopPages`).
        func stop() {
            watcher.stop()
            feeds.stop()
            fetcher.shutdown()
            notifications?.stop()
            lock.release()
        }
    }

    /// The sender and its own HTTP client: a slow receiver never takes a feed's transfer slot.
    private struct Notifications {
        var sender: NotificationSender
        var fetcher: any HTTPFetching

        func stop() {
            sender.stop()
            fetcher.shutdown()
        }
    }

    public init(configurationPath: String?, configuration: TallyConfiguration, logger: Logger,
                makeFetcher: @escaping FetcherFactory = { CurlFetcher(settings: FetchSettings(feedSettings: $0)) },
                makeNotificationFetcher: @escaping @Sendable () -> any HTTPFetching = { CurlFetcher(settings: .notifications) },
                metrics: MetricsExposition = MetricsExposition(), retryPolicy: RetryPolicy = RetryPolicy(),
                makeIngester: @escaping IngesterFactory = { $0 }) {
        self.configurationPath = configurationPath
        self.configuration = configuration
        self.logger = logger
        self.makeFetcher = makeFetcher
        self.makeNotificationFetcher = makeNotificationFetcher
        self.metrics = metrics
        documentMetrics = DocumentMetrics(factory: metrics.factory)
        pendingGauge = Gauge(label: "tally_pending_documents", factory: metrics.factory)
        pendingGauge.record(0)
        self.retryPolicy = retryPolicy
        self.makeIngester = makeIngester
    }

    public func requestStop() { queue.requestStop() }
    public func requestReload() { queue.requestReload() }

    /// Runs until stopped. Throws only when it cannot start (database or folders unusable).
    public func run() throws(DaemonError) {
        var components = try start(configuration)
        var running: Logger.Metadata = [
            "drop": "\(configuration.dropFolder)", "database": "\(configuration.storeDescription)", "alerts": "\(configuration.alertLogPath)",
            "feeds": "\(configuration.feeds.count) in the configuration",
        ]
        if configuration.postgres != nil { running["node"] = "\(configuration.cluster.nodeName)" }
        logger.notice("tally is running", metadata: running)
        metricsFile.apply(configuration.metrics)
        endpoints.apply(EndpointPlan.plans(web: configuration.web, metrics: configuration.metrics), store: components.pipeline.store)
        onReady?()
        var stateLost: DaemonError?
        var failedScans = 0
        loop: while true {
            heartbeat?.waiting()
            guard let work = queue.next(idleFor: heartbeat?.idleWake?.timeInterval) else { continue }
            heartbeat?.working()
            if work.bringsADocument, !components.pipeline.store.isStillAtItsPath() {
                stateLost = DaemonError("the database \(configuration.databasePath) was deleted, truncated or replaced while tally was running: "
                                        + "stopped taking documents (those waiting stay in the drop folder). Put the database file back and start "
                                        + "tally again; a database that knows fewer alerts than the alert log is refused at start (see --adopt-alert-log)")
                logger.critical("\(stateLost!.description)")
                break loop
            }
            switch work {
            case .stop:
                break loop
            case .reload:
                components = reload(components)
            case .rescan:
                do {
                    let scan = try components.dropFolder.layout.scan()
                    queue.addScanned(scan.waiting)
                    reportNew(strayFolders: scan.strayFolders)
                    failedScans = 0
                } catch {
                    // Files already waiting announce themselves only through a scan: try again.
                    failedScans += 1
                    let pause = retryPolicy.pause(afterFailuresInARow: failedScans)
                    logger.error("cannot scan the drop folder; retrying", metadata: ["error": "\(error.description)", "retry_in_seconds": "\(pause)"])
                    queue.requestRescan(at: Date().addingTimeInterval(pause))
                }
            case .file(let name, let fromScan):
                if fromScan, let until = settleTime(of: name, in: components.dropFolder.layout) {
                    queue.hold(name, until: until)
                    continue
                }
                follow(components.intake.take(components.dropFolder.file(name)), for: work)
            case .entryDocument(let document):
                let feeds = components.feeds
                follow(components.intake.take(FeedEntryAtSource(document: document, store: components.pipeline.store) { feeds.entryFinished($0) }),
                       for: work)
            }
        }
        // First: the web view's pages read the store, which is closed below.
        endpoints.stop()
        components.stop()
        metricsFile.stop()
        do {
            try components.pipeline.store.close()
        } catch {
            logger.error("the database was not closed cleanly; it recovers on the next start", metadata: ["error": "\(error.description)"])
        }
        logger.notice("tally stopped", metadata: ["ingested": "\(counters.ingested)", "rejected": "\(counters.rejected)", "set_aside": "\(counters.setAside)",
                                                  "alerts": "\(counters.alerts)"])
        if let stateLost { throw stateLost }
    }

    /// What the intake decided becomes of the work item: held, put back at the head of the queue
    /// after a pause, or nothing more (finished, set aside, or left for the next start).
    private func follow(_ verdict: Intake.Verdict, for work: WorkQueue.Work) {
        switch verdict {
        case .done, .setAside, .stopping:
            break
        case .stillChanging:
            if case .file(let name, _) = work { queue.hold(name, until: Date().addingTimeInterval(max(1, configuration.settleSeconds))) }
        case .retry(_, let time):
            queue.retry(work, after: time)
        }
    }

    private func start(_ configuration: TallyConfiguration) throws(DaemonError) -> Components {
        let layout = DropFolderLayout(folder: configuration.dropFolder, processed: configuration.processedFolder, rejected: configuration.rejectedFolder)
        let (store, lock) = try StoreOpening.forDaemon(configuration)
        let pipeline: Pipeline
        do {
            try layout.prepare()
            let alertLog = try AlertLogWriter(path: configuration.alertLogPath)
            if let cut = alertLog.cutTornLine {
                logger.warning("the alert log ended in a torn line (a crash mid-write) and it was cut; the alert it held is still pending in the database and is written again",
                               metadata: ["alert_log": "\(configuration.alertLogPath)", "cut": "\(cut)"])
            }
            pipeline = Pipeline(store: store, alertLog: alertLog, policy: configuration.alertPolicy, duplicateWindow: configuration.duplicateWindow,
                                storyCapacity: configuration.storiesHeld, storyFade: configuration.storyFade)
            if case .adopted(let logHighest, let databaseHighest) = try pipeline.checkStateAgreement(adopt: adoptsAlertLog) {
                logger.warning("started on a database that knows fewer alerts than the alert log holds (--adopt-alert-log): new alerts are numbered after the log's",
                               metadata: ["log_highest_id": "\(logHighest)", "database_highest_id": "\(databaseHighest)"])
            }
            let change = try FeedSubscriptions.sync(configuration.feeds.map(\.subscription), store: store, now: Date())
            logFeedChange(change)
        } catch {
            lock.release()
            try? store.close()
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
        pipeline.isStopping = { [queue] in queue.isStopRequested }
        pipeline.onAlertsCommitted = { [alertsCommitted] in alertsCommitted.ring() }
        let notifications = startNotifications(configuration, pipeline: pipeline)
        let dropFolder = DropFolderSource(layout: layout, maximumFileBytes: configuration.maximumFileBytes)
        let intake = Intake(ingester: makeIngester(pipeline), policy: retryPolicy, logger: logger, metrics: documentMetrics, counters: countedSoFar)
        let watcher = FolderWatcher(folder: layout.folder, queue: queue, logger: logger)
        watcher.start()
        queue.requestRescan()
        let (feeds, fetcher) = startFeeds(configuration, store: pipeline.store)
        return Components(pipeline: pipeline, dropFolder: dropFolder, intake: intake, watcher: watcher, feeds: feeds, fetcher: fetcher,
                          notifications: notifications, lock: lock)
    }

    private func startFeeds(_ configuration: TallyConfiguration, store: any StoreBackend) -> (FeedService, any HTTPFetching) {
        let fetcher = makeFetcher(configuration.feedSettings)
        let settings = FeedService.Settings(policy: SchedulePolicy(interval: configuration.feedSettings.interval,
                                                                   backoffCeiling: configuration.feedSettings.backoffCeiling),
                                            fetchArticles: configuration.feedSettings.fetchArticles,
                                            // Enough to keep every transfer slot busy while the last responses are parsed.
                                            maxFeedFetches: 2 * configuration.feedSettings.maxTransfers)
        let queue = self.queue
        let service = FeedService(store: store, fetcher: fetcher, settings: settings, logger: logger, metrics: FeedMetrics(factory: metrics.factory),
                                  leasing: store as? any FeedLeasing, leaseLength: configuration.cluster.lease) { document in queue.add(document) }
        service.start()
        return (service, fetcher)
    }

    /// Nil without notifiers. Deliveries of a notifier since removed stay pending until some
    /// notifier runs again, which then gives them up as no longer configured.
    private func startNotifications(_ configuration: TallyConfiguration, pipeline: Pipeline) -> Notifications? {
        pipeline.notifiers = configuration.notifiers
        guard !configuration.notifiers.isEmpty else {
            pipeline.onDeliveriesCommitted = nil
            return nil
        }
        let fetcher = makeNotificationFetcher()
        let sender = NotificationSender(store: pipeline.store, notifiers: configuration.notifiers, fetcher: fetcher, logger: logger,
                                        metricsFactory: metrics.factory)
        pipeline.onDeliveriesCommitted = { sender.wake() }
        sender.start()
        return Notifications(sender: sender, fetcher: fetcher)
    }

    private func reload(_ components: Components) -> Components {
        do {
            let reloaded = try TallyConfiguration.load(path: configurationPath)
            var next = components
            if reloaded.dropFolder != configuration.dropFolder || reloaded.databasePath != configuration.databasePath || reloaded.postgres != configuration.postgres
                || reloaded.maximumDatabaseBytes != configuration.maximumDatabaseBytes
                || reloaded.alertLogPath != configuration.alertLogPath || reloaded.processedFolder != configuration.processedFolder
                || reloaded.rejectedFolder != configuration.rejectedFolder || reloaded.maximumFileBytes != configuration.maximumFileBytes
                || reloaded.duplicateWindow != configuration.duplicateWindow || reloaded.storyFade != configuration.storyFade
                || reloaded.storiesHeld != configuration.storiesHeld {
                endpoints.stopPages()
                components.stop()
                next = try start(reloaded)
            } else {
                next.pipeline.rules.policy = reloaded.alertPolicy
                if reloaded.notifiers != configuration.notifiers {
                    next.notifications?.stop()
                    next.notifications = startNotifications(reloaded, pipeline: next.pipeline)
                }
                try next.pipeline.alertLog.reopen()
                logFeedChange(try FeedSubscriptions.sync(reloaded.feeds.map(\.subscription), store: next.pipeline.store, now: Date()))
                if reloaded.feedSettings != configuration.feedSettings {
                    next.feeds.stop()
                    next.fetcher.shutdown()
                    (next.feeds, next.fetcher) = startFeeds(reloaded, store: next.pipeline.store)
                } else {
                    next.feeds.refreshSubscriptions()
                }
            }
            configuration = reloaded
            metricsFile.apply(reloaded.metrics)
            endpoints.apply(EndpointPlan.plans(web: reloaded.web, metrics: reloaded.metrics), store: next.pipeline.store)
            logger.notice("configuration reloaded; alert log reopened", metadata: ["feeds": "\(reloaded.feeds.count) in the configuration"])
            return next
        } catch {
            logger.error("reload failed; keeping the running configuration", metadata: ["error": "\(error)"])
            return components
        }
    }

    /// Each folder once: a folder stays where it is (files may still be arriving in it, and the
    /// user may mean to move them out), so it is reported, not moved.
    private func reportNew(strayFolders: [FileName]) {
        for name in strayFolders where reportedStrayFolders.insert(name).inserted {
            logger.warning("a folder in the drop folder is left alone: Tally takes only files placed directly in the drop folder; move its files up to have them read",
                           metadata: ["folder": "\(name.display)"])
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
}

/// Why the daemon cannot start or go on, with the exit status that says so to systemd (the
/// unit does not restart on the state ones: restarting cannot fix them).
public struct DaemonError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public var exitCode: Int32

    /// The database, the alert log or the folders cannot be used as they are (EX_IOERR).
    public static let stateUnusable: Int32 = 74
    /// Another daemon holds the state (EX_TEMPFAIL: try again once it has stopped).
    public static let stateInUse: Int32 = 75

    public init(_ description: String, exitCode: Int32 = stateUnusable) {
        self.description = description
        self.exitCode = exitCode
    }
}
