/// The per-article part of the index, by ordinal: id, stored sketch threshold and values.
///
/// Kept in chunks of fixed capacity, so that growing never copies what is stored (a single array
/// would double, holding two copies for a moment and up to half of it unused after).
struct StoredArticles {
    private static let chunkBits = 14
    private static let chunkCapacity = 1 << chunkBits

    private struct Chunk {
        var ids: [Int64] = []
        var thresholds: [UInt32] = []
        var lengths: [UInt8] = []
        /// `StoredSketch.capacity` slots per article, unused slots zero.
        var values: [UInt16] = []

        init() {
            ids.reserveCapacity(StoredArticles.chunkCapacity)
            thresholds.reserveCapacity(StoredArticles.chunkCapacity)
            lengths.reserveCapacity(StoredArticles.chunkCapacity)
            values.reserveCapacity(StoredArticles.chunkCapacity * StoredSketch.capacity)
        }
    }

    private var chunks: [Chunk] = []
    private(set) var count = 0

    var memoryBytes: Int {
        chunks.reduce(0) {
            $0 + 8 * $1.ids.capacity + 4 * $1.thresholds.capacity + $1.lengths.capacity + 2 * $1.values.capacity
        }
    }

    mutating func append(_ fingerprint: Fingerprint, id: Int64) {
        if count & (Self.chunkCapacity - 1) == 0 {
            chunks.append(Chunk())
        }
        let stored = StoredSketch(fingerprint)
        let last = chunks.count - 1
        chunks[last].ids.append(id)
        chunks[last].thresholds.append(stored.threshold)
        chunks[last].lengths.append(UInt8(stored.values.count))
        chunks[last].values.append(contentsOf: stored.values)
        chunks[last].values.append(contentsOf: repeatElement(0, count: StoredSketch.capacity - stored.values.count))
        count += 1
    }

    func id(_ ordinal: UInt32) -> Int64 {
        chunks[Int(ordinal) >> Self.chunkBits].ids[Int(ordinal) & (Self.chunkCapacity - 1)]
    }

    /// Compares `query` with the stored article.
    func resemblance(of query: Fingerprint, to ordinal: UInt32) -> Resemblance {
        let chunk = chunks[Int(ordinal) >> Self.chunkBits]
        let offset = Int(ordinal) & (Self.chunkCapacity - 1)
        let start = offset * StoredSketch.capacity
        return chunk.values.withUnsafeBufferPointer {
            Resemblance(query: query, storedThreshold: chunk.thresholds[offset],
                        storedValues: UnsafeBufferPointer(rebasing: $0[start..<(start + Int(chunk.lengths[offset]))]))
        }
    }
}
