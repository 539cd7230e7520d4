import Alerts
import Foundation
import Model
import Notifiers
import OrderedJSON
import Testing

@Suite struct NotificationMessageTests {
    let alert = SampleAlerts.changed()

    private func post(_ target: NotifierTarget) throws -> (url: String, headers: [String: String], body: [UInt8]) {
        guard case .post(let url, let headers, let body) = NotificationMessage.build(alert, id: 42, for: target) else {
            Issue.record("not a POST")
            throw CancellationError()
        }
        return (url, Dictionary(headers.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 }), body)
    }

    @Test func webhookBodyIsTheAlertLogLineSignedWithTheSecret() throws {
        let (url, headers, body) = try post(.webhook(url: "http://receiver/hook", secret: "s3cret"))
        #expect(url == "http://receiver/hook")
        #expect(String(decoding: body, as: UTF8.self) == AlertLine.json(alert, id: 42).serialized)
        #expect(headers["Content-Type"] == "application/json")
        #expect(headers["Idempotency-Key"] == "tally-alert-42")
        let signature = try #require(headers["X-Tally-Signature"])
        #expect(Signature.verify(body, secret: "s3cret", signature: signature))
        #expect(!Signature.verify(body, secret: "other", signature: signature))
        #expect(!Signature.verify(body + [32], secret: "s3cret", signature: signature))
    }

    @Test func signatureMatchesAKnownHMACSHA256() {
        // RFC 4231 test case 2.
        #expect(Signature.sign(Array("what do ya want for nothing?".utf8), secret: "Jefe")
            == "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func slackBodyHasTextAndBlocksWithTheQuoteAndLink() throws {
        let (_, headers, body) = try post(.slack(url: "http://chat/hook"))
        #expect(headers["Idempotency-Key"] == "tally-alert-42")
        let json = try JSONValue.parse(String(decoding: body, as: UTF8.self))
        #expect(json["text"]?.stringValue == AlertText.summary(alert))
        let text = String(decoding: body, as: UTF8.self)
        #expect(text.contains(#""type":"section""#))
        #expect(text.contains("<https://news.example/a|Troops sent>"))
        #expect(text.contains("> The ministry said 12,000 troops were sent."))
    }

    @Test func slackEscapesItsControlCharactersInTheBlocks() throws {
        var alert = self.alert
        alert.new.quote = "fewer <than> 5 & more"
        guard case .post(_, _, let body) = NotificationMessage.build(alert, id: 1, for: .slack(url: "http://chat/hook")) else { return }
        #expect(String(decoding: body, as: UTF8.self).contains("> fewer &lt;than&gt; 5 &amp; more"))
    }

    @Test func ntfyHasTitlePriorityTagsAndClickOnOneLineEach() throws {
        let (url, headers, body) = try post(.ntfy(url: "https://ntfy.sh/figures", priority: 4, tags: ["chart_with_upwards_trend", "news"]))
        #expect(url == "https://ntfy.sh/figures")
        #expect(headers["Title"] == "Figure changed: 2024-10-deploy/north-korea/troops/sent (#42)")
        #expect(headers["Priority"] == "4")
        #expect(headers["Tags"] == "chart_with_upwards_trend,news")
        #expect(headers["Click"] == "https://news.example/a")
        #expect(String(decoding: body, as: UTF8.self).hasPrefix("#42 figure_changed"))
        for value in headers.values { #expect(!value.contains("\n") && !value.contains("\r")) }
    }

    @Test func execGetsTheLineAndANewlineOnStdin() {
        let message = NotificationMessage.build(alert, id: 42, for: .exec(command: ["/usr/bin/logger", "-t", "tally"]))
        #expect(message == .run(command: ["/usr/bin/logger", "-t", "tally"], input: Array((AlertLine.json(alert, id: 42).serialized + "\n").utf8)))
    }

    @Test func theSameAlertBuildsTheSameBytes() {
        let target = NotifierTarget.webhook(url: "http://r/h", secret: "k")
        #expect(NotificationMessage.build(alert, id: 9, for: target) == NotificationMessage.build(alert, id: 9, for: target))
    }
}
