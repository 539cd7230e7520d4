import Figures
import Foundation

/// Where an observation was read: enough to find the article again.
public struct ArticleReference: Codable, Sendable, Equatable {
    public var id: Int64
    public var title: String?
    public var url: String?
    public var source: String?
    /// The document's file name (drop folder) or other origin label.
    public var file: String?
    public var published: Date?

    public init(id: Int64, title: String? = nil, url: String? = nil, source: String? = nil, file: String? = nil, published: Date? = nil) {
        self.id = id
        self.title = title
        self.url = url
        self.source = source
        self.file = file
        self.published = published
    }
}

/// One sighting of a tracked figure: a claim placed in its article, as the rules see it.
public struct Observation: Codable, Sendable, Equatable {
    public var claimID: Int64
    public var key: String
    public var quantity: Quantity
    /// The figure as written, hedge included ("about 12,000").
    public var statedAs: String
    public var unit: String?
    /// The counted thing as written ("North Korean soldiers"): what a watchlist word can match.
    public var counted: String?
    /// Who says so; nil when the article does not say.
    public var claimant: String?
    public var quote: String
    public var article: ArticleReference
    public var observedAt: Date

    public init(claimID: Int64, key: String, quantity: Quantity, statedAs: String, unit: String? = nil, counted: String? = nil,
                claimant: String?, quote: String, article: ArticleReference, observedAt: Date) {
        self.claimID = claimID
        self.key = key
        self.quantity = quantity
        self.statedAs = statedAs
        self.unit = unit
        self.counted = counted
        self.claimant = claimant
        self.quote = quote
        self.article = article
        self.observedAt = observedAt
    }

    /// "about 12,000" and "12,000" are one value; "10,000" and "12,000" are not.
    public func statesSameValue(as other: Observation) -> Bool {
        Self.same(quantity.low, other.quantity.low) && Self.same(quantity.high, other.quantity.high)
    }

    private static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
    }

    /// The single number a change is measured on: a range counts by its midpoint.
    public var central: Double { (quantity.low + quantity.high) / 2 }
}
