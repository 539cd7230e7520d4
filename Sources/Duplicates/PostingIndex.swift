/// Multimap from a 32-bit key (a shingle hash) to the ordinals of the articles indexed under it.
///
/// Most postings live in one sorted run, 6 bytes each: keys are first scrambled by a bijection
/// (segment minima are small numbers, not uniform ones); the top 16 bits pick a bucket of a fixed
/// directory, the low 16 bits and the ordinal are stored. New postings go to a small hash table
/// that is merged into the run once it holds a sixteenth of it, so each posting is moved a bounded
/// number of times (~17) and building from a million articles stays linear. No slack and no per-key
/// allocation: that is what keeps a million articles' keys near 48 MB.
///
/// A key shared by more than `maximumPerKey` articles (a boilerplate phrase) keeps only its earliest
/// ones: more would only slow every query that contains it, and the earliest are the originals.
struct PostingIndex {
    static let maximumPerKey = 32
    private static let bucketCount = 1 << 16
    private static let minimumRecentLimit = 1 << 12

    /// `directory[b]..<directory[b + 1]` is bucket b's range in the sorted run.
    private var directory = [UInt32](repeating: 0, count: bucketCount + 1)
    private var sortedLowKeys: [UInt16] = []
    private var sortedOrdinals: [UInt32] = []
    private var recent = RecentPostings(capacity: 2 * minimumRecentLimit)

    var count: Int { sortedOrdinals.count + recent.count }

    var memoryBytes: Int {
        4 * directory.count + 2 * sortedLowKeys.capacity + 4 * sortedOrdinals.capacity + recent.memoryBytes
    }

    /// Makes room for `additional` more postings in the sorted run, so a rebuild does not regrow it.
    mutating func reserveCapacity(_ additional: Int) {
        sortedLowKeys.reserveCapacity(sortedLowKeys.count + additional)
        sortedOrdinals.reserveCapacity(sortedOrdinals.count + additional)
    }

    /// Ordinals must be inserted in increasing order (the index hands them out that way).
    mutating func insert(key: UInt32, ordinal: UInt32) {
        let scrambled = Self.scramble(key)
        guard sortedCount(scrambled) + recent.count(of: scrambled) < Self.maximumPerKey else { return }
        recent.insert(key: scrambled, ordinal: ordinal)
        if recent.count >= Self.recentLimit(sortedOrdinals.count) {
            mergeRecent()
        }
    }

    /// Calls `body` with each ordinal indexed under `key`, earliest first, at most `maximumPerKey`.
    func forEachOrdinal(of key: UInt32, _ body: (UInt32) -> Void) {
        let scrambled = Self.scramble(key)
        let range = sortedRange(scrambled)
        for position in range {
            body(sortedOrdinals[position])
        }
        recent.forEachOrdinal(of: scrambled, limit: Self.maximumPerKey - range.count, body)
    }

    private func sortedCount(_ scrambled: UInt32) -> Int {
        sortedRange(scrambled).count
    }

    private func sortedRange(_ scrambled: UInt32) -> Range<Int> {
        let bucket = Int(scrambled >> 16)
        let low = UInt16(truncatingIfNeeded: scrambled)
        var start = Int(directory[bucket])
        var end = Int(directory[bucket + 1])
        while start < end {
            let middle = (start + end) / 2
            if sortedLowKeys[middle] < low { start = middle + 1 } else { end = middle }
        }
        end = start
        while end < sortedLowKeys.count, end - start < Self.maximumPerKey,
              end < Int(directory[bucket + 1]), sortedLowKeys[end] == low {
            end += 1
        }
        return start..<end
    }

    /// Merges the recent postings into the sorted run, bucket by bucket; within a key, older
    /// (sorted) postings come first, as ordinals grow with time.
    private mutating func mergeRecent() {
        let fresh = recent.sortedEntries()
        let total = sortedOrdinals.count + fresh.count
        var lowKeys: [UInt16] = []
        var ordinals: [UInt32] = []
        lowKeys.reserveCapacity(max(total, sortedLowKeys.capacity))
        ordinals.reserveCapacity(max(total, sortedOrdinals.capacity))
        var freshPosition = 0
        for bucket in 0..<Self.bucketCount {
            let oldStart = Int(directory[bucket])
            let oldEnd = Int(directory[bucket + 1])
            directory[bucket] = UInt32(ordinals.count)
            var oldPosition = oldStart
            while freshPosition < fresh.count, Int(fresh[freshPosition].key >> 16) == bucket {
                let entry = fresh[freshPosition]
                let low = UInt16(truncatingIfNeeded: entry.key)
                while oldPosition < oldEnd, sortedLowKeys[oldPosition] <= low {
                    lowKeys.append(sortedLowKeys[oldPosition])
                    ordinals.append(sortedOrdinals[oldPosition])
                    oldPosition += 1
                }
                lowKeys.append(low)
                ordinals.append(entry.ordinal)
                freshPosition += 1
            }
            lowKeys.append(contentsOf: sortedLowKeys[oldPosition..<oldEnd])
            ordinals.append(contentsOf: sortedOrdinals[oldPosition..<oldEnd])
        }
        directory[Self.bucketCount] = UInt32(ordinals.count)
        sortedLowKeys = lowKeys
        sortedOrdinals = ordinals
        recent = RecentPostings(capacity: 2 * Self.recentLimit(total))
    }

    /// Recent postings merged once there are this many: a sixteenth of the sorted run bounds both the
    /// merge work per posting and the table's memory (8 bytes per slot, half full: 1 byte per posting).
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
