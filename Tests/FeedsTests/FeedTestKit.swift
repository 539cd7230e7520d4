import AlertLog
import FeedFetching
import FeedScheduling
import Feeds
import FetchingDoubles
import Foundation
import Logging
import MetricsTestKit
import Model
import Pipeline
import Store
import Synchronization
import TestSupport

/// RSS written for the tests: entries with a guid, a link, a date and a body.
enum SampleFeed {
    struct Item {
        var guid: String
        var title: String
        var link: String
        var date: String = "Tue, 22 Oct 2024 08:00:00 GMT"
        var description: String = "A short summary."
        var content: String?
    }

    static func rss(_ title: String = "Example World", items: [Item]) -> String {
        let entries = items.map { item in
            """
            <item><guid>\(item.guid)</guid><title>\(item.title)</title><link>\(item.link)</link><pubDate>\(item.date)</pubDate>
            <description><![CDATA[\(item.description)]]></description>\(item.content.map { "<content:encoded><![CDATA[\($0)]]></content:encoded>" } ?? "")</item>
            """
        }.joined(separator: "\n")
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>\(title)</title>
            <link>https://news.example.org/</link>\(entries)</channel></rss>
            """
    }

    /// An article long enough to be one, stating a figure.
    static func article(_ figure: String, padding: Int = 8) -> String {
        "<p>At least \(figure) people have died in the floods, the regional health ministry said on Tuesday.</p>"
            + String(repeating: "<p>Rescue teams searched collapsed houses along the river while residents waited in schools and churches for the water to recede.</p>", count: padding)
    }
}

/// Three feeds: one that works, one the server fails (500), one that answers with a page that is
/// not a feed.
enum MixedFeeds {
    static let good = "https://good.example.org/rss", bad = "https://bad.example.org/rss", html = "https://html.example.org/"

    /// A harness with the three subscribed, not started.
    static func harness() throws -> FeedHarness {
        let harness = try FeedHarness { request in
            switch request.url {
            case good: .ok(SampleFeed.rss(items: [.init(guid: "g1", title: "Good", link: "https://good.example.org/1", content: SampleFeed.article("3"))]))
            case bad: ScriptedReply(status: 500)
            default: .ok("<html><body><p>Not a feed at all.</p></body></html>", headers: ["Content-Type": "text/html"])
            }
        }
        for url in [good, bad, html] { try harness.subscribe(url) }
        return harness
    }
}

/// Collects what a feed service delivers, and waits for it.
final class Deliveries: Sendable {
    private let documents = Mutex<[EntryDocument]>([])

    var handler: @Sendable (EntryDocument) -> Void { { [self] document in documents.withLock { $0.append(document) } } }

    var all: [EntryDocument] { documents.withLock { $0 } }

    /// Waits until `count` documents arrived (10 s at most); returns them.
    @discardableResult
    func wait(for count: Int) -> [EntryDocument] {
        let deadline = Date().addingTimeInterval(10)
        while all.count < count, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        return all
    }
}

/// A database and a running feed service over a scripted web.
final class FeedHarness {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-feeds-\(UUID().uuidString)").path
    let store: TallyStore
    let fetcher: ScriptedFetcher
    /// What the service fetches through: the scripted fetcher, or a wrapper around it.
    let client: any HTTPFetching
    let deliveries = Deliveries()
    let metrics = TestMetrics()
    let logs = LogRecorder()
    private(set) var service: FeedService?

    init(script: @escaping ScriptedFetcher.Script, wrap: (ScriptedFetcher) -> any HTTPFetching = { $0 }) throws {
        store = try TallyStore(path: root + "/tally.sqlite")
        fetcher = ScriptedFetcher(script: script)
        client = wrap(fetcher)
    }

    deinit {
        service?.stop()
        try? FileManager.default.removeItem(atPath: root)
    }

    @discardableResult
    func subscribe(_ url: String, name: String? = nil, interval: TimeInterval = 0.5) throws -> FeedRecord? {
        try FeedSubscriptions.add(FeedSubscription(url: url, name: name, interval: interval), origin: .added, store: store, now: Date())
    }

    func start(fetchArticles: Bool = true, maxFeedFetches: Int = 128, entryWindow: Int = 64, summaryInterval: TimeInterval = 60) {
        let service = FeedService(store: store, fetcher: client,
                                  settings: FeedService.Settings(policy: .init(interval: 0.5, jitter: 0, backoffBase: 0.5, backoffCeiling: 3600, catchUpWindow: 0.5),
                                                                 fetchArticles: fetchArticles, maxFeedFetches: maxFeedFetches, entryWindow: entryWindow,
                                                                 summaryInterval: summaryInterval),
                                  logger: logs.logger, refreshInterval: 0.2, metrics: FeedMetrics(factory: metrics),
                                  deliver: deliveries.handler)
        service.start()
        self.service = service
    }

    func stop() {
        service?.stop()
        service = nil
    }

    func feed(_ url: String) throws -> FeedRecord? { try store.read { try $0.feed(url: url) } }

    /// Polls the database until `condition` holds (10 s at most).
    func waitFor(_ condition: () throws -> Bool) rethrows -> Bool { try waitUntil(within: 10, condition) }

    /// Ingests delivered documents as the daemon's worker would.
    func ingest(_ documents: [EntryDocument]) throws -> [IngestReport] {
        let pipeline = Pipeline(store: store, alertLog: try AlertLogWriter(path: root + "/alerts.jsonl"))
        try pipeline.recover()
        return try documents.map {
            try pipeline.ingest($0.bytes, name: $0.name, origin: .feed, declaredCharset: $0.declaredCharset, metadata: $0.metadata, feedEntry: $0.entry)
        }
    }
}

/// Holds every completion until released: shows how many fetches a service has out at once.
final class HoldingFetcher: HTTPFetching, @unchecked Sendable {
    private let inner: any HTTPFetching
    private let held = Mutex<[(url: String, complete: @Sendable () -> Void)]>([])
    private let peak = Mutex(0)

    init(_ inner: any HTTPFetching) { self.inner = inner }

    var outstanding: Int { held.withLock { $0.count } }
    var mostOutstanding: Int { peak.withLock { $0 } }
    var heldURLs: [String] { held.withLock { $0.map(\.url) } }

    func fetch(_ request: HTTPRequest, completion: @escaping @Sendable (HTTPResponse) -> Void) {
        inner.fetch(request) { [self] response in
            let count = held.withLock { $0.append((request.url, { completion(response) })); return $0.count }
            peak.withLock { $0 = max($0, count) }
        }
    }

    /// Lets the held completions through, every one or those for one address.
    func release(_ url: String? = nil) {
        let released = held.withLock { held in
            let chosen = held.filter { url == nil || $0.url == url }
            held.removeAll { url == nil || $0.url == url }
            return chosen
        }
        for completion in released { completion.complete() }
    }

    func shutdown() {
        inner.shutdown()
        release()
    }
}
