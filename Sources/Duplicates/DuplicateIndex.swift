/// Every article seen so far, indexed for near-duplicate look-ups that never scan the archive.
///
/// A query finds candidates through the posting index: the stored articles that have one of the
/// query's sampled shingle hashes (its sketch and stretch minima) among their stretch minima. Each
/// candidate is then verified against its stored sketch (`Resemblance`); the index holds nothing else.
///
/// Memory per article: 8 (id) + 4 (sketch threshold) + 1 (sketch length) + 64 (sketch) + up to
/// 8 × 6 (postings) = at most 125 bytes, plus up to 8 bytes for postings not merged yet and fixed
/// directories of 256 KiB. Used from one thread.
public final class DuplicateIndex {
    private var articles = StoredArticles()
    private var postings = PostingIndex()

    public init() {}

    public var count: Int { articles.count }

    /// Bytes held by the index's arrays (their capacity), for sizing and benchmarks.
    public var memoryBytes: Int { articles.memoryBytes + postings.memoryBytes }

    /// Adds an article. Insert in the order articles arrived (at a rebuild: by ascending id), so that
    /// the postings a boilerplate key keeps are those of the earliest articles.
    public func insert(_ fingerprint: Fingerprint, id: Int64) {
        let ordinal = UInt32(articles.count)
        articles.append(fingerprint, id: id)
        for key in fingerprint.keys {
            postings.insert(key: key, ordinal: ordinal)
        }
    }

    /// The stored article this text is a near-duplicate of, or nil. Among several, the one most
    /// alike as a whole (highest Jaccard, then containment), and of equals the lowest id.
    public func bestMatch(for fingerprint: Fingerprint) -> DuplicateMatch? {
        var best: DuplicateMatch?
        for ordinal in candidates(for: fingerprint) {
            let resemblance = articles.resemblance(of: fingerprint, to: ordinal)
            guard resemblance.isDuplicate else { continue }
            let match = DuplicateMatch(original: articles.id(ordinal), similarity: resemblance.containment,
                                       jaccard: resemblance.jaccard)
            if best.map({ Self.isBetter(match, than: $0) }) ?? true {
                best = match
            }
        }
        return best
    }

    /// Distinct ordinals of the stored articles with one of the query's sampled hashes among their
    /// keys. The sketch holds every key at or below its threshold, so only larger keys are added.
    private func candidates(for fingerprint: Fingerprint) -> [UInt32] {
        var found: [UInt32] = []
        let threshold = fingerprint.sketchThreshold
        for key in fingerprint.sketch {
            postings.forEachOrdinal(of: key) { found.append($0) }
        }
        for key in fingerprint.keys where key > threshold {
            postings.forEachOrdinal(of: key) { found.append($0) }
        }
        found.sort()
        var distinct: [UInt32] = []
        distinct.reserveCapacity(found.count)
        for ordinal in found where ordinal != distinct.last {
            distinct.append(ordinal)
        }
        return distinct
    }

    private static func isBetter(_ match: DuplicateMatch, than other: DuplicateMatch) -> Bool {
        if match.jaccard != other.jaccard { return match.jaccard > other.jaccard }
        if match.similarity != other.similarity { return match.similarity > other.similarity }
        return match.original < other.original
    }
}
