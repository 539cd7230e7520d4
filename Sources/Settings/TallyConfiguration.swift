public import Alerts
public import DatabaseLocation
public import Foundation
public import Notifiers
import Stories

/// Every setting, each with a default, so `tally run` works with no configuration file:
/// state in ./var/tally.sqlite, documents dropped into ./var/drop, alerts in ./var/alerts.jsonl.
public struct TallyConfiguration: Sendable, Equatable {
    public var databasePath = "./var/tally.sqlite"
    /// `[storage] url`: the state in this PostgreSQL database instead of the SQLite file.
    public var postgres: PostgresLocation?
    /// The largest the database may grow; past it Tally stops taking documents (they wait,
    /// pending) and says so, as on a full disk. nil: as large as the disk allows.
    public var maximumDatabaseBytes: Int?
    public var dropFolder = "./var/drop"
    /// Default: `<dropFolder>/processed` and `<dropFolder>/rejected`.
    public var processedFolder: String?
    public var rejectedFolder: String?
    /// Larger files are set aside unread. News pages and reports are well under it; the bound
    /// keeps one document's memory bounded (reading a text costs about 20 times its size).
    public var maximumFileBytes = 16 * 1024 * 1024
    /// A file found by a scan (not announced by inotify) is taken once it has been left alone
    /// this long, in case a writer still holds it open.
    public var settleSeconds = 2.0
    public var alertLogPath = "./var/alerts.jsonl"
    /// Near-duplicates are looked for among this many of the most recent articles.
    public var duplicateWindow = 1_000_000
    /// A story takes no article further than this from its first and last (a story fades).
    public var storyFade = StoryIndex.defaultFadeWindow
    /// Stories held for matching, the most recently active.
    public var storiesHeld = StoryIndex.defaultCapacity
    public var alertPolicy = AlertPolicy()
    public var logLevel = LogLevel.info
    public var feedSettings = FeedSettings()
    /// The `[[feed]]` subscriptions, in file order.
    public var feeds: [FeedConfiguration] = []
    public var metrics = MetricsSettings()
    public var web = WebSettings()
    /// The `[[notify]]` notifiers, in file order.
    public var notifiers: [Notifier] = []
    public var cluster = ClusterSettings()

    public enum LogLevel: String, Sendable, CaseIterable {
        case trace, debug, info, notice, warning, error, critical
    }

    public init() {}

