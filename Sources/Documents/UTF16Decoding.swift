/// UTF-16 bytes (after the byte-order mark) to UTF-8 bytes, rejecting what is not UTF-16 text.
enum UTF16Decoding {
    static func transcodeToUTF8(_ bytes: [UInt8], from start: Int, bigEndian: Bool) throws(DocumentError) -> [UInt8] {
        guard (bytes.count - start) % 2 == 0 else {
            throw DocumentError("UTF-16 text with an odd number of bytes (\(Grouped(bytes.count))): the file looks truncated")
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var i = start
        func unit(at offset: Int) -> UInt32 {
            bigEndian ? UInt32(bytes[offset]) << 8 | UInt32(bytes[offset + 1]) : UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset])
        }
        while i < bytes.count {
            var scalar = unit(at: i)
            let offset = i
            i += 2
            if scalar == 0 {
                throw DocumentError("binary content (NUL character at byte \(Grouped(offset)) of UTF-16 text): not a text, HTML or JSON document")
            }
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                guard i < bytes.count, case let low = unit(at: i), low >= 0xDC00 && low <= 0xDFFF else {
                    throw DocumentError("invalid UTF-16 at byte \(Grouped(offset)): a high surrogate without its low half")
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                i += 2
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw DocumentError("invalid UTF-16 at byte \(Grouped(offset)): a low surrogate without its high half")
            }
            appendUTF8(scalar, to: &out)
        }
        return out
    }

    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
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
