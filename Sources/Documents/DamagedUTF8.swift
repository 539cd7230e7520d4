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

    static func counts(_ bytes: [UInt8]) -> Counts {
        var counts = Counts()
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(lead)
            if length > 1, index + length <= count, isValidSequence(bytes, index, length) {
                counts.validMultiByte += 1
                index += length
            } else {
                counts.invalid += 1
                index += 1
            }
        }
        return counts
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// Continuation bytes, and no overlong forms, surrogates or code points past U+10FFFF.
    private static func isValidSequence(_ bytes: [UInt8], _ index: Int, _ length: Int) -> Bool {
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return false }
        let lead = bytes[index], second = bytes[index + 1]
        switch lead {
        case 0xE0: return second >= 0xA0
        case 0xED: return second < 0xA0
        case 0xF0: return second >= 0x90
        case 0xF4: return second < 0x90
        default: return true
        }
    }
}
