import Foundation
import Model
import Notifiers
import TOMLKit

/// `[[notify]]` tables: one notifier each, checked so that a mistake is reported at start with
/// the table and the setting, not discovered when the first alert fails to arrive.
enum NotifierSettings {
    static let keys: Set<String> = ["name", "kind", "url", "secret", "command", "timeout", "give_up_after", "retry_initial",
                                    "retry_max", "watchlist", "kinds", "min_relative_change", "priority", "tags"]
    private static let kindKeys: [String: Set<String>] = [
        "webhook": ["url", "secret"], "slack": ["url"], "ntfy": ["url", "priority", "tags"], "exec": ["command"],
    ]

    static func parse(_ section: TOMLDocument.Section, after earlier: [Notifier]) throws(ConfigurationError) -> Notifier {
        guard let name = try section.string("name"), !name.isEmpty else {
            throw section.invalid("name", "is required: it names the notifier in `tally notify test NAME`, its status and its metrics")
        }
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0)) }) else {
            throw section.invalid("name", "may hold only letters, digits, '-', '_' and '.' (\"\(name)\" does not)")
        }
        guard !earlier.contains(where: { $0.name == name }) else { throw section.invalid("name", "\"\(name)\" is used by another [[notify]] table") }
        guard let kind = try section.string("kind") else { throw section.invalid("kind", "is required: one of exec, ntfy, slack, webhook") }
        guard let allowed = kindKeys[kind] else { throw section.invalid("kind", "\"\(kind)\" is not a notifier kind: one of exec, ntfy, slack, webhook") }
        let kindSpecific = kindKeys.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        for key in section.table.keys.sorted() where kindSpecific.contains(key) && !allowed.contains(key) {
            throw section.invalid(key, "does not apply to a \(kind) notifier (it takes \(allowed.sorted().joined(separator: ", ")))")
        }

        let target: NotifierTarget
        switch kind {
        case "exec":
            guard let command = try section.strings("command"), let program = command.first, !program.isEmpty else {
                throw section.invalid("command", "is required: the program and its arguments as a list, [\"/usr/local/bin/page\", \"--team\", \"news\"] (run without a shell)")
            }
            target = .exec(command: command)
        default:
            guard let url = try section.string("url"), let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
                  parsed.host?.isEmpty == false else {
                throw section.invalid("url", "is required: an http:// or https:// address")
            }
            switch kind {
            case "webhook":
                guard let secret = try section.string("secret"), !secret.isEmpty else {
                    throw section.invalid("secret", "is required: the receiver checks X-Tally-Signature with it (generate one with `openssl rand -hex 32`)")
                }
                target = .webhook(url: url, secret: secret)
            case "slack":
                target = .slack(url: url)
            default:
                let priority = try section.integer("priority")
                if let priority, !(1...5).contains(priority) { throw section.invalid("priority", "must be 1 (min) to 5 (max); ntfy's default is 3") }
                target = .ntfy(url: url, priority: priority, tags: try section.strings("tags") ?? [])
            }
        }

        var filter = NotifierFilter()
        filter.watchlist = try section.strings("watchlist") ?? []
        if let blank = filter.watchlist.first(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.contains("**") }) {
            throw section.invalid("watchlist", "holds \"\(blank)\": each entry is a word (\"troops\") or a key pattern with / or * (\"north-korea/*\")")
        }
        for text in try section.strings("kinds") ?? [] {
            guard let kind = AlertKind(rawValue: text) else {
                throw section.invalid("kinds", "holds \"\(text)\": alert kinds are \(AlertKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            filter.kinds.insert(kind)
        }
        if let change = try section.number("min_relative_change") {
            guard change >= 0 else { throw section.invalid("min_relative_change", "must be 0 or more (0.05 means 5%)") }
            filter.minimumRelativeChange = change
        }

        var retry = RetrySchedule()
        retry.initialDelay = try section.duration("retry_initial", minimum: 0.01) ?? retry.initialDelay
        retry.maximumDelay = try section.duration("retry_max", minimum: 0.01) ?? retry.maximumDelay
        retry.giveUpAfter = try section.duration("give_up_after", minimum: 0.1) ?? retry.giveUpAfter
        guard retry.maximumDelay >= retry.initialDelay else {
            throw section.invalid("retry_max", "must be at least retry_initial (\(retry.initialDelay) s)")
        }
        let timeout = try section.duration("timeout", minimum: 0.01) ?? 10
        return Notifier(name: name, target: target, filter: filter, retry: retry, timeout: timeout)
    }
}
