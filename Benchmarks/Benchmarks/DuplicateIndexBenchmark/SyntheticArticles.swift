import Duplicates

/// Shingle-hash sequences shaped like news articles, made without text so that a million of them
/// take seconds: 150 to 850 shingles each; one position in 32 is a common phrase from a skewed pool
/// of 65,536 (shared by many articles, as "according to the" is); one article in ten ends with one of
/// 100 site footers of 30 shingles (boilerplate keys shared by ~1,000 articles each).
enum SyntheticArticles {
    static func shingleHashes(_ number: UInt64) -> [UInt32] {
        var generator = SplitMix64(seed: number)
        let length = 150 + Int(generator.next() % 701)
        var hashes: [UInt32] = []
        hashes.reserveCapacity(length + 30)
        for _ in 0..<length {
            let random = generator.next()
            if random % 32 == 0 {
                // Product of two uniforms: small phrase numbers are far more frequent.
                let phrase = ((random >> 8) & 0xFFFF) * ((random >> 24) & 0xFFFF) >> 16
                hashes.append(hash(phrase, domain: 1))
            } else {
                hashes.append(UInt32(truncatingIfNeeded: random >> 32))
            }
        }
        if generator.next() % 10 == 0 {
            let footer = generator.next() % 100
            for position in 0..<30 {
                hashes.append(hash(footer << 8 | UInt64(position), domain: 2))
            }
        }
        return hashes
    }

    /// A copy with `fraction` of its words replaced: each replaced word changes the four shingles
    /// that contain it.
    static func edited(_ hashes: [UInt32], fraction: Double, seed: UInt64) -> [UInt32] {
        var generator = SplitMix64(seed: seed)
        var copy = hashes
        let edits = Int(Double(hashes.count) * fraction)
        for _ in 0..<edits {
            let word = Int(generator.next() % UInt64(hashes.count))
            for position in max(0, word - 3)...word {
                copy[position] = UInt32(truncatingIfNeeded: generator.next())
            }
        }
        return copy
    }

    private static func hash(_ value: UInt64, domain: UInt64) -> UInt32 {
        var generator = SplitMix64(seed: value ^ (domain << 56))
        return UInt32(truncatingIfNeeded: generator.next())
    }
}

struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
