/// One paragraph-level unit of a text scrape with the features its kind is told by.
struct TextBlock {
    let text: String
    /// Whitespace-separated tokens as written.
    let tokens: [Substring]
    /// Tokens lower-cased with surrounding punctuation removed ("(Visited" -> "visited"); empty
    /// ones dropped.
    let words: [String]
    /// Ends like a sentence: ".", "!", "?" or "…" (or their CJK forms), possibly inside closing
    /// quotes or brackets.
    let endsSentence: Bool

    /// Words, counting text in a script written without spaces (Chinese, Japanese, Thai) at
    /// two characters a word: otherwise a paragraph of Chinese is one "word", a heading.
    let wordCount: Int

    init(_ text: String) {
        self.text = text
        tokens = Self.tokens(of: text)
        words = Self.words(of: tokens)
        let trailing = text.reversed().drop(while: { "\"'”’»)]*」』".contains($0) })
        endsSentence = trailing.first.map { ".!?…。！？".contains($0) } ?? false
        wordCount = words.count + Self.unspacedCharacters(text) / 2
    }

    /// The text split at spaces, byte by byte: splitting by Character costs several times more.
    static func tokens(of text: String) -> [Substring] {
        var tokens: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            if bytes[index] == UInt8(ascii: " ") {
                if start != index { tokens.append(text[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start != bytes.endIndex { tokens.append(text[start..<bytes.endIndex]) }
        return tokens
    }

    /// Characters of scripts written without spaces between words.
    static func unspacedCharacters(_ text: String) -> Int {
        // ASCII text (most of the web's furniture lines) is not looked at scalar by scalar.
        guard text.utf8.contains(where: { $0 >= 0xE0 }) else { return 0 }
        return text.unicodeScalars.reduce(0) { count, scalar in
            switch scalar.value {
            case 0x0E00...0x0EFF, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: count + 1
            default: count
            }
        }
    }

    static func words(of tokens: [Substring]) -> [String] {
        tokens.compactMap { token in
            if let ascii = asciiWord(token) { return ascii.isEmpty ? nil : ascii }
            let isWordCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber }
            guard let first = token.firstIndex(where: isWordCharacter), let last = token.lastIndex(where: isWordCharacter) else { return nil }
            return token[first...last].lowercased()
        }
    }

    /// The word of an all-ASCII token, read byte by byte (most tokens of the web are ASCII, and
    /// Character properties are slow); nil for a token with other characters.
    private static func asciiWord(_ token: Substring) -> String? {
        let bytes = token.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let isWordByte = { (byte: UInt8) in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
        }
        guard let first = bytes.firstIndex(where: isWordByte), let last = bytes.lastIndex(where: isWordByte) else { return "" }
        return String(decoding: bytes[first...last].map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    static func isNumber(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
    }

    /// A host name as a token: letters, digits and hyphens in dot-separated labels ending in a
    /// 2-13 letter top-level domain ("thedefensepost.com", "www.bbc.co.uk"); no e-mail addresses.
    static func domain(in token: Substring) -> String? {
        var candidate = token.drop(while: { !$0.isLetter && !$0.isNumber })
        while let last = candidate.last, !last.isLetter && !last.isNumber { candidate = candidate.dropLast() }
        for scheme in ["https://", "http://"] where candidate.lowercased().hasPrefix(scheme) {
            candidate = candidate.dropFirst(scheme.count)
        }
        if let slash = candidate.firstIndex(of: "/") { candidate = candidate[..<slash] }
        guard !candidate.utf8.contains(UInt8(ascii: "@")) else { return nil }
        let labels = candidate.lowercased().split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let tld = labels.last, (2...13).contains(tld.count),
              tld.allSatisfy({ $0.isASCII && $0.isLetter }),
              labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" } }),
              labels.dropLast().contains(where: { $0.count >= 2 }) else { return nil }
        let host = labels.joined(separator: ".")
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    static func isEmail(_ token: Substring) -> Bool {
        guard token.count >= 5, let at = token.firstIndex(of: "@"), at > token.startIndex else { return false }
        return domain(in: token[token.index(after: at)...]) != nil
    }

    static func isURL(_ token: Substring) -> Bool {
        // Byte searches: a string argument to `contains` is Foundation's locale-aware search.
        guard token.utf8.contains(UInt8(ascii: ".")) else { return false }
        let lower = token.prefix(8).lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
            || (token.utf8.contains(UInt8(ascii: "/")) && domain(in: token) != nil)
    }
}
