import Alerts
public import Foundation
import Model
public import Store

/// `/alerts.atom`: the alerts as an Atom feed (RFC 4287), newest first, so any feed reader can
/// follow them; optionally only the keys a pattern matches. Every text is XML-escaped. Pure.
public enum AlertFeed {
    /// `pattern` matches a key when it equals it, or, ending in `*`, when the key starts with
    /// what comes before (`north-korea/*`).
    public static func matches(_ key: String, pattern: String?) -> Bool {
        guard let pattern, !pattern.isEmpty else { return true }
        return pattern.hasSuffix("*") ? key.hasPrefix(pattern.dropLast()) : key == pattern
    }

    /// `base` is the site's own address ("http://127.0.0.1:8080"), for the links and ids.
    public static func atom(newestFirst alerts: [StoredAlert], base: String, pattern: String? = nil, now: Date) -> String {
        let selected = alerts.filter { matches($0.alert.key, pattern: pattern) }
        let updated = selected.first?.alert.raisedAt ?? now
        let base = Markup.escape(base)
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
        <title>\(Markup.escape(pattern.map { "Tally alerts: \($0)" } ?? "Tally alerts"))</title>
        <id>\(base)/alerts.atom\(pattern.map { "?key=" + Markup.escape(SafeLink.component($0)) } ?? "")</id>
        <link rel="self" href="\(base)/alerts.atom\(pattern.map { "?key=" + Markup.escape(SafeLink.component($0)) } ?? "")"/>
        <link rel="alternate" type="text/html" href="\(base)/alerts"/>
        <updated>\(WebDate.rfc3339(updated))</updated>
        <author><name>Tally</name></author>

        """
        for stored in selected {
            let alert = stored.alert
            let link = "\(base)/figures/\(Markup.escape(SafeLink.path(forKey: alert.key)))"
            xml += """
            <entry>
            <id>\(base)/alerts/\(stored.id)</id>
            <title>\(Markup.escape(AlertText.summary(alert)))</title>
            <link rel="alternate" type="text/html" href="\(link)"/>
            <updated>\(WebDate.rfc3339(alert.raisedAt))</updated>
            <category term="\(Markup.escape(alert.kind.rawValue))"/>
            <summary type="text">\(Markup.escape(AlertText.block(alert, id: stored.id)))</summary>
            </entry>

            """
        }
        return xml + "</feed>\n"
    }
}
