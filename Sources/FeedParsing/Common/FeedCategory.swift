/// A category or tag: Atom's term/scheme/label, RSS's value/domain, dc:subject, a JSON Feed tag.
public struct FeedCategory: Sendable, Equatable {
    public var term: String
    public var scheme: String?
    public var label: String?

    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }

    /// What a person reads: the label, else the term.
    public var displayName: String { label ?? term }
}
