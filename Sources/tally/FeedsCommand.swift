import ArgumentParser
import Settings
import CurlFetching
import Daemon
import FeedFetching
import FeedParsing
import Feeds
import Foundation
import OrderedJSON
import Store

struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Subscribe to feeds, see how each is doing, check a feed by hand.",
        discussion: """
            Feeds come from the configuration ([[feed]] tables), from `tally feeds add`, and from OPML \
            imports. The running daemon picks up additions, removals and refresh requests within seconds, \
            and configuration changes on SIGHUP.
            """,
        subcommands: [FeedsList.self, FeedsAdd.self, FeedsRemove.self, FeedsRefresh.self, FeedsImport.self, FeedsParse.self],
        defaultSubcommand: FeedsList.self
    )
}

struct FeedsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "How many feeds are ok, failing or never fetched; then each feed: last fetch, status, next due, error streak, entries seen.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "Only feeds whose address, name, title or a tag contains this (any case).") var filter: String?
    @Flag(name: .long, help: "Only feeds whose last fetch failed.") var failing = false
    @Flag(name: .long, help: "Only the counts, not the feeds.") var summary = false
    @Flag(name: .long, help: "One JSON object per feed (with --summary, one object of counts).") var json = false
    @Flag(name: .long, help: "Also feeds no longer subscribed.") var all = false

    func run() throws {
        try reportingFailures {
            let store = try Workspace.store(try options.load())
            let filter = filter.map(FeedFilter.init)
            let feeds = try store.read { try $0.feeds(includingUnsubscribed: all) }.filter { feed in
                (filter?.matches(feed) ?? true) && (!failing || FeedState(feed) == .failing)
            }
            let counts = FeedStateSummary(feeds)
            if json {
                if summary { StandardOutput.line(Self.json(counts).serialized) } else { for feed in feeds { StandardOutput.line(Self.json(feed).serialized) } }
                return
            }
            if feeds.isEmpty {
                let narrowed = filter != nil || failing
                StandardOutput.line(narrowed ? "no feeds match" : "no feeds: add one with `tally feeds add URL` or a [[feed]] table in the configuration")
                return
            }
            StandardOutput.line(counts.line)
            if counts.failing > 0, !failing { StandardOutput.line("the failing ones: tally feeds list --failing; fetch them again now: tally feeds refresh --failing") }
            guard !summary else { return }
            let now = Date()
            for feed in feeds { StandardOutput.line(Self.text(feed, now: now)) }
        }
    }

    static func json(_ counts: FeedStateSummary) -> JSONValue {
        .fields([
            ("feeds", .integer(Int64(counts.feeds))), ("ok", .integer(Int64(counts.ok))), ("failing", .integer(Int64(counts.failing))),
            ("never_fetched", .integer(Int64(counts.neverFetched))), ("unsubscribed", .integer(Int64(counts.unsubscribed))),
            ("refresh_requested", .integer(Int64(counts.refreshRequested))),
            ("entries_seen", .integer(Int64(counts.entriesSeen))), ("entries_pending", .integer(Int64(counts.entriesPending))),
        ])
    }

    static func text(_ feed: FeedRecord, now: Date) -> String {
        let status = feed.lastStatus.map { "HTTP \($0)" } ?? (feed.lastAttempt == nil ? "never fetched" : "no response")
        let health = feed.errorStreak == 0 ? "ok" : "FAILING \(feed.errorStreak)× in a row: \(feed.lastError ?? "?")"
        var lines = ["\(feed.displayName)\(feed.subscribed ? "" : " (unsubscribed)")", "    \(feed.url)"]
        lines.append("    last fetch \(ago(feed.lastAttempt, now)), \(status), \(health)")
        let (seen, pending) = (feed.entriesSeen ?? 0, feed.entriesPending ?? 0)
        let due = feed.refreshRequested ? "refresh asked for" : "next due \(until(feed.nextDue, now))"
        lines.append("    \(due), \(seen) entries seen\(pending > 0 ? " (\(pending) pending)" : "")"
            + (feed.tags.isEmpty ? "" : ", tags \(feed.tags.joined(separator: ", "))") + ", from \(feed.origin.rawValue)")
        return lines.joined(separator: "\n")
    }

    static func json(_ feed: FeedRecord) -> JSONValue {
        .fields([
            ("id", .integer(feed.id)), ("url", .string(feed.url)), ("name", feed.name.map(JSONValue.string)),
            ("title", feed.title.map(JSONValue.string)), ("tags", .array(feed.tags.map(JSONValue.string))),
            ("origin", .string(feed.origin.rawValue)), ("subscribed", .bool(feed.subscribed)),
            ("interval_seconds", feed.interval.map(JSONValue.number)),
            ("last_attempt", feed.lastAttempt.map(JSONValue.timestamp)), ("last_success", feed.lastSuccess.map(JSONValue.timestamp)),
            ("last_status", feed.lastStatus.map { .integer(Int64($0)) }), ("last_error", feed.lastError.map(JSONValue.string)),
            ("error_streak", .integer(Int64(feed.errorStreak))), ("next_due", .timestamp(feed.nextDue)),
            ("refresh_requested", .bool(feed.refreshRequested)),
            ("entries_seen", .integer(Int64(feed.entriesSeen ?? 0))), ("entries_pending", .integer(Int64(feed.entriesPending ?? 0))),
            ("etag", feed.etag.map(JSONValue.string)), ("last_modified", feed.lastModified.map(JSONValue.string)),
        ])
    }

    private static func ago(_ date: Date?, _ now: Date) -> String {
        guard let date else { return "never" }
        return span(now.timeIntervalSince(date)) + " ago"
    }

    private static func until(_ date: Date, _ now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        return seconds <= 0 ? "now" : "in " + span(seconds)
    }

    private static func span(_ seconds: TimeInterval) -> String {
        switch seconds {
        case ..<90: "\(Int(seconds))s"
        case ..<5400: "\(Int(seconds / 60))m"
        case ..<172_800: "\(Int(seconds / 3600))h"
        default: "\(Int(seconds / 86_400))d"
        }
    }
}

