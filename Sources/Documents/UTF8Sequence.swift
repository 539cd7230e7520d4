/// The one definition of a well-formed UTF-8 sequence (Unicode table 3-7), shared by the byte
/// survey and the damaged-UTF-8 count so the two can never disagree about what is valid.
enum UTF8Sequence {
    /// The length of the well-formed UTF-8 sequence starting at `i`, or 0 when there is none:
    /// overlong forms, surrogates, values above U+10FFFF and cut-off sequences are not.
    @inline(__always)
    static func wellFormedLength(_ base: UnsafePointer<UInt8>, at i: Int, count n: Int) -> Int {
        let lead = base[i]
        let length: Int
        var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lower = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; upper = 0x9F
        case 0xF0: length = 4; lower = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; upper = 0x8F
        default: return 0
        }
        guard i + length <= n else { return 0 }
        let second = base[i + 1]
        guard second >= lower && second <= upper else { return 0 }
        for k in 2..<length where base[i + k] & 0xC0 != 0x80 { return 0 }
        return length
    }
}
