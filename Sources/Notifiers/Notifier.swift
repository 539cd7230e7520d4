public import Foundation
public import Model

/// One `[[notify]]` table: where alerts go, which of them, and how long to keep trying.
public struct Notifier: Sendable, Equatable {
    /// Unique among the notifiers: it names the delivery rows, the metrics and `tally notify test NAME`.
    public var name: String
    public var target: NotifierTarget
    public var filter: NotifierFilter
    public var retry: RetrySchedule
    /// For one HTTP request or one run of the command.
    public var timeout: TimeInterval

    public init(name: String, target: NotifierTarget, filter: NotifierFilter = NotifierFilter(),
                retry: RetrySchedule = RetrySchedule(), timeout: TimeInterval = 10) {
        self.name = name
        self.target = target
        self.filter = filter
        self.retry = retry
        self.timeout = timeout
    }

    /// The names of the notifiers an alert goes to, in configuration order.
    public static func routes(_ notifiers: [Notifier], for alert: Alert) -> [String] {
        notifiers.filter { $0.filter.matches(alert) }.map(\.name)
    }
}

/// What a notifier sends to.
public enum NotifierTarget: Sendable, Equatable {
    /// The alert's JSON line, signed with `secret`.
    case webhook(url: String, secret: String)
    /// Slack's incoming-webhook JSON (Mattermost, Rocket.Chat and Discord's `/slack` accept it).
    case slack(url: String)
    /// An ntfy topic URL; `priority` 1 (min) to 5 (max), `tags` are ntfy's emoji tags.
    case ntfy(url: String, priority: Int?, tags: [String])
    /// Arguments, the first the program: run without a shell, the alert's JSON line on stdin.
    case exec(command: [String])

    public var kind: String {
        switch self {
        case .webhook: "webhook"
        case .slack: "slack"
        case .ntfy: "ntfy"
        case .exec: "exec"
        }
    }

    /// Where it sends, for messages and `tally notify status`; no secret in it.
    public var destination: String {
        switch self {
        case .webhook(let url, _), .slack(let url), .ntfy(let url, _, _): url
        case .exec(let command): command.joined(separator: " ")
        }
    }
}

