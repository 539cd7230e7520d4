/// Multimap from a 32-bit key (a shingle hash) to the ordinals of the articles indexed under it.
///
/// Most postings live in a sorted run, 6 bytes each. Keys are first scrambled by a bijection
/// (stretch minima are small numbers, not uniform ones); the top 16 bits pick one of 65,536 buckets,
/// the low 16 bits and the ordinal are stored. The run is cut into 256 segments of 256 buckets, each
/// its own pair of arrays, so growing it never copies more than one segment at a time: no slack,
/// no doubling, no transient second copy of the whole index.
///
/// New postings go to a small hash table, merged into the run once it holds a sixteenth of it:
/// each posting is moved ~17 times in all and building from a million articles stays linear.
///
/// A key shared by more than `maximumPerKey` articles (a boilerplate phrase) keeps only its earliest
/// ones: more would only slow every query that contains it, and the earliest are the originals.
struct PostingIndex {
    static let maximumPerKey = 32
    private static let bucketsPerSegment = 256
    private static let segmentCount = 256
    private static let minimumRecentLimit = 1 << 12

    private struct Segment {
        var lowKeys: [UInt16] = []
        var ordinals: [UInt32] = []
        /// Start of each of the segment's buckets in its arrays.
        var bucketStarts = [UInt32](repeating: 0, count: PostingIndex.bucketsPerSegment)

        func range(ofBucket bucket: Int) -> Range<Int> {
            let end = bucket + 1 < bucketStarts.count ? Int(bucketStarts[bucket + 1]) : lowKeys.count
            return Int(bucketStarts[bucket])..<end
        }
    }

    private var segments = [Segment](repeating: Segment(), count: segmentCount)
    private var sortedCount = 0
    private var recent = RecentPostings(capacity: 2 * minimumRecentLimit)

    var memoryBytes: Int {
        segments.reduce(recent.memoryBytes) {
            $0 + 2 * $1.lowKeys.capacity + 4 * $1.ordinals.capacity + 4 * $1.bucketStarts.capacity
        }
    }

    /// Ordinals must be inserted in increasing order (the index hands them out that way).
    mutating func insert(key: UInt32, ordinal: UInt32) {
        let scrambled = Self.scramble(key)
        guard sortedRange(scrambled).count + recent.count(of: scrambled) < Self.maximumPerKey else { return }
        recent.insert(key: scrambled, ordinal: ordinal)
        if recent.count >= Self.recentLimit(sortedCount) {
            mergeRecent()
        }
    }

    /// Calls `body` with each ordinal indexed under `key`, earliest first, at most `maximumPerKey`.
    func forEachOrdinal(of key: UInt32, _ body: (UInt32) -> Void) {
        let scrambled = Self.scramble(key)
        let range = sortedRange(scrambled)
        let ordinals = segments[Int(scrambled >> 24)].ordinals
        for position in range {
            body(ordinals[position])
        }
        recent.forEachOrdinal(of: scrambled, limit: Self.maximumPerKey - range.count, body)
    }

    /// Positions of the key's postings in its segment (at most `maximumPerKey`).
    private func sortedRange(_ scrambled: UInt32) -> Range<Int> {
        let segment = segments[Int(scrambled >> 24)]
        let bucket = segment.range(ofBucket: Int(scrambled >> 16) & (Self.bucketsPerSegment - 1))
        let low = UInt16(truncatingIfNeeded: scrambled)
        var start = bucket.lowerBound
        var end = bucket.upperBound
        while start < end {
            let middle = (start + end) / 2
            if segment.lowKeys[middle] < low { start = middle + 1 } else { end = middle }
        }
        end = start
        while end < bucket.upperBound, end - start < Self.maximumPerKey, segment.lowKeys[end] == low {
            end += 1
        }
        return start..<end
    }

    /// Merges the recent postings into the sorted run, segment by segment; within a key, older
    /// (sorted) postings come first, as ordinals grow with time.
    private mutating func mergeRecent() {
        let fresh = recent.sortedEntries()
        var next = 0
        for index in segments.indices {
            let start = next
            while next < fresh.count, Int(fresh[next].key >> 24) == index { next += 1 }
            if next > start {
                segments[index] = Self.merging(fresh[start..<next], into: segments[index])
            }
        }
        sortedCount += fresh.count
        recent = RecentPostings(capacity: 2 * Self.recentLimit(sortedCount))
    }

