import Alerts
import Foundation
public import Model
import OrderedJSON

/// What one delivery sends: an HTTP POST or a command run. Built from the alert alone, so a
/// repeat after a crash sends the same bytes with the same idempotency key.
public enum NotificationMessage: Sendable, Equatable {
    case post(url: String, headers: [(name: String, value: String)], body: [UInt8])
    case run(command: [String], input: [UInt8])

    public static func == (lhs: NotificationMessage, rhs: NotificationMessage) -> Bool {
        switch (lhs, rhs) {
        case let (.post(a, ah, ab), .post(b, bh, bb)):
            a == b && ab == bb && ah.count == bh.count && zip(ah, bh).allSatisfy { $0.name == $1.name && $0.value == $1.value }
        case let (.run(a, ai), .run(b, bi)):
            a == b && ai == bi
        default:
            false
        }
    }

    /// Carries the alert id: the receiver drops a delivery it has seen (a repeat after a crash
    /// or a lost response).
    public static let idempotencyHeader = "Idempotency-Key"

    public static func build(_ alert: Alert, id: Int64, for target: NotifierTarget) -> NotificationMessage {
        let line = Array(AlertLine.json(alert, id: id).serialized.utf8)
        let key = (idempotencyHeader, "tally-alert-\(id)")
        switch target {
        case .webhook(let url, let secret):
            return .post(url: url, headers: [("Content-Type", "application/json"), key, (Signature.header, Signature.sign(line, secret: secret))],
                         body: line)
        case .slack(let url):
            return .post(url: url, headers: [("Content-Type", "application/json"), key], body: Array(slack(alert, id: id).serialized.utf8))
        case .ntfy(let url, let priority, let tags):
            var headers = [("Title", headerSafe(title(alert, id: id))), key]
            if let priority { headers.append(("Priority", String(priority))) }
            if !tags.isEmpty { headers.append(("Tags", tags.map(headerSafe).joined(separator: ","))) }
            if let link = alert.new.article.url { headers.append(("Click", headerSafe(link))) }
            return .post(url: url, headers: headers, body: Array(AlertText.block(alert, id: id).utf8))
        case .exec(let command):
            return .run(command: command, input: line + [10])
        }
    }

    static func title(_ alert: Alert, id: Int64) -> String {
        let kind = switch alert.kind {
        case .figureChanged: "Figure changed"
        case .figureDisputed: "Figure disputed"
        case .figureNew: "New figure"
        }
        return "\(kind): \(alert.key) (#\(id))"
    }

    /// Slack's incoming-webhook body: `text` for notifications and clients without blocks, and
    /// blocks with the summary, the quote and the article.
    static func slack(_ alert: Alert, id: Int64) -> JSONValue {
        let summary = AlertText.summary(alert)
        var context = "#\(id) · \(alert.kind.rawValue)"
        if let title = alert.new.article.title { context += " · " + title }
        var blocks: [JSONValue] = [
            section("*\(escape(title(alert, id: id)))*\n\(escape(summary))"),
            section("> " + escape(alert.new.quote).replacingOccurrences(of: "\n", with: "\n> ")),
        ]
        if let url = alert.new.article.url {
            blocks.append(section("<\(url)|\(escape(alert.new.article.title ?? url))>"))
        }
        blocks.append(.object([("type", .string("context")), ("elements", .array([.object([("type", .string("mrkdwn")), ("text", .string(escape(context)))])]))]))
        return .object([("text", .string(summary)), ("blocks", .array(blocks))])
    }

    private static func section(_ text: String) -> JSONValue {
        .object([("type", .string("section")), ("text", .object([("type", .string("mrkdwn")), ("text", .string(text))]))])
    }

    /// Slack's three control characters in mrkdwn.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A header value on one line: a quote with a line break would otherwise start a header of its own.
    static func headerSafe(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value < 32 || $0.value == 127 ? " " : Character($0) })
    }
}