    /// Reads the file at `path`; with no path, the defaults.
    public static func load(path: String?) throws(ConfigurationError) -> TallyConfiguration {
        guard let path else { return TallyConfiguration() }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ConfigurationError("cannot read the configuration \(path): \(error.localizedDescription)")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String = "configuration") throws(ConfigurationError) -> TallyConfiguration {
        var document = try TOMLDocument(text, file: file)
        var configuration = TallyConfiguration()
        try document.section("storage", keys: ["database", "max_database_bytes", "url"]) { section throws(ConfigurationError) in
            let database = try section.string("database")
            configuration.databasePath = database ?? configuration.databasePath
            if let bytes = try section.integer("max_database_bytes") {
                guard bytes >= 1 << 20 else { throw section.invalid("max_database_bytes", "must be at least 1048576 (1 MiB)") }
                configuration.maximumDatabaseBytes = bytes
            }
            if let url = try section.string("url"), !url.isEmpty {
                do throws(PostgresLocation.Invalid) {
                    configuration.postgres = try PostgresLocation(url: url)
                } catch {
                    throw section.invalid("url", "\(error.reason) (e.g. \"postgresql://tally@db.example.org/tally\", or \"postgres:///tally?host=/run/postgresql\" for a local socket)")
                }
                if database != nil {
                    throw section.invalid("url", "and [storage] database are both set: url keeps the state in PostgreSQL, database names a SQLite file; keep one")
                }
                if configuration.maximumDatabaseBytes != nil {
                    throw section.invalid("url", "is set with max_database_bytes, which caps a SQLite file only: leave it out and limit the space in PostgreSQL")
                }
            }
        }
        try document.section("drop", keys: ["folder", "processed", "rejected", "max_file_bytes", "settle_seconds"]) { section throws(ConfigurationError) in
            configuration.dropFolder = try section.string("folder") ?? configuration.dropFolder
            configuration.processedFolder = try section.string("processed")
            configuration.rejectedFolder = try section.string("rejected")
            if let bytes = try section.integer("max_file_bytes") {
                guard bytes > 0 else { throw section.invalid("max_file_bytes", "must be a positive number of bytes") }
                configuration.maximumFileBytes = bytes
            }
            if let seconds = try section.number("settle_seconds") {
                guard seconds >= 0 else { throw section.invalid("settle_seconds", "must be 0 or more") }
                configuration.settleSeconds = seconds
            }
        }
        try document.section("alerts", keys: ["log", "new_figures", "watchlist", "min_relative_change", "across_stories"]) { section throws(ConfigurationError) in
            configuration.alertLogPath = try section.string("log") ?? configuration.alertLogPath
            configuration.alertPolicy.announceNewFigures = try section.boolean("new_figures") ?? false
            configuration.alertPolicy.watchlist = try section.strings("watchlist") ?? []
            configuration.alertPolicy.acrossStories = try section.strings("across_stories") ?? []
            if let change = try section.number("min_relative_change") {
                guard change >= 0 else { throw section.invalid("min_relative_change", "must be 0 or more (0.05 means 5%)") }
                configuration.alertPolicy.minimumRelativeChange = change
            }
        }
        try document.section("duplicates", keys: ["recent_articles"]) { section throws(ConfigurationError) in
            if let count = try section.positiveInteger("recent_articles") { configuration.duplicateWindow = count }
        }
        try document.section("stories", keys: ["fade", "held"]) { section throws(ConfigurationError) in
            configuration.storyFade = try section.duration("fade", minimum: 3600) ?? configuration.storyFade
            configuration.storiesHeld = try section.positiveInteger("held") ?? configuration.storiesHeld
        }
        try document.section("log", keys: ["level"]) { section throws(ConfigurationError) in
            if let level = try section.string("level") {
                guard let parsed = LogLevel(rawValue: level.lowercased()) else {
                    throw section.invalid("level", "must be one of \(LogLevel.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                configuration.logLevel = parsed
            }
        }
        try document.section("feeds", keys: ["interval", "user_agent", "max_transfers", "max_transfers_per_host", "connect_timeout",
                                             "timeout", "max_body_bytes", "max_redirects", "backoff_ceiling", "fetch_articles"]) { section throws(ConfigurationError) in
            var settings = configuration.feedSettings
            settings.interval = try section.duration("interval", minimum: 10) ?? settings.interval
            settings.userAgent = try section.string("user_agent") ?? settings.userAgent
            settings.maxTransfers = try section.positiveInteger("max_transfers") ?? settings.maxTransfers
            settings.maxTransfersPerHost = try section.positiveInteger("max_transfers_per_host") ?? settings.maxTransfersPerHost
            settings.connectTimeout = try section.duration("connect_timeout", minimum: 0.1) ?? settings.connectTimeout
            settings.timeout = try section.duration("timeout", minimum: 0.1) ?? settings.timeout
            settings.maxBodyBytes = try section.positiveInteger("max_body_bytes") ?? settings.maxBodyBytes
            settings.maxRedirects = try section.integer("max_redirects") ?? settings.maxRedirects
            settings.backoffCeiling = try section.duration("backoff_ceiling", minimum: 60) ?? settings.backoffCeiling
            settings.fetchArticles = try section.boolean("fetch_articles") ?? settings.fetchArticles
            configuration.feedSettings = settings
        }
        try document.tables("feed", keys: ["url", "name", "interval", "tags"]) { section throws(ConfigurationError) in
            guard let url = try section.string("url"), let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? "") else {
                throw section.invalid("url", "must be an http:// or https:// address")
            }
            configuration.feeds.append(FeedConfiguration(url: url, name: try section.string("name"),
                                                         interval: try section.duration("interval", minimum: 10),
                                                         tags: try section.strings("tags") ?? []))
        }
        try document.tables("notify", keys: NotifierSettings.keys) { section throws(ConfigurationError) in
            configuration.notifiers.append(try NotifierSettings.parse(section, after: configuration.notifiers))
        }
        try document.section("metrics", keys: ["file", "interval", "listen"]) { section throws(ConfigurationError) in
            if let file = try section.string("file"), !file.isEmpty {
                guard file.hasSuffix(".prom") else {
                    throw section.invalid("file", "must end in .prom: node_exporter's textfile collector reads only *.prom files")
                }
                configuration.metrics.file = file
            }
            configuration.metrics.interval = try section.duration("interval", minimum: 1) ?? configuration.metrics.interval
            if let listen = try section.string("listen"), !listen.isEmpty {
                do throws(ListenAddress.Invalid) {
                    configuration.metrics.listen = try ListenAddress.parse(listen)
                } catch {
                    throw section.invalid("listen", error.reason)
                }
            }
        }
        try document.section("web", keys: ["listen", "token"]) { section throws(ConfigurationError) in
            if let listen = try section.string("listen"), !listen.isEmpty {
                do throws(ListenAddress.Invalid) {
                    configuration.web.listen = try ListenAddress.parse(listen)
                } catch {
                    throw section.invalid("listen", error.reason)
                }
            }
            configuration.web.token = try section.string("token")
        }
        try document.section("cluster", keys: ["node", "lease"]) { section throws(ConfigurationError) in
            if let node = try section.string("node") {
                if let problem = ClusterSettings.problem(withName: node) { throw section.invalid("node", problem) }
                configuration.cluster.node = node
            }
            // Renewed every third of a lease: shorter, a node would spend its time renewing.
            configuration.cluster.lease = try section.duration("lease", minimum: 2) ?? configuration.cluster.lease
            if configuration.postgres == nil {
                throw ConfigurationError("\(file): [cluster] is set, but the state is in a SQLite file, which one daemon holds: set [storage] url to share a PostgreSQL database")
            }
        }
        if let problem = configuration.web.problem { throw ConfigurationError("\(file): \(problem)") }
        try document.rejectUnknownSections()
        if let problem = FolderPlacement.problem(in: configuration) { throw ConfigurationError("\(file): \(problem)") }
        return configuration
    }
}
