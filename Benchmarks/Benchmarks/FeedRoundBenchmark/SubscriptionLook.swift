import Foundation
import Store

/// A database of 10,000 subscribed feeds that have seen 101,000 entries between them, for what
/// it costs to look at the subscriptions: the daemon's look every few seconds (only what changed
/// since its last) against a full read with every feed's entry counts (`tally feeds list`, and
/// what the daemon did before).
struct SubscriptionLook {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-subscription-look-\(UUID().uuidString)").path
    let store: TallyStore
    /// The revision after the feeds were subscribed: a look after it finds nothing changed.
    let revision: Int64

    init(feeds: Int, entries: Int) throws {
        store = try TallyStore(path: root + "/tally.sqlite")
        let now = Date()
        try store.write { tx in
            for number in 0..<feeds {
                let id = try tx.subscribe(FeedSubscription(url: "https://f\(number).example/rss"), origin: .added, firstDue: now, now: now)
                let count = entries / feeds + (number < entries % feeds ? 1 : 0)
                try tx.recordNewEntries(feedID: id, (0..<count).map { ("f\(number)-\($0)", "{}") }, at: now)
            }
        }
        revision = try store.read { try $0.feedChanges(after: -1).revision }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}
