/// Turns a text into the hashes of its shingles: every run of `shingleWords` consecutive word tokens.
///
/// Tokens are runs of letters and digits, lower-cased, so punctuation, case, spacing and line
/// breaks never matter ("12,000" is the two tokens "12" and "000"). Ideographs and kana stand
/// alone, one token each, because Chinese and Japanese put no spaces between words.
/// Hashes are stable across processes and machines: fingerprints are stored and compared later.
enum ShingleHashing {
    /// Four words: a 5% word edit destroys ~19% of the shingles (against ~23% for five words), while
    /// unrelated texts still share almost none (the five seed reports: at most 3% containment).
    static let shingleWords = 4

    /// Shingle hashes in text order, repeats kept. A text of 1 to 3 tokens is a single shingle of
    /// them all, so short texts can still match exactly; a text without tokens has none.
    static func hashes(of text: String) -> [UInt32] {
        let tokens = tokenHashes(of: text)
        guard !tokens.isEmpty else { return [] }
        let width = min(shingleWords, tokens.count)
        var shingles: [UInt32] = []
        shingles.reserveCapacity(tokens.count - width + 1)
        for start in 0...(tokens.count - width) {
            shingles.append(shingleHash(tokens[start..<(start + width)]))
        }
        return shingles
    }

    /// Order-sensitive combination of token hashes, finished with a full avalanche so that the
    /// smallest values (what the sketches keep) are a uniform random sample of the shingles.
    private static func shingleHash(_ window: ArraySlice<UInt64>) -> UInt32 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(window.count)
        for token in window {
            hash = (hash ^ token) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 32
        }
        return UInt32(truncatingIfNeeded: mix64(hash) >> 32)
    }

    /// Reads the UTF-8 bytes directly: ASCII (most of any news text) never pays for scalar decoding.
    private static func tokenHashes(of text: String) -> [UInt64] {
        var tokenizer = Tokenizer()
        var text = text
        text.withUTF8 { utf8 in
            tokenizer.tokens.reserveCapacity(utf8.count / 6)
            var position = 0
            while position < utf8.count {
                let lead = utf8[position]
                if lead < 0x80 {
                    tokenizer.consumeASCII(lead)
                    position += 1
                    continue
                }
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (0x7F >> length)
                for offset in 1..<length where position + offset < utf8.count {
                    value = value << 6 | UInt32(utf8[position + offset] & 0x3F)
                }
                tokenizer.consume(Unicode.Scalar(value) ?? " ")
                position += length
            }
        }
        tokenizer.endToken()
        return tokenizer.tokens
    }
}

/// Splits characters into lower-cased word tokens and hashes each with 64-bit FNV-1a over its scalar values.
private struct Tokenizer {
    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    var tokens: [UInt64] = []
    private var hash = fnvOffset
    private var inToken = false

    mutating func consumeASCII(_ byte: UInt8) {
        switch byte {
        case 0x30...0x39, 0x61...0x7A: add(UInt32(byte))
        case 0x41...0x5A: add(UInt32(byte) + 0x20)
        default: endToken()
        }
    }

    /// A non-ASCII scalar.
    mutating func consume(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        let properties = scalar.properties
        if properties.isIdeographic || (0x3040...0x30FF).contains(value) {
            endToken()
            add(value)
            endToken()
        } else if properties.isAlphabetic || Self.isNumber(properties.generalCategory)
            || (inToken && Self.isMark(properties.generalCategory)) {
            if properties.changesWhenLowercased {
                for lower in properties.lowercaseMapping.unicodeScalars { add(lower.value) }
            } else {
                add(value)
            }
        } else {
            endToken()
        }
    }

    mutating func endToken() {
        guard inToken else { return }
        tokens.append(hash)
        hash = Self.fnvOffset
        inToken = false
    }

    private mutating func add(_ value: UInt32) {
        hash = (hash ^ UInt64(value)) &* Self.fnvPrime
        inToken = true
    }

    private static func isNumber(_ category: Unicode.GeneralCategory) -> Bool {
        category == .decimalNumber || category == .letterNumber || category == .otherNumber
    }

    /// Combining marks continue a word (decomposed accents, Indic vowel signs).
    private static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
        category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }
}

/// The SplitMix64 finaliser: every input bit flips each output bit with probability ~1/2.
func mix64(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}
