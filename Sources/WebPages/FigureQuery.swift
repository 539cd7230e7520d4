public import Store

/// What the figures list is asked for: words to search keys, claimants and sources for, only the
/// disputed figures or all, and which page. Read from the query string; anything malformed
/// falls back to the default rather than failing the page. The store finds the page
/// (`StoreReading.figures(matching:disputedOnly:offset:limit:)`). Pure.
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

    /// How many figures come before the page: past the end (an empty page) rather than overflowing.
    public var offset: Int {
        let (offset, overflow) = (page - 1).multipliedReportingOverflow(by: pageSize)
        return overflow ? .max : offset
    }
}

/// One page of the figures list.
public struct FigureSelection: Sendable, Equatable {
    public var query: FigureQuery
    public var figures: [FigureSummary]
    /// How many figures matched, on every page.
    public var total: Int

    public init(query: FigureQuery, figures: [FigureSummary], total: Int) {
        self.query = query
        self.figures = figures
        self.total = total
    }

    public var pageCount: Int { max(1, (total + query.pageSize - 1) / query.pageSize) }
}
