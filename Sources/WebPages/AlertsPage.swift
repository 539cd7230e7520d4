import Alerts
import Foundation
import Model
public import Store

/// `/alerts`: the newest alerts first. Readable without scripts; with them, the page's own script
/// (served from the same origin, the only script the policy allows) adds alerts as the stream
/// of server-sent events brings them. Pure.
public enum AlertsPage {
    public static func html(newestFirst alerts: [StoredAlert]) -> String {
        var body = "<h1>Alerts</h1>\n<p><a href=\"/alerts.atom\">Atom feed</a></p>\n"
        body += "<ol class=\"alerts\" id=\"alerts\" data-after=\"\(alerts.first?.id ?? 0)\">\n"
        for stored in alerts { body += item(stored) }
        body += "</ol>\n"
        if alerts.isEmpty { body += "<p class=\"empty\">No alert yet.</p>\n" }
        return PageLayout.page(title: "Alerts", body: body, scripts: ["/static/alerts.js"])
    }

    static func item(_ stored: StoredAlert) -> String {
        let alert = stored.alert
        return "<li id=\"alert-\(stored.id)\" class=\"\(alert.kind.rawValue)\"><time datetime=\"\(WebDate.rfc3339(alert.raisedAt))\">\(Markup.escape(WebDate.text(alert.raisedAt)))</time> "
            + "<a href=\"/figures/\(SafeLink.path(forKey: alert.key))\">\(Markup.escape(alert.key))</a> "
            + "<span class=\"summary\">\(Markup.escape(AlertText.summary(alert)))</span></li>\n"
    }
}
