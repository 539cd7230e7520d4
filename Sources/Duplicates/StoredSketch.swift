/// What the index keeps in memory of each article to verify candidates: the `capacity` smallest
/// shingle hashes, each cut to 16 bits relative to the largest of them (the threshold).
///
/// 32 values of 2 bytes are one 64-byte cache line per article. Quantising keeps the order of
/// values, so "below the threshold" questions keep exact answers, and two different hashes fall on
/// one 16-bit value with probability ~32/65536 per comparison: a bias of well under 0.01 on any
/// estimate. Full 32-bit values would double the memory for no better verdict.
struct StoredSketch {
    static let capacity = 32

    /// Hashes at or below this are all represented; `UInt32.max` when the whole set is.
    let threshold: UInt32
    /// Ascending quantised values, `capacity` of them unless the text has fewer shingles.
    let values: LazyMapSequence<ArraySlice<UInt32>, UInt16>

    init(_ fingerprint: Fingerprint) {
        let kept = fingerprint.sketch.prefix(Self.capacity)
        let threshold = fingerprint.shingleCount > Self.capacity ? kept.last ?? .max : .max
        let scale = Self.scale(below: threshold)
        self.threshold = threshold
        values = kept.lazy.map { Self.quantize($0, scale: scale) }
    }

    /// Multiplier mapping 0...threshold onto 0...UInt16.max; computed once per comparison.
    static func scale(below threshold: UInt32) -> UInt64 {
        UInt64.max / (UInt64(threshold) + 1)
    }

    /// Order-preserving 16-bit image of a hash no larger than the threshold the scale was made for
    /// (then `value * scale < 2^64`, so nothing overflows).
    static func quantize(_ value: UInt32, scale: UInt64) -> UInt16 {
        UInt16(truncatingIfNeeded: (UInt64(value) &* scale) >> 48)
    }
}
