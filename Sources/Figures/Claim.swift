// CONTRACT STUB (skeleton): the figures module replaces this with the real claim model.

/// A number as stated: a point (low == high) or a range.
public struct Quantity: Codable, Sendable, Hashable {
    public var low: Double
    public var high: Double
    public init(_ value: Double) { low = value; high = value }
    public init(low: Double, high: Double) { self.low = low; self.high = high }
}

/// One numeric claim in an article.
public struct Claim: Codable, Sendable, Equatable {
    /// Readable, stable name of the tracked quantity, e.g. "north-korea/troops/sent-to-russia".
    public var key: String
    public var quantity: Quantity
    /// The hedge as written ("about", "up to"), nil when the figure is stated flat.
    public var hedge: String?
    /// Who says so, as named in the article ("Volodymyr Zelenskyy"); nil when unattributed.
    public var claimant: String?
    public var sentence: String
    /// Unicode-scalar offsets of hedge + number in `Article.text`.
    public var start: Int
    public var end: Int

    public init(key: String, quantity: Quantity, hedge: String?, claimant: String?, sentence: String, start: Int, end: Int) {
        self.key = key
        self.quantity = quantity
        self.hedge = hedge
        self.claimant = claimant
        self.sentence = sentence
        self.start = start
        self.end = end
    }
}
