import AlertLog
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Model
import Notifiers
import Pipeline
import Store
import Stories
import StoreTestSupport
import TestSupport
import Timekeeping

/// A SQLite state made as Tally makes one: documents ingested through the pipeline (the seeds,
/// flood reports with exact and near copies, a document Tally rejects), alerts with notifier
/// deliveries in every state, an alert id floor, feeds subscribed, fetched, unsubscribed, with
/// entries pending, set aside and recorded, and alerts left unlogged by an alert log whose disk
/// filled (committed, not yet appended: the next daemon logs them).
final class SourceState {
    let folder: String
    var path: String { folder + "/tally.sqlite" }
    let clock = ManualClock()

    init(floodReports: Int = 40, unloggedReports: Int = 6) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("tally-migrate-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try TallyStore(path: path)
        defer { try? store.close() }
        let pipeline = try Self.pipeline(store, alertLog: folder + "/alerts.jsonl", clock: clock)
        for seed in try Corpus.seeds() { try ingest(seed, pipeline) }
        // Alert ids already used by a log this database never knew: new ones are numbered after.
        try store.write { try $0.numberAlerts(after: 500) }
        for report in FloodReports.make(count: floodReports, seed: 11) { try ingest(report, pipeline) }
        _ = try pipeline.ingest([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64), name: "image.png", origin: .drop)

        let now = clock.now()
        try store.write { tx in
            let kept = try tx.subscribe(FeedSubscription(url: "https://news.example/feed.xml", name: "News", tags: ["world", "daily"], interval: 900),
                                        origin: .added, firstDue: now, now: now)
            let dropped = try tx.subscribe(FeedSubscription(url: "https://old.example/rss"), origin: .config, firstDue: now, now: now)
            try tx.recordFetch(feedID: kept, FeedFetchUpdate(etag: "\"v7\"", lastModified: "Tue, 22 Oct 2024 08:00:00 GMT", keepValidators: false,
                                                             nextDue: now.addingTimeInterval(900), errorStreak: 0, lastAttempt: now,
                                                             lastSuccess: now, status: 200, error: nil, title: "News of the world", siteURL: "https://news.example/"))
            try tx.recordNewEntries(feedID: kept, [("entry-1", #"{"link":"https://news.example/1"}"#), ("entry-2", #"{"link":"https://news.example/2"}"#),
                                                   ("entry-3", #"{"link":"https://news.example/3"}"#)], at: now)
            try tx.failFeedEntry(FeedEntryReference(feedID: kept, key: "entry-2"), reason: "HTTP 404 three times", at: now)
            _ = try tx.requestRefresh(.url("https://news.example/feed.xml"))
            try tx.recordNewEntries(feedID: dropped, [("a", "{}")], at: now)
            _ = try tx.unsubscribe(url: "https://old.example/rss")
        }
        // A feed entry's document, recorded with its entry.
        let entry = FloodReports.make(count: 1, seed: 99)[0]
        _ = try pipeline.ingest(Array(entry.text.utf8), name: "entry-1.html", origin: .feed, feedEntry: FeedEntryReference(feedID: 1, key: "entry-1"))

        // The alert log's disk is full: each document commits its alerts, the append fails.
        let full = WriteCalls(write: { _, _, _ in errno = ENOSPC; return -1 }, sync: { fdatasync($0) })
        let failing = try Self.pipeline(store, alertLog: folder + "/full-alerts.jsonl", clock: clock, calls: full)
        for report in FloodReports.make(count: unloggedReports, seed: 77) {
            clock.advance(by: 600)
            _ = try? failing.ingest(Array((report.text + "\n\nUpdated.").utf8), name: "unlogged-" + report.name, origin: .drop)
        }

        let due = try store.read { try $0.dueDeliveries(at: .distantFuture, excluding: [], limit: 3) }
        try store.write { tx in
            if due.count > 0 { try tx.recordDelivery(id: due[0].id, notifier: due[0].notifier, .sent(at: now)) }
            if due.count > 1 { try tx.recordDelivery(id: due[1].id, notifier: due[1].notifier, .retry(at: now.addingTimeInterval(60), attemptedAt: now, error: "HTTP 503")) }
            if due.count > 2 { try tx.recordDelivery(id: due[2].id, notifier: due[2].notifier, .gaveUp(at: now, error: "HTTP 410")) }
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// A pipeline on `store`, routing every alert to two notifiers.
    static func pipeline(_ store: any StoreBackend, alertLog: String, clock: ManualClock, calls: WriteCalls = .posix) throws -> Pipeline {
        let pipeline = Pipeline(store: store, alertLog: try AlertLogWriter(path: alertLog, calls: calls), clock: clock)
        pipeline.notifiers = [Notifier(name: "ops", target: .webhook(url: "https://hooks.example/tally", secret: "s")),
                              Notifier(name: "phone", target: .ntfy(url: "https://ntfy.example/tally", priority: nil, tags: []))]
        try pipeline.recover()
        return pipeline
    }

    private func ingest(_ document: (name: String, text: String), _ pipeline: Pipeline) throws {
        clock.advance(by: 600)
        _ = try pipeline.ingest(Array(document.text.utf8), name: document.name, origin: .drop)
    }
}

/// Everything the store's protocols tell of a state: two states that read alike here are alike
/// to every part of Tally.
struct StateView: Equatable {
    var documents: [DocumentRecord]
    var documentCounts: [DocumentOutcome: Int]
    var articles: [StoredArticle]
    var storyOfArticle: [Int64: Int64]
    var claims: [Int64: [StoredClaim]]
    var fingerprints: [String]
    var figures: [FigureSummary]
    var disputed: [FigureSummary]
    var histories: [String: [HistoryEntry]]
    var positions: [String: [Position]]
    var alerts: [StoredAlert]
    var unloggedAlerts: [StoredAlert]
    var highestAlertID: Int64
    var deliveries: [PendingDelivery]
    var deliverySummaries: [DeliverySummary]
    var feeds: [FeedRecord]
    var feedChanges: [FeedRecord]
    var pendingEntries: [PendingFeedEntry]
    var failedEntries: [FailedFeedEntry]
    var stories: [Story]

    init(_ store: any StoreBackend) throws {
        self = try store.read { db in
            let articles = try db.articles()
            let figures = try db.figures()
            let keys = figures.map(\.key)
            return StateView(
                documents: try db.documents(), documentCounts: try db.documentCounts(), articles: articles,
                storyOfArticle: Dictionary(uniqueKeysWithValues: try articles.compactMap { article in try db.storyID(ofArticle: article.id).map { (article.id, $0) } }),
                claims: Dictionary(uniqueKeysWithValues: try articles.map { ($0.id, try db.claims(ofArticle: $0.id)) }),
                fingerprints: try db.fingerprints(after: 0).map { "\($0.articleID): \($0.bytes)" },
                figures: figures,
                disputed: try db.figures(matching: "", disputedOnly: true, offset: 0, limit: .max).figures,
                histories: Dictionary(uniqueKeysWithValues: try keys.map { ($0, try db.history(key: $0)) }),
                positions: try db.positions(forKeys: keys),
                alerts: try db.alerts(), unloggedAlerts: try db.unloggedAlerts(), highestAlertID: try db.highestAlertID(),
                deliveries: try db.dueDeliveries(at: .distantFuture, excluding: [], limit: .max),
                deliverySummaries: try db.deliverySummaries(),
                feeds: try db.feeds(includingUnsubscribed: true), feedChanges: try db.feedChanges(after: 0).feeds,
                pendingEntries: try db.pendingFeedEntries(), failedEntries: try db.failedFeedEntries(),
                stories: try db.recentStories(1_000_000))
        }
    }

    private init(documents: [DocumentRecord], documentCounts: [DocumentOutcome: Int], articles: [StoredArticle], storyOfArticle: [Int64: Int64],
                 claims: [Int64: [StoredClaim]], fingerprints: [String], figures: [FigureSummary], disputed: [FigureSummary],
                 histories: [String: [HistoryEntry]], positions: [String: [Position]], alerts: [StoredAlert], unloggedAlerts: [StoredAlert],
                 highestAlertID: Int64, deliveries: [PendingDelivery], deliverySummaries: [DeliverySummary], feeds: [FeedRecord],
                 feedChanges: [FeedRecord], pendingEntries: [PendingFeedEntry], failedEntries: [FailedFeedEntry], stories: [Story]) {
        self.documents = documents
        self.documentCounts = documentCounts
        self.articles = articles
        self.storyOfArticle = storyOfArticle
        self.claims = claims
        self.fingerprints = fingerprints
        self.figures = figures
        self.disputed = disputed
        self.histories = histories
        self.positions = positions
        self.alerts = alerts
        self.unloggedAlerts = unloggedAlerts
        self.highestAlertID = highestAlertID
        self.deliveries = deliveries
        self.deliverySummaries = deliverySummaries
        self.feeds = feeds
        self.feedChanges = feedChanges
        self.pendingEntries = pendingEntries
        self.failedEntries = failedEntries
        self.stories = stories
    }

    /// The parts that differ, for a readable failure.
    func differences(from other: StateView) -> [String] {
        let parts: [(String, (StateView, StateView) -> Bool)] = [
            ("documents", { $0.documents == $1.documents }), ("documentCounts", { $0.documentCounts == $1.documentCounts }),
            ("articles", { $0.articles == $1.articles }), ("storyOfArticle", { $0.storyOfArticle == $1.storyOfArticle }),
            ("claims", { $0.claims == $1.claims }), ("fingerprints", { $0.fingerprints == $1.fingerprints }),
            ("figures", { $0.figures == $1.figures }), ("disputed", { $0.disputed == $1.disputed }),
            ("histories", { $0.histories == $1.histories }), ("positions", { $0.positions == $1.positions }),
            ("alerts", { $0.alerts == $1.alerts }), ("unloggedAlerts", { $0.unloggedAlerts == $1.unloggedAlerts }),
            ("highestAlertID", { $0.highestAlertID == $1.highestAlertID }), ("deliveries", { $0.deliveries == $1.deliveries }),
            ("deliverySummaries", { $0.deliverySummaries == $1.deliverySummaries }), ("feeds", { $0.feeds == $1.feeds }),
            ("feedChanges", { $0.feedChanges == $1.feedChanges }), ("pendingEntries", { $0.pendingEntries == $1.pendingEntries }),
            ("failedEntries", { $0.failedEntries == $1.failedEntries }), ("stories", { $0.stories == $1.stories }),
        ]
        return parts.filter { !$0.1(self, other) }.map(\.0)
    }
}
