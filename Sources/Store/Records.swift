public import Foundation
public import Model

public enum DocumentOutcome: String, Codable, Sendable {
    case ingested
    case rejected
}

/// A document as first seen: its identity (the hash of its bytes) and where it came from.
public struct NewDocument: Sendable, Equatable {
    public var contentHash: String
    public var fileName: String
    public var origin: DocumentOrigin
    public var byteCount: Int
    public var receivedAt: Date
    public var format: String?
    public var encoding: String?

    public init(contentHash: String, fileName: String, origin: DocumentOrigin, byteCount: Int, receivedAt: Date, format: String? = nil, encoding: String? = nil) {
        self.contentHash = contentHash
        self.fileName = fileName
        self.origin = origin
        self.byteCount = byteCount
        self.receivedAt = receivedAt
        self.format = format
        self.encoding = encoding
    }
}

public struct DocumentRecord: Sendable, Equatable {
    public var id: Int64
    public var contentHash: String
    public var fileName: String
    /// nil: a value this version of Tally does not name (stored as text: `DocumentOrigin`'s raw value).
    public var origin: DocumentOrigin?
    public var byteCount: Int
    public var receivedAt: Date
    public var outcome: DocumentOutcome
    public var reason: String?
    public var articleID: Int64?
}

public struct StoredArticle: Sendable, Equatable {
    public var id: Int64
    public var documentID: Int64
    public var article: Article
    public var duplicateOf: Int64?
    public var similarity: Double?
}

public struct StoredClaim: Sendable, Equatable {
    public var id: Int64
    public var articleID: Int64
    public var ordinal: Int
    public var claim: Claim
    /// Restated from the original by a near-duplicate: one more source, not news.
    public var repeated: Bool

    public init(id: Int64, articleID: Int64, ordinal: Int, claim: Claim, repeated: Bool) {
        self.id = id
        self.articleID = articleID
        self.ordinal = ordinal
        self.claim = claim
        self.repeated = repeated
    }
}

public struct StoredAlert: Sendable, Equatable {
    public var id: Int64
    public var documentID: Int64
    public var alert: Alert
    public var logged: Bool
    /// The daemon that raised it, when several share one database (nil: the only one).
    public var node: String?

    public init(id: Int64, documentID: Int64, alert: Alert, logged: Bool, node: String? = nil) {
        self.id = id
        self.documentID = documentID
        self.alert = alert
        self.logged = logged
        self.node = node
    }
}

/// The current state of one tracked figure.
public struct FigureSummary: Sendable, Equatable {
    public var key: String
    /// One per claimant (and one for the unattributed figure), latest first.
    public var positions: [Position]
    /// How many claims stated it, and in how many articles (near-duplicates included: each is one more source).
    public var mentions: Int
    public var articles: Int
    public var lastSeen: Date

    public init(key: String, positions: [Position], mentions: Int, articles: Int, lastSeen: Date) {
        self.key = key
        self.positions = positions
        self.mentions = mentions
        self.articles = articles
        self.lastSeen = lastSeen
    }

    /// The value stated most recently, by whoever.
    public var current: Observation? { positions.first?.latest }

    /// Whether two claimants' current values disagree (`Dispute`).
    public var isDisputed: Bool { Dispute.exists(among: positions) }
    /// When a tracked value was last stated; nil when the figure has only untracked claims (none
    /// gives it a position), whose `lastSeen` is only a sort key, not a time to show anyone.
    public var lastStated: Date? { positions.isEmpty ? nil : lastSeen }
    /// When a figure was last stated: its newest position's time (distantPast for none).
    package static func lastSeen(_ positions: [Position]) -> Date {
        positions.map(\.latest.observedAt).max() ?? .distantPast
    }
}

/// One statement of a figure, with where it was read.
public struct HistoryEntry: Sendable, Equatable {
    public var claim: StoredClaim
    public var article: ArticleReference
    public var receivedAt: Date
    public var duplicateOf: Int64?

    public init(claim: StoredClaim, article: ArticleReference, receivedAt: Date, duplicateOf: Int64?) {
        self.claim = claim
        self.article = article
        self.receivedAt = receivedAt
        self.duplicateOf = duplicateOf
    }
}
