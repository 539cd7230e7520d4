/// How alike a queried text is to a stored one, estimated from their sketches, and the verdict.
///
/// ## The measure: containment, not Jaccard
/// A syndicated copy, a re-post with other furniture and a revision share nearly all shingles with
/// the original (Jaccard ~1), but an abridged copy (the first half) has Jaccard ~0.5 and a copy with
/// 5% of its words replaced loses ~19% of its 4-word shingles. What all of them keep is
/// *containment*: the share of the smaller text's shingles that the larger one also has, |A∩B| /
/// min(|A|,|B|). Both are estimated at once from bottom-k sketches: below t = the smaller of the two
/// sketches' thresholds, each sketch holds every shingle of its text, so the values below t are a
/// uniform sample of A∪B in which the shared ones (I), A's (a) and B's (b) are counted exactly:
/// containment ≈ I / min(a, b), Jaccard ≈ I / (a + b − I). The sample size min(a, b) is ~32 for texts
/// of similar length and shrinks with the length ratio (~16 for a first half).
///
/// ## The thresholds (measured on 4-word shingles; numbers from the tests and /tmp-free scripts in
/// the DuplicatesTests target, see the report)
/// - Duplicate when containment ≥ `containmentThreshold` (0.5). Duplicates sit far above: exact,
///   re-posted, first-half and figure-changed copies ≈ 1.0; 5% of words replaced ≈ 0.81; first half
///   plus 3% edits ≈ 0.88 (binomial spread ±0.07 to ±0.09 at these sample sizes, so ≥ 4 standard
///   deviations of margin). Different texts sit far below: the five seed reports of one event ≤ 0.03
///   exactly; readability pages with different texts ≤ 0.15 exactly and ≤ 0.25 estimated.
/// - Only when the estimate rests on ≥ `minimumSample` (6) sampled shingles. Fewer means one text is
///   over ~5 times longer than the other, which no copy, re-post or abridgement is, and a handful
///   of samples would let a chance match or two decide.
/// - Texts under `shortTextShingles` (16 distinct shingles, ~19 words) are too small for containment:
///   "troops were sent" is contained in thousands of articles. They are duplicates only of texts they
///   nearly equal: Jaccard ≥ `shortTextJaccard` (0.8). Their sketches are complete, so this is exact.
public struct Resemblance: Sendable, Equatable {
    static let containmentThreshold = 0.5
    static let minimumSample = 6
    static let shortTextShingles = 16
    static let shortTextJaccard = 0.8

    /// Estimated share of the smaller text's shingles that the larger text also has.
    public let containment: Double
    /// Estimated shared shingles over all shingles of the two texts.
    public let jaccard: Double
    /// Sampled shingles of the smaller text behind the estimate.
    public let sampleSize: Int
    public let isDuplicate: Bool

    /// Compares a query with a stored sketch (`StoredSketch`: threshold and quantised values).
    init(query: Fingerprint, storedThreshold: UInt32, storedValues: UnsafeBufferPointer<UInt16>) {
        let threshold = min(query.sketchThreshold, storedThreshold)
        let scale = StoredSketch.scale(below: storedThreshold)
        let limit = StoredSketch.quantize(threshold, scale: scale)

        var querySampled = 0
        var storedSampled = 0
        var shared = 0
        let sketch = query.sketch
        while querySampled < sketch.count, sketch[querySampled] <= threshold {
            let value = StoredSketch.quantize(sketch[querySampled], scale: scale)
            while storedSampled < storedValues.count, storedValues[storedSampled] < value {
                storedSampled += 1
            }
            if storedSampled < storedValues.count, storedValues[storedSampled] == value {
                shared += 1
                storedSampled += 1
            }
            querySampled += 1
        }
        while storedSampled < storedValues.count, storedValues[storedSampled] <= limit {
            storedSampled += 1
        }

        let sample = min(querySampled, storedSampled)
        let union = querySampled + storedSampled - shared
        containment = sample > 0 ? Double(shared) / Double(sample) : 0
        jaccard = union > 0 ? Double(shared) / Double(union) : 0
        sampleSize = sample

        let storedIsShort = storedThreshold == .max && storedValues.count < Self.shortTextShingles
        if query.shingleCount < Self.shortTextShingles || storedIsShort {
            isDuplicate = jaccard >= Self.shortTextJaccard
        } else {
            isDuplicate = sample >= Self.minimumSample && containment >= Self.containmentThreshold
        }
    }
}
