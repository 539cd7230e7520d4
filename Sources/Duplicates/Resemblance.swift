/// How alike a queried text is to a stored one, estimated from their sketches, and the verdict.
///
/// ## The measure: containment, not Jaccard
/// A syndicated copy, a re-post with other furniture and a revision share nearly all shingles with
/// the original (Jaccard ~1), but an abridged copy (the first half) has Jaccard ~0.5 and a copy with
/// 5% of its words replaced loses ~18% of its 4-word shingles. What all of them keep is
/// *containment*: the share of the smaller text's shingles that the larger one also has,
/// |A∩B| / min(|A|,|B|). Both measures come from the bottom-k sketches at once: below t, the smaller
/// of the two sketches' thresholds, each sketch holds every shingle of its text, so the hashes below
/// t are a uniform sample of A∪B in which the shared ones (I), A's (a) and B's (b) are counted
/// exactly: containment ≈ I / min(a, b), Jaccard ≈ I / (a + b − I). The sample min(a, b) is ~32 for
/// texts of similar length and shrinks with the length ratio (median 16 for a first half).
///
/// ## The thresholds, against measured numbers
/// Measured on copies of 106 texts (the 5 seeds, 5 stories of other domains, the 96 readability
/// pages of 80+ shingles; 10 random edits each): `TALLY_MEASURE=1 swift test --filter ThresholdMeasurements`.
/// - Duplicate when containment ≥ `containmentThreshold` (0.5). Copies sit well above: exact,
///   re-posted and first-half copies 1.0; one figure changed ≥ 0.94; 5% of words replaced 0.74–0.82
///   exactly (min–median) and ≥ 0.68 estimated (1st percentile 0.71, 0 of 1,060 missed); first half
///   plus 3% replaced 0.89 exactly (median), 1st percentile 0.65 estimated. Different texts sit well
///   below: the five seed reports of one event ≤ 0.03 exactly, ≤ 0.08 estimated; 15,950 ordered
///   pairs of readability pages with different texts ≤ 0.15 exactly, ≤ 0.29 estimated.
/// - Only when the estimate rests on ≥ `minimumSample` (6) sampled shingles. Fewer means one text is
///   about five times longer than the other: a quoted paragraph, not a copy, and two chance matches
///   in a handful of samples would otherwise decide. A third of a text is usually still recognised
///   (100 of 106), a quarter mostly not.
/// - Texts under `shortTextShingles` (16 distinct shingles, ~19 words) are too small for containment:
///   "troops were sent to Russia" is contained in thousands of articles. They are duplicates only of
///   texts they nearly equal, Jaccard ≥ `shortTextJaccard` (0.8); their sketches are complete, so
///   this is exact.
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
