import Foundation
import GRDB
import Model

/// The figures list read a page at a time from the `figure` table (one row per key, kept in step
/// by the transactions that write claims and positions: FigureRecords.swift), so a page costs
/// what it shows, not what is stored.
extension SQLiteReading {
    func figures(matching search: String, disputedOnly: Bool, offset: Int, limit: Int) throws -> FigurePage {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if disputedOnly { conditions.append("disputed = 1") }
        let words = FigureListing.searchWords(search)
        for word in words {
            conditions.append("search_text LIKE ? ESCAPE '\\'")
            arguments += [LikePattern.containing(word)]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let offset = max(0, offset), limit = max(0, limit)
        if !words.isEmpty, let found = try fewFigures(filter, arguments) {
            let page = found.dropFirst(offset).prefix(limit)
            return FigurePage(figures: try summaries(ofKeys: Array(page)), total: found.count)
        }
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM figure" + filter, arguments: arguments) ?? 0
        guard let window = FigureListing.window(offset: offset, limit: limit, total: total) else { return FigurePage(figures: [], total: total) }
        let order = window.fromEnd ? "last_seen, key" : "last_seen DESC, key DESC"
        arguments += [window.count, window.skip]
        let keys = try String.fetchAll(db, sql: "SELECT key FROM figure\(filter) ORDER BY \(order) LIMIT ? OFFSET ?", arguments: arguments)
        return FigurePage(figures: try summaries(ofKeys: window.fromEnd ? keys.reversed() : keys), total: total)
    }

    /// The keys of every figure `filter` keeps, in the list's order, when they are few. A search
    /// tests every figure's text (LIKE, no index can help with a word found anywhere): one pass
    /// through the table finds a few matches at once, where counting them and then walking the
    /// list's order to the page would take two. Many matches come soon in the list's order, so
    /// for them that walk is short: nil then.
    private func fewFigures(_ filter: String, _ arguments: StatementArguments) throws -> [String]? {
        let rows = try Row.fetchAll(db, sql: "SELECT key, last_seen FROM figure\(filter) LIMIT ?", arguments: arguments + [FigureListing.few + 1])
        guard rows.count <= FigureListing.few else { return nil }
        return FigureListing.ordered(rows.map { (key: $0["key"] as String, lastSeen: $0["last_seen"] as Double) })
    }

    func figure(key: String) throws -> FigureSummary? {
        try summaries(ofKeys: [key]).first
    }

    /// The summaries of `keys` in that order, those without a row left out.
    private func summaries(ofKeys keys: [String]) throws -> [FigureSummary] {
        var rows: [Row] = []
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            rows += try Row.fetchAll(db, sql: """
                SELECT figure.key, mentions, articles, observation_json FROM figure LEFT JOIN position ON position.key = figure.key
                WHERE figure.key IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))
                """, arguments: StatementArguments(chunk))
        }
        return try FigureListing.summaries(ofKeys: keys, rows: rows)
    }
}
