import Alerts
import Foundation
import LoopbackHTTP
import MetricsTestKit
import Model
import NotifierDelivery
import OrderedJSON
import Notifiers
import Store
import TestSupport
import StoreTestSupport
import Testing

@Suite struct WebhookDeliveryTests {
    static let secret = "a-shared-secret"

    /// Answers 200 only to a request whose signature checks out over the body received.
    static func verifyingReceiver() throws -> LoopbackServer {
        try LoopbackServer { request in
            guard request.method == "POST", let signature = request.headers["x-tally-signature"],
                  Signature.verify(request.body, secret: secret, signature: signature) else { return LoopbackResponse(status: 401, text: "bad signature\n") }
            return LoopbackResponse(status: 200, text: "ok\n")
        }
    }

    @Test(arguments: StoreKind.available)
    func theReceiverVerifiesTheSignatureOfEveryAlertLine(_ kind: StoreKind) throws {
        let server = try Self.verifyingReceiver()
        defer { server.stop() }
        let rig = try DeliveryRig([Notifier(name: "hook", target: .webhook(url: server.url("/hook"), secret: Self.secret), retry: .quick)], store: kind)
        defer { rig.stop() }
        rig.sender.start()
        let ids = try rig.commit(3, to: ["hook"])
        #expect(waitUntil { (try? rig.summary("hook").sent) == 3 })
        let requests = server.requests
        #expect(requests.count == 3, "each sent once: no retry after a 200")
        #expect(Set(requests.map { $0.headers["idempotency-key"] ?? "" }) == Set(ids.map { "tally-alert-\($0)" }))
        for request in requests {
            let line = String(decoding: request.body, as: UTF8.self)
            let id = try #require(Int64(request.headers["idempotency-key"]?.dropFirst("tally-alert-".count) ?? ""))
            let stored = try #require(try rig.store.read { try $0.alerts() }.first { $0.id == id })
            #expect(line == AlertLine.json(stored.alert, id: id).serialized, "the body is the alert log's line")
            #expect(request.headers["content-type"] == "application/json")
        }
        #expect(rig.metrics.counterTotal(label: "tally_notifications_total", dimensions: [("notifier", "hook"), ("outcome", "sent")]) == 3)
        #expect(try rig.summary("hook").lastSuccess != nil)
    }

    @Test func aWrongSecretIsRefusedAndGivenUpAtOnceWithTheReason() throws {
        let server = try Self.verifyingReceiver()
        defer { server.stop() }
        let rig = try DeliveryRig([Notifier(name: "hook", target: .webhook(url: server.url("/hook"), secret: "not-the-secret"), retry: .quick)])
        defer { rig.stop() }
        rig.sender.start()
        try rig.commit(1, to: ["hook"])
        #expect(waitUntil { (try? rig.summary("hook").givenUp) == 1 })
        #expect(try rig.summary("hook").lastError?.hasPrefix("HTTP 401") == true)
        #expect(rig.metrics.counterTotal(label: "tally_notifications_total", dimensions: [("notifier", "hook"), ("outcome", "given_up")]) == 1)
    }

    @Test(arguments: StoreKind.available)
    func a500IsRetriedUntilA200(_ kind: StoreKind) throws {
        let answered = Shared(0)
        let server = try LoopbackServer { _ in
            answered.withLock { count in
                count += 1
                return LoopbackResponse(status: count <= 2 ? 500 : 200, text: "\n")
            }
        }
        defer { server.stop() }
        let rig = try DeliveryRig([Notifier(name: "hook", target: .webhook(url: server.url("/hook"), secret: Self.secret), retry: .quick)], store: kind)
        defer { rig.stop() }
        rig.sender.start()
        let ids = try rig.commit(1, to: ["hook"])
        #expect(waitUntil { (try? rig.summary("hook").sent) == 1 })
        #expect(server.requests.count == 3)
        #expect(Set(server.requests.map { $0.headers["idempotency-key"] }) == ["tally-alert-\(ids[0])"], "a repeat carries the same key")
        #expect(rig.metrics.counterTotal(label: "tally_notifications_total", dimensions: [("notifier", "hook"), ("outcome", "failed")]) == 2)
    }

