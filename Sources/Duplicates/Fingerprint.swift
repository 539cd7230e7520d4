/// A compact summary of an article body from which near-duplicates are recognised.
///
/// It keeps three things about the text's set of shingles (runs of four words, see `ShingleHashing`):
/// - how many distinct shingles there are;
/// - a bottom-k sketch: the `sketchSize` smallest shingle hashes. Every value below the largest
///   kept one is known, so two sketches compared below the smaller of their two largest values
///   give a uniform sample of both sets at once (Broder's estimator), for resemblance and for
///   containment of one text in the other;
/// - index keys: the smallest hash of each of `keyCount` consecutive stretches of the text. A
///   copy of any large part of the text (the first half, the middle) keeps the keys of the
///   stretches it covers, which the sketch's global minima do not promise.
public struct Fingerprint: Sendable, Equatable {
    static let sketchSize = 64
    static let keyCount = 8

    /// Distinct shingles in the text; 0 for a text without words.
    public let shingleCount: Int
    /// The smallest distinct shingle hashes, ascending; all of them when there are at most `sketchSize`.
    let sketch: [UInt32]
    /// The smallest hash of each stretch of the text, ascending, without repeats.
    let keys: [UInt32]

    public init(text: String) {
        self.init(shingleHashes: ShingleHashing.hashes(of: text))
    }

    /// The fingerprint of a text whose shingles, in text order, hash to these values. For callers
    /// that produce shingle hashes themselves (benchmarks with synthetic texts).
    public init(shingleHashes: [UInt32]) {
        let distinct = sortedUnique(shingleHashes)
        shingleCount = distinct.count
        sketch = Array(distinct.prefix(Self.sketchSize))
        keys = Self.stretchMinima(shingleHashes)
    }

    init(shingleCount: Int, sketch: [UInt32], keys: [UInt32]) {
        self.shingleCount = shingleCount
        self.sketch = sketch
        self.keys = keys
    }

    public var isEmpty: Bool { shingleCount == 0 }

    /// Hash values at or below this one are all in `sketch`; `UInt32.max` when the sketch holds the whole set.
    var sketchThreshold: UInt32 {
        shingleCount > Self.sketchSize ? sketch[Self.sketchSize - 1] : .max
    }

    /// How alike this text is to `other` and whether it is a near-duplicate of it, estimated the way
    /// `DuplicateIndex` does when this fingerprint is the query and `other` is stored.
    public func resemblance(to other: Fingerprint) -> Resemblance {
        let stored = StoredSketch(other)
        return Array(stored.values).withUnsafeBufferPointer {
            Resemblance(query: self, storedThreshold: stored.threshold, storedValues: $0)
        }
    }

    private static func stretchMinima(_ hashes: [UInt32]) -> [UInt32] {
        let stretches = min(keyCount, hashes.count)
        var minima: [UInt32] = []
        for stretch in 0..<stretches {
            let start = stretch * hashes.count / stretches
            let end = (stretch + 1) * hashes.count / stretches
            if let minimum = hashes[start..<end].min() {
                minima.append(minimum)
            }
        }
        return sortedUnique(minima)
    }
}
