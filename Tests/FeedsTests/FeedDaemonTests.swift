import Settings
import Daemon
import Feeds
import Foundation
import Logging
import LoopbackHTTP
import Store
import Synchronization
import TestSupport
import Testing

/// A small news site on 127.0.0.1: feeds whose entries carry only a summary, and the article
/// pages they link to (relative links, resolved against the feed's address). Feeds answer 304
/// to their own ETag.
final class NewsSite: Sendable {
    struct Feed: Sendable {
        var etag: String
        var rss: String
    }

    /// What the server's thread reads and the test writes.
    private final class Content: Sendable {
        let feeds = Mutex<[String: Feed]>([:])
        let pages = Mutex<[String: String]>([:])
    }

    private let content = Content()
    let server: LoopbackServer

    init() throws {
        let content = self.content
        server = try LoopbackServer { request in
            if let feed = content.feeds.withLock({ $0[request.path] }) {
                if request.headers["if-none-match"] == feed.etag { return LoopbackResponse(status: 304, headers: [("ETag", feed.etag)]) }
                return LoopbackResponse(status: 200, headers: [("ETag", feed.etag), ("Content-Type", "application/rss+xml")], text: feed.rss)
            }
            if let page = content.pages.withLock({ $0[request.path] }) {
                return LoopbackResponse(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], text: page)
            }
            return .notFound
        }
    }

    deinit { server.stop() }

    func publish(_ path: String, etag: String, items: [SampleFeed.Item]) {
        content.feeds.withLock { $0[path] = Feed(etag: etag, rss: SampleFeed.rss(items: items)) }
    }

    func page(_ path: String, stating figure: String) {
        content.pages.withLock { $0[path] = "<html><head><title>Floods</title></head><body><nav>Home | World</nav><article>\(SampleFeed.article(figure))</article></body></html>" }
    }

    func url(_ path: String) -> String { server.url(path) }

    func requests(_ path: String) -> [LoopbackRequest] { server.requests.filter { $0.path == path } }
}

/// `tally run` in this process with its real HTTP client (libcurl over the loopback).
final class FeedDaemon {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-feed-daemon-\(UUID().uuidString)").path
    var configuration = TallyConfiguration()
    var configurationPath: String { root + "/tally.toml" }
    private var daemon: Daemon?
    private var finished: DispatchSemaphore?

