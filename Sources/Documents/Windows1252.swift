/// Windows-1252: Latin-1 with printable characters (curly quotes, dashes, the euro sign) in
/// 0x80-0x9F, where Latin-1 has control codes nobody types.
enum Windows1252 {
    /// Code points for 0x80-0x9F; nil where the code page leaves a byte undefined.
    private static let highControlRange: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// Whether Windows-1252 leaves the byte undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    @inline(__always)
    static func isUndefined(_ byte: UInt8) -> Bool {
        byte >= 0x80 && byte <= 0x9F && highControlRange[Int(byte - 0x80)] == nil
    }

    /// The character of a byte; an undefined byte gives the C1 control of the same value, as the
    /// WHATWG decoder does.
    static func scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value = byte >= 0x80 && byte <= 0x9F ? highControlRange[Int(byte - 0x80)] ?? UInt32(byte) : UInt32(byte)
        return Unicode.Scalar(value).unsafelyUnwrapped
    }

    /// Runs of two or more non-ASCII bytes are how multi-byte encodings (Shift_JIS, GBK, EUC-KR)
    /// look; Windows-1252 text in Latin-script languages has mostly isolated accented letters.
    static func looksLikeMultiByteEncoding(_ bytes: [UInt8], from start: Int) -> Bool {
        var high = 0, paired = 0
        var i = start
        while i < bytes.count {
            if bytes[i] >= 0x80 {
                high += 1
                if i + 1 < bytes.count && bytes[i + 1] >= 0x80 { paired += 2; i += 2; high += 1; continue }
            }
            i += 1
        }
        return high >= 8 && paired * 2 > high
    }

    /// The text, normalised (`TextNormalization`) in the same pass; undefined bytes, C1 controls
    /// in the WHATWG decoder, are dropped with the other C1 controls. `nonASCII` (from the
    /// survey) sizes the output exactly enough: a byte becomes at most three.
    static func text(_ bytes: [UInt8], from start: Int, nonASCII: Int) -> [UInt8] {
        bytes.withUnsafeBufferPointer { input in
            let n = input.count
            return [UInt8](unsafeUninitializedCapacity: n - start + 2 * nonASCII) { out, count in
                var i = start, written = 0
                while i < n {
                    let byte = input[i]
                    if byte < 0x80 {
                        i += TextNormalization.writeASCII(input, at: i, to: out, &written)
                        continue
                    }
                    i += 1
                    let scalar: UInt32
                    if byte <= 0x9F {
                        guard let defined = highControlRange[Int(byte - 0x80)] else { continue }
                        scalar = defined
                    } else {
                        scalar = UInt32(byte)
                    }
                    if scalar < 0x800 {
                        out[written] = UInt8(0xC0 | (scalar >> 6))
                        out[written + 1] = UInt8(0x80 | (scalar & 0x3F))
                        written += 2
                    } else {
                        out[written] = UInt8(0xE0 | (scalar >> 12))
                        out[written + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                        out[written + 2] = UInt8(0x80 | (scalar & 0x3F))
                        written += 3
                    }
                }
                count = written
            }
        }
    }
}
