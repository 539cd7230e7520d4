/// The article a queried text is a near-duplicate of.
public struct DuplicateMatch: Sendable, Equatable {
    /// Id of the stored article; of equally good matches the lowest (the earliest, as ids grow with time).
    public var original: Int64
    /// Estimated containment: the share of the shorter text's shingles that the longer one also has
    /// (1 for a copy or an abridged copy, ~0.8 for a copy with 5% of its words replaced).
    public var similarity: Double
    /// Estimated Jaccard resemblance of the two texts (~0.5 for a first-half copy).
    public var jaccard: Double

    public init(original: Int64, similarity: Double, jaccard: Double) {
        self.original = original
        self.similarity = similarity
        self.jaccard = jaccard
    }
}
