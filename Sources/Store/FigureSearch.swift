import Model

/// What the figures list's search looks for and in: every word of the query, in any case, must
/// occur somewhere in the figure's key, a claimant, or the source or title of the article a
/// claimant was last read in. The text searched is kept with each figure, lowercased once when its
/// positions change, so a search reads one column instead of decoding every position. Pure.
enum FigureSearch {
    static func words(of search: String) -> [String] {
        search.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// One line each, a line said once (two claimants read in one article share its source and
    /// title): a word, having no line break, matches within one line or not at all.
    static func text(key: String, positions: [Position]) -> String {
        var seen: Set<String> = []
        return ([key] + positions.flatMap { [$0.claimant, $0.latest.article.source, $0.latest.article.title] }.compactMap { $0 })
            .filter { seen.insert($0).inserted }.joined(separator: "\n").lowercased()
    }
}
