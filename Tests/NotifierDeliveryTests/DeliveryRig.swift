import CurlFetching
import Foundation
import Logging
import MetricsTestKit
import Model
import NotifierDelivery
import Notifiers
import Store
import StoreTestSupport

/// A store in a fresh folder, a sender over a real libcurl client, and alerts committed with
/// their deliveries as the pipeline commits them.
final class DeliveryRig {
    let folder: String
    let state: TestStore
    let store: any StoreBackend
    let fetcher = CurlFetcher(settings: .notifications)
    let metrics = TestMetrics()
    let sender: NotificationSender
    private var documents = 0

    init(_ notifiers: [Notifier], store kind: StoreKind = .sqlite) throws {
        folder = NSTemporaryDirectory() + "tally-notify-\(UUID().uuidString)"
        state = try TestStore(kind)
        store = try state.open()
        sender = NotificationSender(store: store, notifiers: notifiers, fetcher: fetcher, logger: Logger(label: "test"), metricsFactory: metrics)
    }

    /// Commits `count` alerts routed to `notifiers`; returns their ids.
    @discardableResult
    func commit(_ count: Int, to notifiers: [String]) throws -> [Int64] {
        documents += 1
        let document = NewDocument(contentHash: "hash-\(documents)", fileName: "doc-\(documents).txt", origin: .cli, byteCount: 1, receivedAt: Date())
        let alerts = (0..<count).map { index in Self.alert(value: Double(1000 + index)) }
        let ids = try store.write { tx in
            let documentID = try tx.insertDocument(document, outcome: .ingested)
            let stored = try tx.insertAlerts(alerts, documentID: documentID)
            try tx.insertDeliveries(stored.map { (alertID: $0.id, notifiers: notifiers) }, at: Date())
            return stored.map(\.id)
        }
        sender.wake()
        return ids
    }

    func summary(_ notifier: String) throws -> DeliverySummary {
        try store.read { try $0.deliverySummaries() }.first { $0.notifier == notifier } ?? DeliverySummary(notifier: notifier)
    }

    func stop() {
        sender.stop()
        fetcher.shutdown()
        try? store.close()
        try? FileManager.default.removeItem(atPath: folder)
    }

    static func alert(value: Double) -> Alert {
        let key = "story/ukraine/troops/sent"
        let observation = { (value: Double) in
            Observation(claimID: 1, key: key, quantity: Quantity(value), statedAs: "\(Int(value))", claimant: "Ministry", quote: "Some \(Int(value)) troops.",
                        article: ArticleReference(id: 1, title: "Troops", url: "https://news.example/1"), observedAt: Date(timeIntervalSince1970: 1_700_000_000))
        }
        return Alert(kind: .figureChanged, key: key, raisedAt: Date(timeIntervalSince1970: 1_700_000_000), new: observation(value), old: observation(10), positions: [])
    }
}

/// Quick retries, so that a test of a minute's outage takes a second or two.
extension RetrySchedule {
    static let quick = RetrySchedule(initialDelay: 0.05, maximumDelay: 0.2, giveUpAfter: 60)
}

/// A value shared with a server's handler thread.
final class Shared<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value
    init(_ value: Value) { self.value = value }
    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
