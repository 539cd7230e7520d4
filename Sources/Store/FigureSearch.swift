import Model

/// What the figures list's search looks for and in: every word of the query, in any case, must
/// occur somewhere in the figure's key, a claimant, or the source or title of the article a
/// claimant was last read in. The text searched is kept with each figure, lowercased once when its
/// positions change, so a search reads one column instead of decoding every position. Pure.
enum FigureSearch {
    static func words(of search: String) -> [String] {
        search.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    static func text(key: String, positions: [Position]) -> String {
        ([key] + positions.flatMap { [$0.claimant, $0.latest.article.source, $0.latest.article.title] }.compactMap { $0 })
            .joined(separator: "\n").lowercased()
    }
}
