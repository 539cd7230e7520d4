/// Byte-level string operations for markup names and values, which are nearly always ASCII:
/// Foundation's `contains` and the standard library's Unicode-aware `lowercased()` cost many
/// times more, and they run for attributes of every element of every page.
enum ASCIIText {
    /// Lower-cases A-Z; anything non-ASCII goes through `lowercased()`.
    static func lowercased(_ text: String) -> String {
        var text = text
        let plan: Bool? = text.withUTF8 { bytes in
            var upper = false
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte &- UInt8(ascii: "A") < 26 { upper = true }
            }
            return upper
        }
        switch plan {
        case nil: return text.lowercased()
        case false?: return text
        case true?:
            return text.withUTF8 { bytes in
                String(unsafeUninitializedCapacity: bytes.count) { buffer in
                    for (index, byte) in bytes.enumerated() { buffer[index] = byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte }
                    return bytes.count
                }
            }
        }
    }

    /// Whether `needle` occurs in `haystack`, byte for byte; with `ignoringCase`, ASCII letters
    /// of the haystack match either case (the needle is given in lower case).
    static func contains<S: StringProtocol>(_ haystack: S, _ needle: String, ignoringCase: Bool = false, ignoringSpaces: Bool = false) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        var text = Array(haystack.utf8)
        if ignoringSpaces { text.removeAll { $0 == UInt8(ascii: " ") } }
        if ignoringCase { text = text.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 } }
        guard text.count >= pattern.count else { return false }
        for start in 0...(text.count - pattern.count) where text[start] == first {
            var position = 1
            while position < pattern.count && text[start + position] == pattern[position] { position += 1 }
            if position == pattern.count { return true }
        }
        return false
    }
}
