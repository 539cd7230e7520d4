import CurlFetching
import FeedFetching
import FeedScheduling
import Feeds
import Foundation
import Logging
import Store

/// A round through Tally's own feed service rather than the bare fetcher: scheduling, the
/// fetch, parsing every 200, and recording each feed's state and its new entries in SQLite
/// (synchronous=FULL, responses that arrive together committed together).
struct ServiceRound {
    let port: UInt16
    let feedCount: Int
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-feed-bench-\(UUID().uuidString)").path

    /// A database with every feed subscribed and due now.
    func subscribeAll() -> TallyStore {
        let store = try! TallyStore(path: root + "/tally.sqlite")
        let now = Date()
        try! store.write { tx in
            for number in 0..<feedCount {
                try tx.subscribe(FeedSubscription(url: "http://f\(number).localhost:\(port)/feed.xml"), origin: .added, firstDue: now, now: now)
            }
        }
        return store
    }

    /// Starts a service with every feed asked to refresh (due at once, as overdue feeds are on a
    /// daemon start) and returns when every feed has been fetched and recorded since `since`. The
    /// responses are counted as they come, so the database is read only once they are all in.
    func run(_ store: TallyStore, since: Date) {
        _ = try! store.write { try $0.requestRefresh(.all) }
        let fetcher = CountingFetcher(CurlFetcher())
        let service = FeedService(store: store, fetcher: fetcher,
                                  settings: FeedService.Settings(policy: SchedulePolicy(interval: 3600, catchUpWindow: 0), fetchArticles: false),
                                  logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }, refreshInterval: 3600) { _ in }
        service.start()
        while fetcher.completed < feedCount { Thread.sleep(forTimeInterval: 0.01) }
        while (try! store.read { try $0.feedChanges(after: -1) }).feeds.contains(where: { ($0.lastAttempt ?? .distantPast) < since }) {
            Thread.sleep(forTimeInterval: 0.01)
        }
        service.stop()
        fetcher.shutdown()
    }

    func statuses(_ store: TallyStore) -> [Int: Int] {
        let feeds = try! store.read { try $0.feedChanges(after: -1) }.feeds
        return Dictionary(grouping: feeds, by: { $0.lastStatus ?? 0 }).mapValues(\.count)
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// The fetcher, counting the responses it hands back.
final class CountingFetcher: HTTPFetching, @unchecked Sendable {
    private let inner: any HTTPFetching
    private let lock = NSLock()
    private var count = 0

    init(_ inner: any HTTPFetching) { self.inner = inner }

    var completed: Int { lock.withLock { count } }

    func fetch(_ request: HTTPRequest, completion: @escaping @Sendable (HTTPResponse) -> Void) {
        inner.fetch(request) { [self] response in
            completion(response)
            lock.withLock { count += 1 }
        }
    }

    func shutdown() { inner.shutdown() }
}
