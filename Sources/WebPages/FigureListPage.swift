import Alerts
import Foundation
import Model
import Store

/// `/figures`: every tracked figure with its current value, who claims what, where it was read
/// and when it last changed, a page at a time, with a search form that works without scripts. Pure.
public enum FigureListPage {
    public static func html(_ selection: FigureSelection) -> String {
        let query = selection.query
        var body = """
        <h1>Figures</h1>
        <form method="get" action="/figures" class="search">
        <input type="search" name="q" value="\(Markup.escape(query.search))" placeholder="key, claimant or source" aria-label="Search">
        <label><input type="checkbox" name="disputed" value="1"\(query.disputedOnly ? " checked" : "")> disputed only</label>
        <button type="submit">Search</button>
        </form>
        <p class="count">\(selection.total) figure\(selection.total == 1 ? "" : "s")\(selection.total > 0 ? ", page \(query.page) of \(selection.pageCount)" : "")</p>

        """
        if selection.figures.isEmpty {
            body += "<p class=\"empty\">No figure matches.</p>\n"
        } else {
            body += "<table class=\"figures\"><thead><tr><th>Figure</th><th>Current</th><th>Claimants</th><th>Sources</th><th>Last change</th></tr></thead><tbody>\n"
            for figure in selection.figures { body += row(figure) }
            body += "</tbody></table>\n"
        }
        body += pager(selection)
        return PageLayout.page(title: "Figures", body: body)
    }

    static func row(_ figure: FigureSummary) -> String {
        let disputed = figure.isDisputed
        let current = figure.current.map { Markup.escape(FigureFormatting.value($0)) } ?? ""
        let claimants = figure.positions.map { position in
            "<li>\(Markup.escape(position.claimant ?? "unattributed")): \(Markup.escape(FigureFormatting.value(position.latest)))</li>"
        }.joined()
        let sources = Set(figure.positions.compactMap { $0.latest.article.source }).sorted()
            .map { "<li>\(Markup.escape($0))</li>" }.joined()
        return """
        <tr\(disputed ? " class=\"disputed\"" : "")><td><a href="/figures/\(SafeLink.path(forKey: figure.key))">\(Markup.escape(figure.key))</a>\(disputed ? " <span class=\"badge\">disputed</span>" : "")</td>\
        <td class="value">\(current)</td><td><ul>\(claimants)</ul></td><td><ul>\(sources)</ul></td>\
        <td>\(figure.lastStated.map { "<time datetime=\"\(WebDate.rfc3339($0))\">\(WebDate.text($0))</time>" } ?? "not tracked")</td></tr>

        """
    }

    static func pager(_ selection: FigureSelection) -> String {
        let query = selection.query
        func link(_ page: Int, _ label: String) -> String {
            var parameters = ["page=\(page)"]
            if !query.search.isEmpty { parameters.insert("q=" + SafeLink.component(query.search), at: 0) }
            if query.disputedOnly { parameters.append("disputed=1") }
            if query.pageSize != FigureQuery.defaultPageSize { parameters.append("per_page=\(query.pageSize)") }
            return "<a rel=\"\(label == "Next" ? "next" : "prev")\" href=\"/figures?\(parameters.joined(separator: "&amp;"))\">\(label)</a>"
        }
        var parts: [String] = []
        if query.page > 1 { parts.append(link(min(query.page - 1, selection.pageCount), "Previous")) }
        if query.page < selection.pageCount { parts.append(link(query.page + 1, "Next")) }
        return parts.isEmpty ? "" : "<nav class=\"pager\">\(parts.joined(separator: " "))</nav>\n"
    }
}
