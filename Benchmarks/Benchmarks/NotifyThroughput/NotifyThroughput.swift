import CurlFetching
import FeedFetching
import Foundation
import Logging
import LoopbackHTTP
import Model
import NotifierDelivery
import Notifiers
import Store

/// Alerts delivered per second to a webhook on loopback: `count` alerts committed with one
/// delivery each (as the pipeline commits them), then the sender, over libcurl, until every
/// delivery is recorded as sent. The receiver checks each signature.
///
///     swift run -c release NotifyThroughput [count] [in-flight]
@main
struct NotifyThroughput {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let count = arguments.first ?? 5_000
        let inFlight = arguments.dropFirst().first ?? 32
        let secret = "benchmark-secret"
        let server = try LoopbackServer(recordsRequests: false) { request in
            guard let signature = request.headers["x-tally-signature"], Signature.verify(request.body, secret: secret, signature: signature) else {
                return LoopbackResponse(status: 401, text: "\n")
            }
            return LoopbackResponse(status: 204)
        }
        let folder = NSTemporaryDirectory() + "tally-notify-bench-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try TallyStore(path: folder + "/tally.sqlite")
        let notifier = Notifier(name: "hook", target: .webhook(url: server.url("/hook"), secret: secret))
        try commit(count, to: notifier.name, in: store)

        let fetcher = CurlFetcher(settings: .notifications)
        let sender = NotificationSender(store: store, notifiers: [notifier], fetcher: fetcher, logger: Logger(label: "bench"), maximumInFlight: inFlight)
        let started = Date()
        sender.start()
        while try store.read({ try $0.deliverySummaries() }).first?.sent ?? 0 < count {
            Thread.sleep(forTimeInterval: 0.01)
        }
        let seconds = Date().timeIntervalSince(started)
        sender.stop()
        fetcher.shutdown()
        server.stop()
        try store.close()
        print("\(count) alerts to a loopback webhook, \(inFlight) in flight: \(String(format: "%.2f", seconds)) s, "
              + "\(Int((Double(count) / seconds).rounded())) alerts/s")
    }

    static func commit(_ count: Int, to notifier: String, in store: TallyStore) throws {
        let key = "bench/troops/sent"
        var next = 0
        while next < count {
            let batch = min(500, count - next)
            try store.write { tx in
                let document = NewDocument(contentHash: "bench-\(next)", fileName: "bench-\(next).txt", origin: .cli, byteCount: 1, receivedAt: Date())
                let documentID = try tx.insertDocument(document, outcome: .ingested)
                let alerts = (0..<batch).map { index -> Alert in
                    let observation = { (value: Double) in
                        Observation(claimID: 1, key: key, quantity: Quantity(value), statedAs: "\(Int(value))", claimant: "Ministry",
                                    quote: "The ministry said \(Int(value)) troops were sent.", article: ArticleReference(id: 1, title: "Troops"),
                                    observedAt: Date())
                    }
                    return Alert(kind: .figureChanged, key: key, raisedAt: Date(), new: observation(Double(next + index + 2)), old: observation(1), positions: [])
                }
                let stored = try tx.insertAlerts(alerts, documentID: documentID)
                try tx.insertDeliveries(stored.map { (alertID: $0.id, notifiers: [notifier]) }, at: Date())
            }
            next += batch
        }
    }
}
