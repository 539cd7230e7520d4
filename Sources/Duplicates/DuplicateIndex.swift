/// Every article seen so far, indexed for near-duplicate look-ups that never scan the archive.
///
/// ## Method: positional keys to find candidates, bottom-k sketches to verify them
/// - Each article is indexed under its stretch keys: the smallest shingle hash of each eighth of the
///   text (`Fingerprint`). A query probes the index with its 64 sketch hashes and its own keys. A copy
///   keeps the keys of the stretches it kept: a full copy 8, a first half 4, each surviving a 5% word
///   edit with p ≈ 0.8, so a copy goes unseen only if all its keys were edited away (~0.2% for a
///   first half with 5% replaced). Unrelated articles share a key only through common phrases.
/// - Each candidate is verified on its stored sketch (`Resemblance`): containment ≥ 0.5.
///
/// Why not the peers: SimHash measures whole-text resemblance. On the seeds (64 bits, 3-word
/// shingles) a first half lands 13–20 bits from its original and a 5%-edited copy 6–14, while the
/// different reports are 24–37 apart: a threshold that takes halves sits next to different reports,
/// and its indexed search (permuted tables) is practical for 3 to 6 bits only. MinHash LSH (datasketch) thresholds Jaccard, which is ~0.3–0.4 for an
/// abridged copy with edits; catching that needs many bands of one or two rows, i.e. dozens of
/// postings per article, and still says nothing about containment. LSH Ensemble gets containment by
/// partitioning on set size; positional keys get it with 8 postings and one structure.
///
/// ## Cost (DuplicateIndexBenchmark, a million synthetic articles)
/// Memory per article: 8 (id) + 4 (sketch threshold) + 1 (sketch length) + 64 (sketch) + up to
/// 8 × 6 (postings) = at most 125 bytes, plus up to 8 bytes for postings not merged yet and fixed
/// directories of 256 KiB: 130 MB for 1M (peak resident 146 MB while inserting), inserted in 3–5 s;
/// a query takes 30–55 µs. Used from one thread.
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
        return sortedUnique(found)
    }

    private static func isBetter(_ match: DuplicateMatch, than other: DuplicateMatch) -> Bool {
        if match.jaccard != other.jaccard { return match.jaccard > other.jaccard }
        if match.similarity != other.similarity { return match.similarity > other.similarity }
        return match.original < other.original
    }
}
