/// UTF-16 bytes (after the byte-order mark) to UTF-8 bytes. Strictly, what is not UTF-16 text
/// is rejected; leniently (for feeds, where one bad unit must not cost the whole feed), it
/// becomes U+FFFD and is counted.
enum UTF16Decoding {
    static func transcodeToUTF8(_ bytes: [UInt8], from start: Int, bigEndian: Bool) throws(DocumentError) -> [UInt8] {
        guard (bytes.count - start) % 2 == 0 else {
            throw DocumentError("UTF-16 text with an odd number of bytes (\(Grouped(bytes.count))): the file looks truncated")
        }
        let decoded = transcode(bytes, from: start, bigEndian: bigEndian)
        if let problem = decoded.firstProblem { throw problem }
        return decoded.utf8
    }

    static func transcodeToUTF8Replacing(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> (utf8: [UInt8], replacements: Int) {
        let decoded = transcode(bytes, from: start, bigEndian: bigEndian)
        return (decoded.utf8, decoded.replacements)
    }

    /// Decodes everything, replacing bad units, and remembers the first thing a strict reader refuses.
    private static func transcode(_ bytes: [UInt8], from start: Int, bigEndian: Bool) -> (utf8: [UInt8], replacements: Int, firstProblem: DocumentError?) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var replacements = 0
        var firstProblem: DocumentError?
        var i = start
        func unit(at offset: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1]) : UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset])
        }
        func replace(_ problem: String) -> UInt32 {
            replacements += 1
            if firstProblem == nil { firstProblem = DocumentError(problem) }
            return 0xFFFD
        }
        while i + 1 < bytes.count {
            var scalar = unit(at: i)
            let offset = i
            i += 2
            if scalar == 0 && firstProblem == nil {
                firstProblem = DocumentError("binary content (NUL character at byte \(Grouped(offset)) of UTF-16 text): not a text, HTML or JSON document")
            }
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                if i + 1 < bytes.count, case let low = unit(at: i), low >= 0xDC00 && low <= 0xDFFF {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    i += 2
                } else {
                    scalar = replace("invalid UTF-16 at byte \(Grouped(offset)): a high surrogate without its low half")
                }
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                scalar = replace("invalid UTF-16 at byte \(Grouped(offset)): a low surrogate without its high half")
            }
            appendUTF8(scalar, to: &out)
        }
        if i < bytes.count {
            appendUTF8(replace("UTF-16 text with an odd number of bytes"), to: &out)
        }
        return (out, replacements, firstProblem)
    }

    static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case ..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }
}
