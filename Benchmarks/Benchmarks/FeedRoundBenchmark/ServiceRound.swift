import CurlFetching
import FeedFetching
import FeedScheduling
import Feeds
import Foundation
import Logging
import GRDB
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

    /// Starts a service (as a daemon start would: everything overdue is due at once here, the
    /// catch-up window being 0) and returns when every feed has been fetched since `since`.
    func run(_ store: TallyStore, since: Date) {
        try! store.write { try $0.db.execute(sql: "UPDATE feed SET next_due = ?", arguments: [since.timeIntervalSince1970 - 1]) }
        let fetcher = CurlFetcher()
        let service = FeedService(store: store, fetcher: fetcher,
                                  settings: FeedService.Settings(policy: SchedulePolicy(interval: 3600, catchUpWindow: 0), fetchArticles: false),
                                  logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }, refreshInterval: 3600) { _ in }
        service.start()
        while (try! store.read { try Int.fetchOne($0.db, sql: "SELECT COUNT(*) FROM feed WHERE last_attempt >= ?", arguments: [since.timeIntervalSince1970]) }) ?? 0 < feedCount {
            Thread.sleep(forTimeInterval: 0.01)
        }
        service.stop()
        fetcher.shutdown()
    }

    func statuses(_ store: TallyStore) -> [Int: Int] {
        let rows = try! store.read { try Row.fetchAll($0.db, sql: "SELECT last_status, COUNT(*) AS n FROM feed GROUP BY last_status") }
        return Dictionary(uniqueKeysWithValues: rows.map { (($0["last_status"] as Int?) ?? 0, $0["n"] as Int) })
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
