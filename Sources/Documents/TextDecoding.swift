/// Bytes to text: which encoding, and the decoding itself. The order follows the HTML
/// standard's: a byte-order mark, then what the transport declares, then (for HTML) what the
/// page declares in its first 1024 bytes, then detection: valid UTF-8, else Windows-1252 when
/// the bytes look like single-byte text.
enum TextDecoding {
    static func decode(_ bytes: [UInt8], format: DocumentFormat, declaredCharset: String?) throws(DocumentError) -> (String, CharacterEncoding) {
        if let mark = ByteOrderMark(bytes) {
            let start = mark.length
            switch mark {
            case .utf32LittleEndian, .utf32BigEndian:
                throw DocumentError("UTF-32 text (byte-order mark \(mark == .utf32BigEndian ? "00 00 FE FF" : "FF FE 00 00")) is not supported: save it as UTF-8")
            case .utf8:
                if let bad = UTF8Validation.firstInvalidOffset(bytes, from: start) {
                    throw DocumentError("invalid UTF-8 at byte \(Grouped(bad)) although the file starts with a UTF-8 byte-order mark")
                }
                return (TextNormalization.normalized(utf8: Array(bytes[start...])), .utf8)
            case .utf16LittleEndian, .utf16BigEndian:
                let bigEndian = mark == .utf16BigEndian
                let utf8 = try UTF16Decoding.transcodeToUTF8(bytes, from: start, bigEndian: bigEndian)
                return (TextNormalization.normalized(utf8: utf8), bigEndian ? .utf16BigEndian : .utf16LittleEndian)
            }
        }

        var declared: CharacterEncoding?
        if let declaredCharset {
            declared = try supported(declaredCharset, origin: "", bytes)
            if declared == .utf16LittleEndian || declared == .utf16BigEndian {
                let bigEndian = declared == .utf16BigEndian
                let utf8 = try UTF16Decoding.transcodeToUTF8(bytes, from: 0, bigEndian: bigEndian)
                return (TextNormalization.normalized(utf8: utf8), bigEndian ? .utf16BigEndian : .utf16LittleEndian)
            }
        }
        if let reason = BinaryContent.rejection(bytes, from: 0) { throw DocumentError(reason) }
        if declared == nil, format == .html, let label = HTMLCharsetPrescan.declaredCharset(bytes, from: 0) {
            declared = try supported(label, origin: " (in the page's <meta>)", bytes)
            // A page cannot be UTF-16 if its own ASCII declaration was readable: the standard says UTF-8.
            if declared == .utf16LittleEndian || declared == .utf16BigEndian { declared = .utf8 }
        }

        if declared == .windows1252 {
            return (TextNormalization.normalized(utf8: Windows1252.transcodeToUTF8(bytes, from: 0)), .windows1252)
        }
        guard let invalid = UTF8Validation.firstInvalidOffset(bytes) else {
            return (TextNormalization.normalized(utf8: bytes), .utf8)
        }
        // Declared UTF-8 or undeclared, and not valid UTF-8: the usual mislabelled Windows-1252.
        let notUTF8 = "invalid UTF-8 at byte \(Grouped(invalid))"
        if let undefined = Windows1252.firstUndefinedOffset(bytes, from: 0) {
            throw DocumentError("\(notUTF8) and not Windows-1252 text either (byte 0x\(String(bytes[undefined], radix: 16, uppercase: true)) at \(Grouped(undefined)) is undefined there); declare its charset or save it as UTF-8")
        }
        if Windows1252.looksLikeMultiByteEncoding(bytes, from: 0) {
            throw DocumentError("\(notUTF8) and not Windows-1252 text either (runs of non-ASCII bytes suggest a multi-byte encoding such as Shift_JIS, GBK or EUC-KR); save it as UTF-8")
        }
        return (TextNormalization.normalized(utf8: Windows1252.transcodeToUTF8(bytes, from: 0)), .windows1252)
    }

    /// The encoding a declaration names. An unsupported one is an error unless the bytes are
    /// valid UTF-8: multi-byte UTF-8 does not happen by accident in a legacy encoding, so such a
    /// declaration is stale (a page converted to UTF-8 that kept its old `<meta>`).
    private static func supported(_ label: String, origin: String, _ bytes: [UInt8]) throws(DocumentError) -> CharacterEncoding {
        switch CharacterEncoding.label(label) {
        case .supported(let encoding):
            return encoding
        case .unsupported where UTF8Validation.firstInvalidOffset(bytes) == nil:
            return .utf8
        case .unsupported(let name):
            let shown = name.isEmpty ? "(empty)" : String(name.prefix(40))
            throw DocumentError("declared charset \(shown)\(origin) is not supported: Tally reads UTF-8, UTF-16 and Windows-1252/Latin-1; convert the file to UTF-8")
        }
    }
}
