/// A number as stated: a point (low == high) or a range (low < high).
/// A one-sided statement ("up to 12,000") is the point 12,000; `Claim.bound` says which side is open.
public struct Quantity: Codable, Sendable, Hashable {
    public var low: Double
    public var high: Double
    public init(_ value: Double) { low = value; high = value }
    public init(low: Double, high: Double) { self.low = low; self.high = high }

    public var isRange: Bool { low != high }
}

/// How the text bounds the figure: flat, hedged ("about"), a ceiling ("up to"), a floor ("at least").
public enum Bound: String, Codable, Sendable {
    case exact, approximate, upper, lower
}

/// A stated movement ("rose 5%", "fell by 300"): the claim's quantity is then the change, not a level.
public enum Direction: String, Codable, Sendable {
    case up, down
}

/// How sure the reading is that two statements under one key are one quantity: `exact` when
/// every part of the key was stated (a known counted noun or outcome, the owner and scope in the
/// sentence), `likely` when a part was inferred (a noun borrowed from the figure before, an owner
/// taken from the article rather than the sentence, a word read in one of two senses).
public enum Pairing: String, Codable, Sendable, Comparable {
    case likely, exact

    public static func < (a: Pairing, b: Pairing) -> Bool { a == .likely && b == .exact }
}

/// Why a claim is kept but never tracked as a figure: an alert on it would pair numbers that
/// need not be one quantity.
public enum Untracked: String, Codable, Sendable {
    /// No noun, outcome or unit says what the number counts.
    case nothingCounted = "nothing counted"
    /// An amount of money, a percentage or a measure with nothing to say whose or of what.
    case noSubject = "no subject"
    /// People counted with nothing to say what happened to them ("100,000 people").
    case noOutcome = "people with no outcome"
    /// A part of another figure the text does not name ("including 205", "nine of them").
    case unnamedPart = "an unnamed part"
    /// An addition to an earlier figure ("two more victims", "another 63%").
    case increment = "an increment"
    /// A figure of another event than the article's ("the 2004 siege, which killed 334").
    case otherEvent = "another event"
    /// A value the text recalls as outdated ("up from 31%", "once put at 93").
    case earlierValue = "an earlier value"
    /// A move with no stated period ("shares fell 5%"): moves on different days are different figures.
    case noPeriod = "a change over no stated period"
}

/// One numeric claim in an article.
public struct Claim: Codable, Sendable, Equatable {
    /// Readable, stable name of the tracked quantity, e.g. "north-korea/troops/sent-to-russia".
    public var key: String
    public var quantity: Quantity
    /// The hedge as written, lowercased ("about", "up to", "surpassed"); nil when the figure is stated flat.
    public var hedge: String?
    /// Who says so, in the fullest form the article gives ("Volodymyr Zelenskyy"); nil when unattributed
    /// or attributed to an unnamed source.
    public var claimant: String?
    public var sentence: String
    /// Unicode-scalar offsets of hedge + number in `Article.text`.
    public var start: Int
    public var end: Int

    /// The number as written ("1.6 million", "$1.2 billion", "two", "10,000-12,000").
    public var numberText: String
    /// Unicode-scalar offsets of the number alone.
    public var numberStart: Int
    public var numberEnd: Int
    public var bound: Bound
    /// Set when the text states a movement; `quantity` is then the size of the change.
    public var direction: Direction?
    /// The level before a stated move ("rose from 10,000 to 12,000" -> 10,000), when given.
    public var previous: Double?
    /// Canonical class of the thing counted ("troops", "deaths", "artillery-shells"); nil for bare units.
    public var counted: String?
    /// The counted phrase as written ("North Korean special forces troops"); for an elliptical figure,
    /// the phrase it borrows from.
    public var countedText: String?
    /// Unit of measure: "percent", "USD", "EUR", "km", "tonnes" ...; nil for plain counts.
    public var unit: String?
    /// Whose figure it is, as a place or organisation name ("North Korea").
    public var owner: String?
    /// Where, as written ("Russia’s Far East", "the combat zone").
    public var location: String?
    /// The attribution as written when it names no one ("a South Korean government official").
    public var source: String?
    /// How firmly the key was read; an alert pairing two statements takes the weaker.
    public var pairing: Pairing = .exact
    /// Set when the claim is kept but never tracked, with the reason.
    public var untracked: Untracked?

    public init(key: String, quantity: Quantity, hedge: String?, claimant: String?, sentence: String,
                start: Int, end: Int, numberText: String = "", numberStart: Int? = nil, numberEnd: Int? = nil,
                bound: Bound = .exact, direction: Direction? = nil, previous: Double? = nil,
                counted: String? = nil, countedText: String? = nil, unit: String? = nil,
                owner: String? = nil, location: String? = nil, source: String? = nil) {
        self.key = key
        self.quantity = quantity
        self.hedge = hedge
        self.claimant = claimant
        self.sentence = sentence
        self.start = start
        self.end = end
        self.numberText = numberText
        self.numberStart = numberStart ?? start
        self.numberEnd = numberEnd ?? end
        self.bound = bound
        self.direction = direction
        self.previous = previous
        self.counted = counted
        self.countedText = countedText
        self.unit = unit
        self.owner = owner
        self.location = location
        self.source = source
    }
}
