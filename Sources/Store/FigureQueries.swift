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
        let words = FigureSearch.words(of: search)
        // Longest first: a long word is likely the rarest, and the figures it rules out are not tested further.
        for word in words.sorted(by: { $0.count > $1.count }) {
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
        let count = min(limit, total - min(offset, total))
        guard count > 0 else { return FigurePage(figures: [], total: total) }
        // OFFSET steps over every row it skips: a page past the middle is read from the other end,
        // so no page walks more than half the list.
        let fromEnd = offset > total - offset - count
        let order = fromEnd ? "last_seen, key" : "last_seen DESC, key DESC"
        arguments += [count, fromEnd ? total - offset - count : offset]
        let keys = try String.fetchAll(db, sql: "SELECT key FROM figure\(filter) ORDER BY \(order) LIMIT ? OFFSET ?", arguments: arguments)
        return FigurePage(figures: try summaries(ofKeys: fromEnd ? keys.reversed() : keys), total: total)
    }

    /// The keys of every figure `filter` keeps, in the list's order, when they are few. A search
    /// tests every figure's text (LIKE, no index can help with a word found anywhere): one pass
    /// through the table finds a few matches at once, where counting them and then walking the
    /// list's order to the page would take two. Many matches come soon in the list's order, so
    /// for them that walk is short: nil then.
    private func fewFigures(_ filter: String, _ arguments: StatementArguments) throws -> [String]? {
        let few = 2_000
        let rows = try Row.fetchAll(db, sql: "SELECT key, last_seen FROM figure\(filter) LIMIT ?", arguments: arguments + [few + 1])
        guard rows.count <= few else { return nil }
        return rows.map { (key: $0["key"] as String, lastSeen: $0["last_seen"] as Double) }
            // As SQLite orders: last_seen, then the key's UTF-8 bytes, both descending.
            .sorted { $0.lastSeen != $1.lastSeen ? $0.lastSeen > $1.lastSeen : $1.key.utf8.lexicographicallyPrecedes($0.key.utf8) }
            .map(\.key)
    }

    func figure(key: String) throws -> FigureSummary? {
        try summaries(ofKeys: [key]).first
    }

    /// The summaries of `keys` in that order, those without a row left out.
    private func summaries(ofKeys keys: [String]) throws -> [FigureSummary] {
        var found: [String: FigureSummary] = [:]
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            let rows = try Row.fetchAll(db, sql: """
                SELECT figure.key, mentions, articles, observation_json FROM figure LEFT JOIN position ON position.key = figure.key
                WHERE figure.key IN (\(Array(repeating: "?", count: chunk.count).joined(separator: ",")))
                """, arguments: StatementArguments(chunk))
            for row in rows {
                let key: String = row["key"]
                var summary = found[key] ?? FigureSummary(key: key, positions: [], mentions: row["mentions"], articles: row["articles"],
                                                          lastSeen: .distantPast)
                if let json = row["observation_json"] as String? {
                    let observation = try Coding.decode(Observation.self, json)
                    summary.positions.append(Position(claimant: observation.claimant, latest: observation))
                }
                found[key] = summary
            }
        }
        return keys.compactMap { key in
            guard var summary = found[key] else { return nil }
            summary.positions.sort { $0.latest.claimID > $1.latest.claimID }
            summary.lastSeen = FigureSummary.lastSeen(summary.positions)
            return summary
        }
    }
}
