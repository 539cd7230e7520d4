/// One pass over a document's bytes for everything the decoding steps ask of them: whether they
/// are valid UTF-8 (and where not), whether they hold binary control codes or NULs, whether
/// Windows-1252 leaves any of them undefined, and whether UTF-8 text needs normalising. Decoding
/// used to answer each question with a pass of its own; on the common path (a valid UTF-8 page
/// with nothing to normalise) this survey and the copy into a `String` are now all the work.
struct ByteSurvey {
    /// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong
    /// forms, surrogates and values above U+10FFFF included); nil when all of it is valid.
    var firstInvalidUTF8: Int?
    /// Bytes 0x80 and above.
    var nonASCII = 0
    var firstNUL: Int?
    /// C0 control bytes other than tab, line feed, form feed and carriage return.
    var controls = 0
    var firstControl: Int?
    /// The first of 0x81, 0x8D, 0x8F, 0x90, 0x9D: bytes Windows-1252 leaves undefined.
    var firstUndefinedInWindows1252: Int?
    /// Whether `TextNormalization` would change the bytes read as UTF-8: a CR, form feed,
    /// control code or DEL, a C1 control or U+2028/U+2029. Only meaningful for valid UTF-8.
    var utf8NeedsNormalization = false

    var isValidUTF8: Bool { firstInvalidUTF8 == nil }

    init(_ bytes: [UInt8], from start: Int = 0) {
        self = bytes.withUnsafeBufferPointer { Self(surveying: $0, from: start) }
    }

    private init(surveying buffer: UnsafeBufferPointer<UInt8>, from start: Int) {
        let n = buffer.count
        guard let base = buffer.baseAddress, start < n else { return }
        var i = start
        while i < n {
            // Eight printable ASCII bytes (0x20-0x7E) at once: no byte has its high bit set, none
            // is below 0x20 (the borrow trick) and none is DEL (0x7F, the zero-byte trick).
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let belowSpace = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                let delete = word ^ 0x7F7F_7F7F_7F7F_7F7F
                let isDelete = (delete &- 0x0101_0101_0101_0101) & ~delete & 0x8080_8080_8080_8080
                if high | belowSpace | isDelete == 0 { i += 8; continue }
            }
            let byte = base[i]
            if byte < 0x80 {
                switch byte {
                case 0x09, 0x0A: break
                case 0x0C, 0x0D, 0x7F: utf8NeedsNormalization = true
                case 0x00:
                    if firstNUL == nil { firstNUL = i }
                    fallthrough
                default:
                    if byte < 0x20 {
                        controls += 1
                        if firstControl == nil { firstControl = i }
                        utf8NeedsNormalization = true
                    }
                }
                i += 1
                continue
            }
            nonASCII += 1
            if firstUndefinedInWindows1252 == nil && Windows1252.isUndefined(byte) { firstUndefinedInWindows1252 = i }
            guard firstInvalidUTF8 == nil else { i += 1; continue }
            let length = UTF8Sequence.wellFormedLength(base, at: i, count: n)
            guard length > 0 else { firstInvalidUTF8 = i; i += 1; continue }
            // C1 controls (C2 80-C2 9F) and the line and paragraph separators (E2 80 A8/A9).
            if byte == 0xC2 && base[i + 1] <= 0x9F || byte == 0xE2 && base[i + 1] == 0x80 && base[i + 2] & 0xFE == 0xA8 {
                utf8NeedsNormalization = true
            }
            // The continuation bytes are non-ASCII too, and may be undefined in Windows-1252.
            for k in 1..<length {
                nonASCII += 1
                if firstUndefinedInWindows1252 == nil && Windows1252.isUndefined(base[i + k]) { firstUndefinedInWindows1252 = i + k }
            }
            i += length
        }
    }
}
