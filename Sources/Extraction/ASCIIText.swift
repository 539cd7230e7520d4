/// Byte-level string operations for markup names and values, which are nearly always ASCII:
/// Foundation's `contains` and the standard library's Unicode-aware `lowercased()` cost many
/// times more, and they run for attributes of every element of every page.
enum ASCIIText {
    /// Lower-cases A-Z; anything non-ASCII goes through `lowercased()`.
    static func lowercased(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 {
            if byte >= 0x80 { return text.lowercased() }
            if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { needsWork = true }
        }
        guard needsWork else { return text }
        return String(decoding: text.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
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
