/// Splits text into words, numbers and punctuation over Unicode scalars, so every span is a
/// scalar offset as `Claim` promises. One pass, no backtracking beyond a few scalars.
enum Tokenizer {
    static func tokens(_ s: [Unicode.Scalar]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(s.count / 4)
        var i = 0
        var space = true
        var newlines = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c.properties.isWhitespace {
                space = true
                if c == "\n" || c == "\u{2028}" || c == "\u{2029}" { newlines += 1 }
                i += 1
                continue
            }
            let start = i
            var kind: TokenKind
            if space, let end = opaqueRunEnd(s, from: i) {
                kind = .opaque
                i = end
            } else if isDigit(c) {
                kind = .number
                i = numberEnd(s, from: i, dots: &kind)
            } else if isLetter(c) {
                kind = .word
                i = wordEnd(s, from: i)
            } else if isApostrophe(c), i + 1 < n, s[i + 1] == "s" || s[i + 1] == "S",
                      i + 2 >= n || !isLetter(s[i + 2]), !out.isEmpty, !space {
                // Possessive "'s" split from its noun: "Russia’s" -> "Russia", "'s".
                kind = .word
                i += 2
            } else {
                kind = .punct
                i += 1
            }
            let text = String(String.UnicodeScalarView(s[start..<i]))
            out.append(Token(kind: kind, text: text, lower: fold(text), start: start, end: i,
                             spaceBefore: space, newlinesBefore: newlines,
                             isCapitalized: c.properties.isUppercase))
            space = false
            newlines = 0
        }
        return out
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic && !isDigit(c) }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

    static func fold(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// Digits with "," / "." between digit groups: "12,000", "1.6". Two or more dots make it a
    /// date or a version number, which the grammar must not read as a quantity.
    private static func numberEnd(_ s: [Unicode.Scalar], from start: Int, dots kind: inout TokenKind) -> Int {
        var i = start
        var dotCount = 0
        while i < s.count {
            if isDigit(s[i]) { i += 1; continue }
            if (s[i] == "," || s[i] == "."), i + 1 < s.count, isDigit(s[i + 1]) {
                if s[i] == "." { dotCount += 1 }
                i += 1
                continue
            }
            break
        }
        if dotCount > 1 { kind = .opaque }
        return i
    }

    /// Letters, with an apostrophe inside ("don't") but not a possessive "'s", and dotted
    /// initialisms kept whole ("U.S.", "a.m.") so they neither end sentences nor split.
    private static func wordEnd(_ s: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        let n = s.count
        if i + 3 < n, s[i + 1] == ".", isLetter(s[i + 2]), s[i + 3] == "." {
            i += 4
            while i + 1 < n, isLetter(s[i]), s[i + 1] == "." { i += 2 }
            return i
        }
        while i < n {
            if isLetter(s[i]) || s[i].properties.generalCategory == .nonspacingMark { i += 1; continue }
            if isApostrophe(s[i]), i + 1 < n, isLetter(s[i + 1]) {
                let possessive = (s[i + 1] == "s" || s[i + 1] == "S") && (i + 2 >= n || !isLetter(s[i + 2]))
                if possessive { break }
                i += 1
                continue
            }
            break
        }
        return i
    }

    /// A URL or e-mail address runs to the next whitespace (less trailing sentence punctuation).
    /// Only asked at the start of a whitespace-delimited run, so the scan stays linear.
    private static func opaqueRunEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        var hasAt = false
        while end < s.count, !s[end].properties.isWhitespace {
            if s[end] == "@" { hasAt = true }
            end += 1
        }
        guard end - start > 4 else { return nil }
        let head = String(String.UnicodeScalarView(s[start..<min(end, start + 8)])).lowercased()
        guard hasAt || head.hasPrefix("http://") || head.hasPrefix("https://") || head.hasPrefix("www.") else {
            return nil
        }
        while end > start + 1, ".,;:!?)\"\u{201D}".unicodeScalars.contains(s[end - 1]) { end -= 1 }
        return end
    }
}
