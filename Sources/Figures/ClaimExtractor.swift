// CONTRACT STUB (skeleton): replaced by the real figure parser.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// Every numeric claim in an article. Spans are Unicode-scalar offsets into
    /// `title + "\n\n" + body` (just `body` when there is no title).
    public func claims(title: String?, body: String) -> [Claim] { [] }
}