struct FeedsAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Subscribe to a feed.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "The feed's address (http or https).") var url: String
    @Option(help: "A name to show instead of the feed's own title.") var name: String?
    @Option(name: .customLong("tag"), help: "A tag (repeatable).") var tags: [String] = []
    @Option(help: "Fetch interval: seconds, or 15m, 2h, 1d (default: [feeds] interval).") var interval: String?

    func run() throws {
        try reportingFailures {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""), parsed.host != nil else {
                throw CommandFailure("\(url) is not an http:// or https:// address", exitCode: 64)
            }
            let seconds = try interval.map { text -> TimeInterval in
                guard let value = DurationText.seconds(text), value >= 10 else { throw CommandFailure("--interval \(text): give at least 10 seconds, e.g. 15m", exitCode: 64) }
                return value
            }
            let store = try Workspace.store(try options.load())
            let record = try FeedSubscriptions.add(FeedSubscription(url: url, name: name, tags: tags, interval: seconds), origin: .added, store: store, now: Date())
            StandardOutput.line("subscribed: \(record?.displayName ?? url)")
        }
    }
}

struct FeedsRemove: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Unsubscribe from a feed (its history stays).")

    @OptionGroup var options: CommonOptions
    @Argument(help: "The feed's address, as `tally feeds list` shows it.") var url: String

    func run() throws {
        try reportingFailures {
            let store = try Workspace.store(try options.load())
            switch try FeedSubscriptions.remove(url: url, store: store) {
            case .removed: StandardOutput.line("unsubscribed: \(url)")
            case .notSubscribed: throw CommandFailure("not subscribed to \(url) (see `tally feeds list`)")
            case .inConfiguration: throw CommandFailure("\(url) comes from the configuration: remove its [[feed]] table and send SIGHUP")
            }
        }
    }
}

struct FeedsRefresh: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh", abstract: "Ask the running daemon to fetch a feed, every feed, or the failing ones now.",
        discussion: """
            The request is kept in the database: the running daemon takes it up within seconds (its \
            next look at the subscriptions), or on its next start if none is running. A feed being \
            fetched at that moment is fetched again once that fetch is done. `tally feeds list` shows \
            requests not taken up yet.
            """)

    @OptionGroup var options: CommonOptions
    @Argument(help: "The feed's address, as `tally feeds list` shows it.") var url: String?
    @Flag(name: .long, help: "Every subscribed feed.") var all = false
    @Flag(name: .long, help: "The feeds whose last fetch failed.") var failing = false

    func validate() throws {
        guard [url != nil, all, failing].filter({ $0 }).count == 1 else { throw ValidationError("give one of: a feed's address, --all, --failing") }
    }

    func run() throws {
        try reportingFailures {
            let store = try Workspace.store(try options.load())
            let selection: FeedRefreshSelection = if let url { .url(url) } else if all { .all } else { .failing }
            let count = try store.write { try $0.requestRefresh(selection) }
            switch selection {
            case .url(let url) where count == 0: throw CommandFailure("not subscribed to \(url) (see `tally feeds list`)")
            case .url(let url): StandardOutput.line("refresh requested: \(url)")
            case .all, .failing: StandardOutput.line("refresh requested: \(count) feeds")
            }
        }
    }
}

