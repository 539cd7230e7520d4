/// Text that is UTF-8 with a few damaged sequences (a bad byte, a copy cut mid-character), told
/// apart from text in a legacy encoding. Multi-byte UTF-8 sequences do not form by accident in
/// legacy text (é in Windows-1252 is one byte, 0xE9, followed by a letter), so many valid ones
/// with few invalid ones mean UTF-8 — and reading it as Windows-1252 or another legacy code page
/// would turn every one of its accents and quotes into mojibake.
enum DamagedUTF8 {
    struct Counts: Equatable {
        var validMultiByte = 0
        var invalid = 0
    }

    /// Valid multi-byte characters this many times the invalid sequences, and at least
    /// `minimumValid` of them: damaged UTF-8.
    static let ratio = 10
    static let minimumValid = 3

    static func isDamaged(_ counts: Counts) -> Bool {
        counts.invalid > 0 && counts.validMultiByte >= minimumValid && counts.invalid * ratio <= counts.validMultiByte
    }

    /// At most one damaged sequence per this many bytes: a page whose own declaration says UTF-8
    /// is then read with U+FFFD in their place, as a browser shows it (the HTML standard decodes
    /// UTF-8 so), since the declaration and the bytes agree and nothing is guessed. Denser damage
    /// is a file broken beyond a few bytes, still refused.
    static let bytesPerTolerableDamage = 1024

    static func isSparse(_ counts: Counts, of byteCount: Int) -> Bool {
        isDamaged(counts) && counts.invalid * bytesPerTolerableDamage <= byteCount
    }

    static func counts(_ bytes: [UInt8]) -> Counts {
        bytes.withUnsafeBufferPointer { buffer in
            var counts = Counts()
            guard let base = buffer.baseAddress else { return counts }
            var index = 0
            let count = buffer.count
            while index < count {
                if base[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = UTF8Sequence.wellFormedLength(base, at: index, count: count)
                if length > 0 {
                    counts.validMultiByte += 1
                    index += length
                } else {
                    counts.invalid += 1
                    index += 1
                }
            }
            return counts
        }
    }
}
