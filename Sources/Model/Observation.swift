public import Foundation

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
    /// How the text bounds the value ("more than 2,000" is a floor); nil in records written
    /// before Tally kept it, read as exact.
    public var bound: Bound?
    /// How firmly the claim's key was read; nil in older records, read as exact.
    public var pairing: Pairing?

    public init(claimID: Int64, key: String, quantity: Quantity, statedAs: String, unit: String? = nil, counted: String? = nil,
                claimant: String?, quote: String, article: ArticleReference, observedAt: Date,
                bound: Bound = .exact, pairing: Pairing = .exact) {
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
        self.bound = bound
        self.pairing = pairing
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

    /// Whether this statement is `other` told less precisely: a hedged round number within a tenth
    /// of it, on the side the hedge allows ("more than 2,000" beside 2,012, "about 14,000" beside
    /// 14,111, "nearly 530,000" beside 528,400). Such a restatement is no new value. A floor well
    /// below the count is a value of its own: "at least 296" then 632 is a rising toll, and
    /// "over 100" then 121 a change too.
    public func isRounding(of other: Observation) -> Bool {
        let bound = bound ?? .exact
        guard bound != .exact, !quantity.isRange, !other.quantity.isRange,
              Self.significantDigits(central) < Self.significantDigits(other.central) else { return false }
        let rounded = central, precise = other.central
        let tolerance = abs(rounded) / 10
        switch bound {
        case .lower: return precise >= rounded && precise <= rounded + tolerance
        case .upper: return precise <= rounded && precise >= rounded - tolerance
        case .approximate: return abs(precise - rounded) <= tolerance
        case .exact: return false
        }
    }

    /// Significant digits of a value as written in decimal: 2,000 has one, 2,012 four, 1.76 three.
    static func significantDigits(_ value: Double) -> Int {
        var digits = Array(String(format: "%.6f", abs(value)).filter(\.isNumber).drop { $0 == "0" })
        while digits.last == "0" { digits.removeLast() }
        return digits.count
    }

    /// One value told two ways: the same, or one a rounding of the other.
    public func agrees(with other: Observation) -> Bool {
        statesSameValue(as: other) || isRounding(of: other) || other.isRounding(of: self)
    }
}