    @Test func a429WaitsAsLongAsRetryAfterSays() throws {
        let times = Shared<[Date]>([])
        let server = try LoopbackServer { _ in
            times.withLock { times in
                times.append(Date())
                return times.count == 1 ? LoopbackResponse(status: 429, headers: [("Retry-After", "1")], text: "slow down\n")
                    : LoopbackResponse(status: 200, text: "\n")
            }
        }
        defer { server.stop() }
        let rig = try DeliveryRig([Notifier(name: "chat", target: .slack(url: server.url("/hook")),
                                            retry: RetrySchedule(initialDelay: 0.05, maximumDelay: 5, giveUpAfter: 60))])
        defer { rig.stop() }
        rig.sender.start()
        try rig.commit(1, to: ["chat"])
        #expect(waitUntil { (try? rig.summary("chat").sent) == 1 })
        let seen = times.withLock { $0 }
        #expect(seen.count == 2)
        if seen.count == 2 { #expect(seen[1].timeIntervalSince(seen[0]) >= 0.95, "not before the second Retry-After asked for") }
    }

    @Test func aReceiverDownAndThenUpGetsEveryAlert() throws {
        // A port nothing listens on for a while: each attempt is refused and retried.
        let probe = try LoopbackServer { _ in LoopbackResponse(status: 200, text: "\n") }
        let port = probe.port
        probe.stop()
        let url = "http://127.0.0.1:\(port)/hook"
        let rig = try DeliveryRig([Notifier(name: "hook", target: .webhook(url: url, secret: Self.secret), retry: .quick)])
        defer { rig.stop() }
        rig.sender.start()
        let ids = try rig.commit(5, to: ["hook"])
        #expect(waitUntil { (try? rig.summary("hook").lastError) != nil })
        #expect(waitUntil {
            rig.metrics.counterTotal(label: "tally_notifications_total", dimensions: [("notifier", "hook"), ("outcome", "failed")]) >= 15
        }, "several rounds of refused attempts while it is down")
        #expect(try rig.summary("hook").sent == 0)

        let server = try LoopbackServer(port: port) { request in
            guard let signature = request.headers["x-tally-signature"], Signature.verify(request.body, secret: Self.secret, signature: signature) else {
                return LoopbackResponse(status: 401, text: "\n")
            }
            return LoopbackResponse(status: 200, text: "\n")
        }
        defer { server.stop() }
        #expect(waitUntil { (try? rig.summary("hook").sent) == 5 })
        #expect(Set(server.requests.compactMap { $0.headers["idempotency-key"] }) == Set(ids.map { "tally-alert-\($0)" }))
        #expect(try rig.summary("hook").givenUp == 0)
    }

    @Test func aDeliveryStillFailingAtItsDeadlineIsGivenUpAndReported() throws {
        let server = try LoopbackServer { _ in LoopbackResponse(status: 503, text: "\n") }
        defer { server.stop() }
        let rig = try DeliveryRig([Notifier(name: "hook", target: .webhook(url: server.url("/hook"), secret: Self.secret),
                                            retry: RetrySchedule(initialDelay: 0.05, maximumDelay: 0.1, giveUpAfter: 0.6))])
        defer { rig.stop() }
        rig.sender.start()
        try rig.commit(1, to: ["hook"])
        #expect(waitUntil { (try? rig.summary("hook").givenUp) == 1 })
        let summary = try rig.summary("hook")
        #expect(summary.pending == 0)
        #expect(summary.lastError?.hasPrefix("HTTP 503; gave up after") == true)
        #expect(server.requests.count >= 3)
    }

    @Test func aSlowReceiverDoesNotHoldUpAnotherNotifier() throws {
        let slow = try LoopbackServer { _ in .hang }
        defer { slow.stop() }
        let fast = try LoopbackServer { _ in LoopbackResponse(status: 200, text: "\n") }
        defer { fast.stop() }
        let rig = try DeliveryRig([
            Notifier(name: "slow", target: .slack(url: slow.url("/hook")), retry: .quick, timeout: 30),
            Notifier(name: "fast", target: .slack(url: fast.url("/hook")), retry: .quick),
        ])
        defer { rig.stop() }
        rig.sender.start()
        try rig.commit(4, to: ["slow", "fast"])
        #expect(waitUntil { (try? rig.summary("fast").sent) == 4 })
        #expect(try rig.summary("slow").pending == 4)
    }
}
