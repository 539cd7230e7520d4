import Model
public import Store

/// What the figures list is asked for: words to search keys, claimants and sources for, only the
/// disputed figures or all, and which page. Read from the query string; anything malformed
/// falls back to the default rather than failing the page. Pure.
public struct FigureQuery: Sendable, Equatable {
    public var search: String
    public var disputedOnly: Bool
    /// From 1.
    public var page: Int
    public var pageSize: Int

    public static let defaultPageSize = 50
    public static let maximumPageSize = 500

    public init(search: String = "", disputedOnly: Bool = false, page: Int = 1, pageSize: Int = FigureQuery.defaultPageSize) {
        self.search = search
        self.disputedOnly = disputedOnly
        self.page = max(1, page)
        self.pageSize = min(max(1, pageSize), Self.maximumPageSize)
    }

    /// From `q`, `disputed`, `page` and `per_page`.
    public init(parameters: [String: String]) {
        self.init(search: parameters["q"] ?? "", disputedOnly: parameters["disputed"].map { $0 == "1" || $0 == "true" } ?? false,
                  page: parameters["page"].flatMap { Int($0) } ?? 1,
                  pageSize: parameters["per_page"].flatMap { Int($0) } ?? Self.defaultPageSize)
    }

    public func matches(_ figure: FigureSummary) -> Bool {
        if disputedOnly, !FigureQuery.isDisputed(figure) { return false }
        let words = search.lowercased().split(whereSeparator: \.isWhitespace)
        guard !words.isEmpty else { return true }
        let haystack = ([figure.key] + figure.positions.flatMap { [$0.claimant, $0.latest.article.source, $0.latest.article.title] }.compactMap { $0 })
            .joined(separator: "\n").lowercased()
        return words.allSatisfy { haystack.contains($0) }
    }

    /// Whether two claimants' current values differ.
    public static func isDisputed(_ figure: FigureSummary) -> Bool {
        guard let first = figure.positions.first?.latest else { return false }
        return figure.positions.dropFirst().contains { !$0.latest.agrees(with: first) }
    }

    /// The figures on the asked page, in the store's order (most recently stated first), and how many matched in all.
    public func select(_ figures: [FigureSummary]) -> FigureSelection {
        let matching = search.isEmpty && !disputedOnly ? figures : figures.filter(matches)
        let start = min((page - 1) * pageSize, matching.count)
        let end = min(start + pageSize, matching.count)
        return FigureSelection(query: self, figures: Array(matching[start..<end]), total: matching.count)
    }
}

/// One page of the figures list.
public struct FigureSelection: Sendable, Equatable {
    public var query: FigureQuery
    public var figures: [FigureSummary]
    /// How many figures matched, on every page.
    public var total: Int

    public var pageCount: Int { max(1, (total + query.pageSize - 1) / query.pageSize) }
}