struct FeedsImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Subscribe to every feed of an OPML file (folders become tags).")

    @OptionGroup var options: CommonOptions
    @Argument(help: "An OPML file, as feed readers export it.") var file: String

    func run() throws {
        try reportingFailures {
            let store = try Workspace.store(try options.load())
            guard let data = FileManager.default.contents(atPath: file) else { throw CommandFailure("\(file): cannot read it", exitCode: 66) }
            do {
                let imported = try FeedSubscriptions.importOPML([UInt8](data), store: store, now: Date())
                for feed in imported { StandardOutput.line("subscribed: \(feed.displayName)\(feed.tags.isEmpty ? "" : " [\(feed.tags.joined(separator: ", "))]")") }
                StandardOutput.line("\(imported.count) feeds imported from \(file)")
            } catch let error as FeedError {
                throw CommandFailure("\(file): \(error.description)", exitCode: 65)
            }
        }
    }
}

struct FeedsParse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "Print a feed and its entries as JSON, from a file or a URL.")

    @OptionGroup var options: CommonOptions
    @Argument(help: "A feed file, or an http(s) address to fetch.") var source: String

    func run() throws {
        try reportingFailures {
            let configuration = try options.load()
            let (bytes, url, contentType) = try load(configuration)
            do {
                StandardOutput.line(Self.json(try FeedParser.parse(bytes, url: url, contentType: contentType)).serialized)
            } catch {
                throw CommandFailure("\(source): \(error)", exitCode: 65)
            }
        }
    }

    private func load(_ configuration: TallyConfiguration) throws -> ([UInt8], String?, String?) {
        guard source.lowercased().hasPrefix("http://") || source.lowercased().hasPrefix("https://") else {
            guard let data = FileManager.default.contents(atPath: source) else { throw CommandFailure("\(source): cannot read it", exitCode: 66) }
            return ([UInt8](data), nil, nil)
        }
        let fetcher = CurlFetcher(settings: FetchSettings(feedSettings: configuration.feedSettings))
        defer { fetcher.shutdown() }
        let done = DispatchSemaphore(value: 0)
        let box = ResponseBox()
        fetcher.fetch(HTTPRequest(url: source)) { response in
            box.response = response
            done.signal()
        }
        done.wait()
        guard let response = box.response else { throw CommandFailure("\(source): no response") }
        if let failure = response.failure { throw CommandFailure("\(source): \(failure.description)", exitCode: 69) }
        guard (200...299).contains(response.status) else { throw CommandFailure("\(source): HTTP \(response.status)", exitCode: 69) }
        return (response.body, response.finalURL, response.headers["content-type"])
    }

    static func json(_ feed: ParsedFeed) -> JSONValue {
        .fields([
            ("format", .string(feed.format.rawValue)), ("version", feed.version.map(JSONValue.string)),
            ("title", feed.title.map(JSONValue.string)), ("site_url", feed.siteURL.map(JSONValue.string)),
            ("feed_url", feed.feedURL.map(JSONValue.string)), ("encoding", .string(feed.encoding)),
            ("warnings", .array(feed.warnings.map(JSONValue.string))),
            ("entries", .array(feed.entries.map { entry in
                .fields([
                    ("key", .string(entry.key)), ("id", entry.id.map(JSONValue.string)), ("url", entry.url.map(JSONValue.string)),
                    ("title", entry.title.map(JSONValue.string)), ("author", entry.author.map(JSONValue.string)),
                    ("published", entry.published.map(JSONValue.timestamp)), ("updated", entry.updated.map(JSONValue.timestamp)),
                    ("categories", .array(entry.categories.map(JSONValue.string))),
                    ("summary", entry.summary.map(JSONValue.string)), ("content", entry.content.map(JSONValue.string)),
                ])
            })),
        ])
    }
}

/// Carries the one response out of the fetcher's callback.
private final class ResponseBox: @unchecked Sendable {
    var response: HTTPResponse?
}
