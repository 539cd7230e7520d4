/// The byte grammars of the multi-byte encodings detection tells apart: which bytes may lead a
/// character and which may follow. Text in one of them breaks the others' grammars (Shift_JIS
/// leads 0x81-0x9F are not EUC bytes; a Windows-1252 letter before a space cannot lead a
/// two-byte character), so counting the sequences that break it rules most candidates out
/// before anything is decoded.
enum MultiByteGrammar {
    struct Tally: Equatable {
        /// Non-ASCII characters read.
        var characters = 0
        /// Bytes that start no character of the encoding.
        var invalid = 0
        /// GB18030's four-byte sequences: text using them is gb18030 rather than GBK.
        var fourByte = 0
    }

    /// Stops once more than `invalidLimit` bytes broke the grammar: the candidate is out anyway.
    static func tally(_ bytes: ArraySlice<UInt8>, as encoding: CharacterEncoding, invalidLimit: Int = .max) -> Tally {
        bytes.withUnsafeBufferPointer { tally($0, as: encoding, invalidLimit: invalidLimit) }
    }

    private static func tally(_ buffer: UnsafeBufferPointer<UInt8>, as encoding: CharacterEncoding, invalidLimit: Int) -> Tally {
        var tally = Tally()
        let n = buffer.count
        var i = 0
        func byte(_ offset: Int) -> UInt8 { i + offset < n ? buffer[i + offset] : 0 }
        while i < n && tally.invalid <= invalidLimit {
            let lead = buffer[i]
            if lead < 0x80 { i += 1; continue }
            let length = sequenceLength(lead, byte(1), byte(2), byte(3), encoding)
            if length == 0 {
                tally.invalid += 1
                i += 1
            } else {
                tally.characters += 1
                if length == 4 { tally.fourByte += 1 }
                i += length
            }
        }
        return tally
    }

    /// The length of the character a lead byte starts, given the bytes after it; 0 when the
    /// bytes break the grammar (a byte past the end reads as 0, which no grammar accepts).
    private static func sequenceLength(_ lead: UInt8, _ second: UInt8, _ third: UInt8, _ fourth: UInt8, _ encoding: CharacterEncoding) -> Int {
        switch encoding {
        case .shiftJIS:
            // Microsoft's code page 932: half-width katakana alone, two-byte characters otherwise.
            if lead >= 0xA1 && lead <= 0xDF { return 1 }
            guard lead >= 0x81 && lead <= 0x9F || lead >= 0xE0 && lead <= 0xFC else { return 0 }
            return second >= 0x40 && second <= 0x7E || second >= 0x80 && second <= 0xFC ? 2 : 0
        case .eucJP:
            if lead == 0x8E { return second >= 0xA1 && second <= 0xDF ? 2 : 0 }
            if lead == 0x8F { return isEUCByte(second) && isEUCByte(third) ? 3 : 0 }
            return isEUCByte(lead) && isEUCByte(second) ? 2 : 0
        case .gbk, .gb18030:
            guard lead >= 0x81 && lead <= 0xFE else { return 0 }
            if second >= 0x30 && second <= 0x39 {
                return third >= 0x81 && third <= 0xFE && fourth >= 0x30 && fourth <= 0x39 ? 4 : 0
            }
            return second >= 0x40 && second <= 0x7E || second >= 0x80 && second <= 0xFE ? 2 : 0
        case .eucKR:
            // Code page 949 (Unified Hangul Code): leads below 0xC7 also take trail bytes below 0xA1.
            guard lead >= 0x81 && lead <= 0xFE else { return 0 }
            if isEUCByte(second) { return 2 }
            guard lead < 0xC7 else { return 0 }
            return second >= 0x41 && second <= 0x5A || second >= 0x61 && second <= 0x7A || second >= 0x81 && second <= 0xA0 ? 2 : 0
        case .big5:
            // Big5 with the Hong Kong supplement, whose leads start at 0x87.
            guard lead >= 0x87 && lead <= 0xFE else { return 0 }
            return second >= 0x40 && second <= 0x7E || second >= 0xA1 && second <= 0xFE ? 2 : 0
        default:
            return 0
        }
    }

    private static func isEUCByte(_ byte: UInt8) -> Bool { byte >= 0xA1 && byte <= 0xFE }
}
