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

/// Which way a stated movement goes ("rose 5%", "fell by 300", "up from 30%").
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
    /// A vague magnitude read as a hedged range ("dozens of homes", "tens of thousands of fans").
    case vague = "a vague magnitude"
    /// A move with no stated period ("shares fell 5%"): moves on different days are different figures.
    case noPeriod = "a change over no stated period"
}

/// What a number is within a stated movement: "rose by $2bn to $40bn, up from $38bn" states a
/// change ($2bn), a level ($40bn) and the level before ($38bn). A figure stated without a movement
/// is a level.
public enum Role: String, Codable, Sendable {
    case level, change, previous
}

/// The same quantity in other units, as the text gives it in passing: "10 miles (16 km)".
public struct Conversion: Codable, Sendable, Equatable {
    public var quantity: Quantity
    public var unit: String?
    /// The number as written ("16 km" -> "16").
    public var numberText: String

    public init(quantity: Quantity, unit: String?, numberText: String) {
        self.quantity = quantity
        self.unit = unit
        self.numberText = numberText
    }
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
    /// The level, the change or the level before, within a stated movement (`.level` when none).
    public var role: Role
    /// Set on every fact of a stated movement: its change, the level it reached, the level before.
    public var direction: Direction?
    /// For a level: the level before a stated move ("rose from 10,000 to 12,000" -> 10,000), when given.
    public var previous: Double?
    /// A vague magnitude ("dozens", "tens of thousands") read as a hedged range: no stated figure.
    public var vague: Bool
    /// The figure restated in other units ("10 miles (16 km)"): one figure, not two.
    public var conversion: Conversion?
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
                bound: Bound = .exact, role: Role = .level, direction: Direction? = nil, previous: Double? = nil,
                vague: Bool = false, conversion: Conversion? = nil,
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
        self.role = role
        self.direction = direction
        self.previous = previous
        self.vague = vague
        self.conversion = conversion
        self.counted = counted
        self.countedText = countedText
        self.unit = unit
        self.owner = owner
        self.location = location
        self.source = source
    }
}

extension Claim {
    /// Claims stored before `role`, `vague` and `pairing` existed read as plain levels read exactly.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        quantity = try c.decode(Quantity.self, forKey: .quantity)
        hedge = try c.decodeIfPresent(String.self, forKey: .hedge)
        claimant = try c.decodeIfPresent(String.self, forKey: .claimant)
        sentence = try c.decode(String.self, forKey: .sentence)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        numberText = try c.decode(String.self, forKey: .numberText)
        numberStart = try c.decode(Int.self, forKey: .numberStart)
        numberEnd = try c.decode(Int.self, forKey: .numberEnd)
        bound = try c.decode(Bound.self, forKey: .bound)
        role = try c.decodeIfPresent(Role.self, forKey: .role) ?? .level
        direction = try c.decodeIfPresent(Direction.self, forKey: .direction)
        previous = try c.decodeIfPresent(Double.self, forKey: .previous)
        vague = try c.decodeIfPresent(Bool.self, forKey: .vague) ?? false
        conversion = try c.decodeIfPresent(Conversion.self, forKey: .conversion)
        counted = try c.decodeIfPresent(String.self, forKey: .counted)
        countedText = try c.decodeIfPresent(String.self, forKey: .countedText)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        source = try c.decodeIfPresent(String.self, forKey: .source)
        pairing = try c.decodeIfPresent(Pairing.self, forKey: .pairing) ?? .exact
        untracked = try c.decodeIfPresent(Untracked.self, forKey: .untracked)
    }
}
