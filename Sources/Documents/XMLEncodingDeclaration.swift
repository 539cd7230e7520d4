/// What the first bytes of an XML document say about its encoding (XML 1.0, appendix F):
/// UTF-16 and UTF-32 without a byte-order mark show in where the zero bytes around the first
/// ASCII character fall; any other encoding is named by the `encoding` pseudo-attribute of the
/// XML declaration, readable as ASCII.
enum XMLEncodingDeclaration {
    /// UTF-16 or UTF-32 told by zero bytes around an ASCII first character ("<", or the
    /// whitespace before it), or nil for an ASCII-compatible encoding.
    static func unmarkedUnicode(_ bytes: [UInt8]) -> CharacterEncoding? {
        guard bytes.count >= 4 else { return nil }
        let (a, b, c, d) = (bytes[0], bytes[1], bytes[2], bytes[3])
        func ascii(_ byte: UInt8) -> Bool { byte > 0 && byte < 0x80 }
        if a == 0 && b == 0 && c == 0 && ascii(d) { return .utf32BigEndian }
        if ascii(a) && b == 0 && c == 0 && d == 0 { return .utf32LittleEndian }
        if a == 0 && ascii(b) && c == 0 && ascii(d) { return .utf16BigEndian }
        if ascii(a) && b == 0 && ascii(c) && d == 0 { return .utf16LittleEndian }
        return nil
    }

    /// The `encoding` value of an XML declaration at `start` (`<?xml version="1.0" encoding="..."?>`).
    static func declaredCharset(_ bytes: [UInt8], from start: Int) -> String? {
        let prefix = Array("<?xml".utf8)
        guard bytes.count - start >= prefix.count + 2, bytes[start..<(start + prefix.count)].elementsEqual(prefix),
              isSpace(bytes[start + prefix.count]) else { return nil }
        // The declaration is short; a missing "?>" must not make this scan the whole file.
        let end = min(bytes.count, start + 512)
        var i = start + prefix.count
        while i < end {
            if bytes[i] == UInt8(ascii: "?") { return nil }
            if matches(bytes, at: i, "encoding") && (i == 0 || isSpace(bytes[i - 1])) {
                var j = i + 8
                while j < end, isSpace(bytes[j]) { j += 1 }
                guard j < end, bytes[j] == UInt8(ascii: "=") else { return nil }
                j += 1
                while j < end, isSpace(bytes[j]) { j += 1 }
                guard j < end, bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") else { return nil }
                let quote = bytes[j]
                let valueStart = j + 1
                var k = valueStart
                while k < end, bytes[k] != quote { k += 1 }
                guard k < end, k > valueStart else { return nil }
                return String(decoding: bytes[valueStart..<k], as: UTF8.self)
            }
            i += 1
        }
        return nil
    }

    private static func matches(_ bytes: [UInt8], at offset: Int, _ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        return bytes.count - offset >= utf8.count && bytes[offset..<(offset + utf8.count)].elementsEqual(utf8)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