    private static func merging(_ fresh: ArraySlice<(key: UInt32, ordinal: UInt32)>, into old: Segment) -> Segment {
        var merged = Segment()
        merged.lowKeys.reserveCapacity(old.lowKeys.count + fresh.count)
        merged.ordinals.reserveCapacity(old.lowKeys.count + fresh.count)
        var next = fresh.startIndex
        for bucket in 0..<bucketsPerSegment {
            merged.bucketStarts[bucket] = UInt32(merged.lowKeys.count)
            let oldRange = old.range(ofBucket: bucket)
            var oldPosition = oldRange.lowerBound
            while next < fresh.endIndex, Int(fresh[next].key >> 16) & (bucketsPerSegment - 1) == bucket {
                let low = UInt16(truncatingIfNeeded: fresh[next].key)
                while oldPosition < oldRange.upperBound, old.lowKeys[oldPosition] <= low {
                    merged.lowKeys.append(old.lowKeys[oldPosition])
                    merged.ordinals.append(old.ordinals[oldPosition])
                    oldPosition += 1
                }
                merged.lowKeys.append(low)
                merged.ordinals.append(fresh[next].ordinal)
                next += 1
            }
            merged.lowKeys.append(contentsOf: old.lowKeys[oldPosition..<oldRange.upperBound])
            merged.ordinals.append(contentsOf: old.ordinals[oldPosition..<oldRange.upperBound])
        }
        return merged
    }

    /// Recent postings are merged once there are this many: a sixteenth of the sorted run bounds
    /// both the merge work per posting and the table's memory (8 bytes a slot, half full).
    private static func recentLimit(_ sortedCount: Int) -> Int {
        max(minimumRecentLimit, sortedCount / 16)
    }

    /// MurmurHash3's 32-bit finaliser: a bijection, so distinct keys stay distinct.
    private static func scramble(_ key: UInt32) -> UInt32 {
        var h = key
        h ^= h >> 16
        h &*= 0x85EB_CA6B
        h ^= h >> 13
        h &*= 0xC2B2_AE35
        h ^= h >> 16
        return h
    }
}

/// Open-addressing hash table of (scrambled key, ordinal) postings, linear probing, never deleted
/// from: it is replaced whole after each merge. At most half full, so probes stay short.
private struct RecentPostings {
    private static let empty = UInt64.max
    private var slots: [UInt64]
    private(set) var count = 0

    init(capacity: Int) {
        slots = [UInt64](repeating: Self.empty, count: capacity)
    }

    var memoryBytes: Int { 8 * slots.capacity }

    mutating func insert(key: UInt32, ordinal: UInt32) {
        var slot = home(key)
        while slots[slot] != Self.empty {
            slot = next(slot)
        }
        slots[slot] = UInt64(key) << 32 | UInt64(ordinal)
        count += 1
    }

    func count(of key: UInt32) -> Int {
        var matches = 0
        forEachOrdinal(of: key, limit: PostingIndex.maximumPerKey) { _ in matches += 1 }
        return matches
    }

    /// Ordinals under `key`, earliest first (inserted in increasing order along the probe sequence).
    func forEachOrdinal(of key: UInt32, limit: Int, _ body: (UInt32) -> Void) {
        var slot = home(key)
        var reported = 0
        while reported < limit, slots[slot] != Self.empty {
            if UInt32(truncatingIfNeeded: slots[slot] >> 32) == key {
                body(UInt32(truncatingIfNeeded: slots[slot]))
                reported += 1
            }
            slot = next(slot)
        }
    }

    /// All postings sorted by key, then ordinal.
    func sortedEntries() -> [(key: UInt32, ordinal: UInt32)] {
        slots.filter { $0 != Self.empty }.sorted().map {
            (key: UInt32(truncatingIfNeeded: $0 >> 32), ordinal: UInt32(truncatingIfNeeded: $0))
        }
    }

    /// Maps the (uniform) key onto 0..<slots.count without a division.
    private func home(_ key: UInt32) -> Int {
        Int((UInt64(key) &* UInt64(slots.count)) >> 32)
    }

    private func next(_ slot: Int) -> Int {
        slot + 1 == slots.count ? 0 : slot + 1
    }
}
