public import Store

/// What happened to one document.
public struct IngestReport: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// A new article.
        case ingested
        /// A near-duplicate of an earlier article: recorded, its repeated figures counted as one more source.
        case duplicate(ofArticle: Int64, similarity: Double)
        /// These exact bytes were read before (as `firstName`); nothing was counted again.
        case alreadySeen(firstName: String)
        /// Not a readable document; set aside with this reason.
        case rejected(reason: String)
    }

    public var name: String
    public var outcome: Outcome
    public var documentID: Int64?
    public var articleID: Int64?
    public var title: String?
    /// The story the article was put in (its slug).
    public var story: String?
    /// Claims found, and how many of them repeat the original of a near-duplicate.
    public var claims: Int
    public var repeatedClaims: Int
    public var alerts: [StoredAlert]
    /// What was changed to keep the article within bounds (`ArticleBounds`): a date ignored, a title cut.
    public var notes: [String]

    public init(name: String, outcome: Outcome, documentID: Int64? = nil, articleID: Int64? = nil, title: String? = nil,
                story: String? = nil, claims: Int = 0, repeatedClaims: Int = 0, alerts: [StoredAlert] = [], notes: [String] = []) {
        self.name = name
        self.outcome = outcome
        self.documentID = documentID
        self.articleID = articleID
        self.title = title
        self.story = story
        self.claims = claims
        self.repeatedClaims = repeatedClaims
        self.alerts = alerts
        self.notes = notes
    }

    /// Whether the file belongs in `rejected/` rather than `processed/`.
    public var isRejected: Bool {
        if case .rejected = outcome { return true }
        return false
    }
}
