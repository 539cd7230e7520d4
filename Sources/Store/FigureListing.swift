import Foundation
package import Model

/// What both backends compute alike around the `figure` table (Store/FigureQueries.swift for
/// SQLite, PostgresStore for PostgreSQL): the words a search tests, the list's order, the rows a
/// page reads, what a figure's row says of its positions, and the summaries built from rows. Pure.
package enum FigureListing {
    /// A search matching at most this many figures is found in one pass and ordered here.
    package static let few = 2_000

    /// The words of a search, longest first: a long word is likely the rarest, and the figures it
    /// rules out are not tested further.
    package static func searchWords(_ search: String) -> [String] {
        FigureSearch.words(of: search).sorted { $0.count > $1.count }
    }

    /// Keys in the list's order: last_seen, then the key's UTF-8 bytes, both descending (as SQLite
    /// orders its text, and PostgreSQL in the "C" collation).
    package static func ordered(_ rows: [(key: String, lastSeen: Double)]) -> [String] {
        rows.sorted { $0.lastSeen != $1.lastSeen ? $0.lastSeen > $1.lastSeen : $1.key.utf8.lexicographicallyPrecedes($0.key.utf8) }.map(\.key)
    }

    /// The rows a page reads of a list of `total`: `count` of them after skipping `skip`, in the
    /// list's order or, `fromEnd`, in the reverse order (then reversed back). OFFSET steps over
    /// every row it skips: a page past the middle is read from the other end, so no page walks
    /// more than half the list.
    package struct Window: Equatable {
        package var count: Int
        package var skip: Int
        package var fromEnd: Bool
    }

    /// nil: the page is empty.
    package static func window(offset: Int, limit: Int, total: Int) -> Window? {
        let count = min(limit, total - min(offset, total))
        guard count > 0 else { return nil }
        let fromEnd = offset > total - offset - count
        return Window(count: count, skip: fromEnd ? total - offset - count : offset, fromEnd: fromEnd)
    }

    /// What a figure's row holds of its positions: when it was last stated, whether it is
    /// disputed, and the text its search reads.
    package struct Summary {
        package var lastSeen: Double
        package var disputed: Bool
        package var searchText: String

        package init(key: String, positions: [Position]) {
            lastSeen = FigureSummary.lastSeen(positions).timeIntervalSince1970
            disputed = Dispute.exists(among: positions)
            searchText = FigureSearch.text(key: key, positions: positions)
        }
    }

    /// The summaries of `keys` in that order, those without a row left out, from `figure` rows
    /// joined with their positions: key, mentions, articles, observation_json (NULL for none).
    package static func summaries(ofKeys keys: [String], rows: [some StoredRow]) throws -> [FigureSummary] {
        var found: [String: FigureSummary] = [:]
        for row in rows {
            let key = try row.text("key")
            var summary = try found[key] ?? FigureSummary(key: key, positions: [], mentions: row.int("mentions"), articles: row.int("articles"),
                                                          lastSeen: .distantPast)
            if let json = try row.optionalText("observation_json") {
                let observation = try Coding.decode(Observation.self, json)
                summary.positions.append(Position(claimant: observation.claimant, latest: observation))
            }
            found[key] = summary
        }
        return keys.compactMap { key in
            guard var summary = found[key] else { return nil }
            summary.positions.sort { $0.latest.claimID > $1.latest.claimID }
            summary.lastSeen = FigureSummary.lastSeen(summary.positions)
            return summary
        }
    }
}
