import Alerts
import Foundation
import Model
public import Store

/// `/figures/{key}`: one figure's current positions, its timeline chart and every statement of
/// it, each row anchored (`#claim-ID`) so the chart's points link to their quote and article. Pure.
public enum FigureDetailPage {
    public static func html(key: String, summary: FigureSummary?, history: [HistoryEntry]) -> String {
        var body = "<h1 class=\"key\">\(Markup.escape(key))</h1>\n"
        if let summary {
            body += "<section class=\"positions\"><h2>Where each claimant stands</h2><ul>"
            for position in summary.positions {
                body += "<li><span class=\"claimant\">\(Markup.escape(position.claimant ?? "unattributed"))</span>: "
                    + "<span class=\"value\">\(Markup.escape(FigureFormatting.value(position.latest)))</span> "
                    + "<span class=\"when\">(\(Markup.escape(WebDate.text(position.latest.observedAt))))</span></li>"
            }
            body += "</ul>\(summary.isDisputed ? "<p class=\"badge\">disputed</p>" : "")</section>\n"
        }
        body += "<figure class=\"chart\">\(TimelineChart.svg(key: key, history: history))<figcaption>\(TimelineChart.legend(history: history))</figcaption></figure>\n"
        body += "<h2>History</h2>\n<table class=\"history\"><thead><tr><th>Date</th><th>Claimant</th><th>Value</th><th>Quote</th><th>Article</th></tr></thead><tbody>\n"
        for (entry, point) in zip(history, TimelineChart.points(history)) {
            body += "<tr id=\"claim-\(entry.claim.id)\"\(point.disputed ? " class=\"disputed\"" : "")>"
                + "<td><time datetime=\"\(WebDate.rfc3339(point.date))\">\(Markup.escape(WebDate.text(point.date)))</time></td>"
                + "<td class=\"claimant\">\(Markup.escape(point.claimant))</td>"
                + "<td class=\"value\">\(Markup.escape(entry.claim.claim.hedge.map { $0 + " " } ?? ""))\(Markup.escape(point.label))\(entry.claim.repeated ? " <span class=\"note\">(restated)</span>" : "")</td>"
                + "<td><blockquote>\(Markup.escape(entry.claim.claim.sentence))</blockquote></td>"
                + "<td class=\"article\">\(article(entry.article))</td></tr>\n"
        }
        body += "</tbody></table>\n"
        body += "<p><a href=\"/api/figures/\(SafeLink.path(forKey: key))\">JSON</a> · <a href=\"/alerts.atom?key=\(SafeLink.component(key))\">Atom feed of this figure's alerts</a></p>\n"
        return PageLayout.page(title: key, body: body)
    }

    /// The article's title (or file), linked only when its URL is http(s), and its source.
    static func article(_ reference: ArticleReference) -> String {
        let name = Markup.escape(reference.title ?? reference.file ?? "article \(reference.id)")
        let linked = SafeLink.external(reference.url).map { "<a href=\"\(Markup.escape($0))\" rel=\"noopener noreferrer nofollow\">\(name)</a>" } ?? name
        return linked + (reference.source.map { " <span class=\"source\">\(Markup.escape($0))</span>" } ?? "")
    }
}