    init() throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        configuration.databasePath = root + "/var/tally.sqlite"
        configuration.dropFolder = root + "/var/drop"
        configuration.alertLogPath = root + "/var/alerts.jsonl"
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: root)
    }

    func start() throws {
        let daemon = Daemon(configurationPath: configurationPath, configuration: configuration, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let ready = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        daemon.onReady = { ready.signal() }
        Thread { try? daemon.run(); finished.signal() }.start()
        guard ready.wait(timeout: .now() + 10) == .success else { throw DaemonError("daemon did not start") }
        self.daemon = daemon
        self.finished = finished
    }

    func stop() {
        daemon?.requestStop()
        _ = finished?.wait(timeout: .now() + 10)
        daemon = nil
        finished = nil
    }

    func reload() { daemon?.requestReload() }

    /// The configuration file the daemon reads on SIGHUP.
    func writeConfiguration(_ text: String) throws {
        let paths = """
            [storage]
            database = "\(configuration.databasePath)"
            [drop]
            folder = "\(configuration.dropFolder)"
            [alerts]
            log = "\(configuration.alertLogPath)"

            """
        try (paths + text).write(toFile: configurationPath, atomically: true, encoding: .utf8)
    }

    func alerts() throws -> [[String: Any]] {
        guard let text = try? String(contentsOfFile: configuration.alertLogPath, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    func store() throws -> TallyStore { try TallyStore(path: configuration.databasePath) }

    /// Polls until `condition` holds (15 s at most).
    func waitFor(_ condition: () throws -> Bool) rethrows -> Bool { try waitUntil(within: 15, condition) }
}

@Suite(.serialized) struct FeedDaemonTests {
    @Test func entriesFromAFeedBecomeAlertsThatNameTheFeedAndTheArticle() throws {
        let site = try NewsSite()
        site.publish("/world.rss", etag: "\"e1\"", items: [
            .init(guid: "a1", title: "Floods: 45 dead", link: "/a1.html", date: "Tue, 22 Oct 2024 08:00:00 GMT"),
            .init(guid: "a2", title: "Floods: toll rises", link: "/a2.html", date: "Wed, 23 Oct 2024 08:00:00 GMT"),
        ])
        site.page("/a1.html", stating: "45")
        site.page("/a2.html", stating: "60")
        let running = try FeedDaemon()
        running.configuration.feeds = [FeedConfiguration(url: site.url("/world.rss"), name: "Loopback World", interval: 1)]
        try running.start()

        #expect(try running.waitFor { try running.alerts().count == 1 })
        let alert = try #require(try running.alerts().first)
        let new = try #require(alert["new"] as? [String: Any]), old = try #require(alert["old"] as? [String: Any])
        let newArticle = try #require(new["article"] as? [String: Any]), oldArticle = try #require(old["article"] as? [String: Any])
        #expect(alert["kind"] as? String == "figure_changed")
        #expect(old["value"] as? Double == 45 && new["value"] as? Double == 60)
        #expect(newArticle["url"] as? String == site.url("/a2.html"), "the relative link, resolved against the feed's address")
        #expect(oldArticle["url"] as? String == site.url("/a1.html"))
        #expect(newArticle["source"] as? String == "Loopback World")
        #expect(newArticle["title"] as? String == "Floods: toll rises", "the entry's title, not the page's")
        let pageRequest = try #require(site.requests("/a2.html").first)
        #expect(pageRequest.headers["user-agent"]?.hasPrefix("Tally/") == true)

        // Fetched again on its interval with the validator: 304, nothing new.
        #expect(running.waitFor { site.requests("/world.rss").contains { $0.headers["if-none-match"] == "\"e1\"" } })
        let feed = try #require(try running.store().read { try $0.feed(url: site.url("/world.rss")) })
        #expect(feed.etag == "\"e1\"" && feed.entriesSeen == 2 && feed.entriesPending == 0 && feed.errorStreak == 0)

        // Restarted: the validator was remembered, and nothing is read twice.
        running.stop()
        let fetchedBefore = site.requests("/world.rss").count
        try running.start()
        #expect(running.waitFor { site.requests("/world.rss").count > fetchedBefore })
        #expect(site.requests("/world.rss").last?.headers["if-none-match"] == "\"e1\"")
        #expect(site.requests("/a1.html").count == 1 && site.requests("/a2.html").count == 1)
        #expect(try running.store().read { try $0.documents() }.count == 2)
        #expect(try running.alerts().count == 1)
    }

    @Test func aReloadSubscribesToFeedsAddedToTheConfiguration() throws {
        let site = try NewsSite()
        site.publish("/world.rss", etag: "\"w\"", items: [.init(guid: "w1", title: "Floods", link: "/w1.html")])
        site.page("/w1.html", stating: "45")
        site.publish("/second.rss", etag: "\"s\"", items: [.init(guid: "s1", title: "Floods update", link: "/s1.html")])
        site.page("/s1.html", stating: "80")
        let running = try FeedDaemon()
        let first = "[[feed]]\nurl = \"\(site.url("/world.rss"))\"\nname = \"World\"\n"
        try running.writeConfiguration(first)
        running.configuration = try TallyConfiguration.load(path: running.configurationPath)
        try running.start()
        #expect(try running.waitFor { try running.store().read { try $0.documents() }.count == 1 })
        #expect(site.requests("/second.rss").isEmpty)

        try running.writeConfiguration(first + "[[feed]]\nurl = \"\(site.url("/second.rss"))\"\nname = \"Second Desk\"\n")
        running.reload()
        #expect(try running.waitFor { try running.alerts().count == 1 }, "45 → 80 from the new feed")
        let new = try #require(try running.alerts().first?["new"] as? [String: Any])
        #expect((new["article"] as? [String: Any])?["source"] as? String == "Second Desk")
        #expect(try running.store().read { try $0.feeds() }.map(\.displayName) == ["World", "Second Desk"])

        // Removed from the configuration: unsubscribed on the next reload, its history kept.
        try running.writeConfiguration(first)
        running.reload()
        #expect(try running.waitFor { try running.store().read { try $0.feeds() }.map(\.displayName) == ["World"] })
        #expect(try running.store().read { try $0.feed(url: site.url("/second.rss")) }?.entriesSeen == 1)
    }
}
