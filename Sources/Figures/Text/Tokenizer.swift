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
            if isSpace(c) {
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
            } else if NumberText.isVulgarFraction(c) {
                kind = .number
                i += 1
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
            let text = string(s, start, i)
            // The minus sign (U+2212) and the figure dash read as a hyphen-minus.
            let lower = c == "\u{2212}" || c == "\u{2012}" ? "-" : fold(s, start, i, text)
            out.append(Token(kind: kind, text: text, lower: lower, start: start, end: i,
                             spaceBefore: space, newlinesBefore: newlines,
                             isCapitalized: c.value < 128 ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase,
                             flags: kind == .opaque ? [] : Lexicon.flags[lower] ?? []))
            space = false
            newlines = 0
        }
        canonicaliseNumbers(&out, s)
        return out
    }

    /// Number tokens get their plain decimal form as `lower` ("12,000" -> "12000"), read with the
    /// text's own convention for dots and commas (see `NumberText`); a malformed run becomes opaque.
    private static func canonicaliseNumbers(_ tokens: inout [Token], _ s: [Unicode.Scalar]) {
        var dotThousands = false
        var dotDecimal = false
        for t in tokens where t.kind == .number && !isDigitRun(t.text) {
            switch NumberText.evidence(t.text) {
            case .dotThousands: dotThousands = true
            case .dotDecimal: dotDecimal = true
            case .none: break
            }
        }
        let convention = dotThousands && !dotDecimal
        for k in tokens.indices where tokens[k].kind == .number {
            // A plain digit run ("2024", "300") is its own decimal form.
            if isDigitRun(tokens[k].text) { continue }
            if tokens[k].end - tokens[k].start == 1, let fraction = NumberText.vulgarFractions[s[tokens[k].start]] {
                tokens[k].lower = fraction
            } else if let plain = NumberText.canonical(tokens[k].text, dotThousands: convention) {
                tokens[k].lower = plain
            } else {
                tokens[k].kind = .opaque
            }
        }
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    private static func isDigitRun(_ text: String) -> Bool { text.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } }
    /// ASCII answers without the Unicode property tables: nearly every scalar is ASCII.
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 128 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }
    static func isApostrophe(_ c: Unicode.Scalar) -> Bool { c == "'" || c == "\u{2019}" }

    /// A string from scalars through UTF-8, which Swift builds without per-scalar work.
    static func string(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var capacity = 0
        for k in start..<end { capacity += UTF8.width(s[k]) }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var n = 0
            for k in start..<end {
                UTF8.encode(s[k]) { byte in
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }

    /// Lowercase with typographic apostrophes folded; ASCII (nearly every token) without Foundation.
    static func fold(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ text: String) -> String {
        var ascii = true
        var upper = false
        var apostrophe = false
        for k in start..<end {
            let v = s[k].value
            if v >= 128 { ascii = false; if v == 0x2019 { apostrophe = true } }
            if v >= 65 && v <= 90 { upper = true }
        }
        if ascii {
            guard upper else { return text }
            return String(unsafeUninitializedCapacity: end - start) { buffer in
                for k in start..<end {
                    let v = UInt8(s[k].value)
                    buffer[k - start] = v >= 65 && v <= 90 ? v + 32 : v
                }
                return end - start
            }
        }
        let lower = text.lowercased()
        guard apostrophe else { return lower }
        var view = String.UnicodeScalarView()
        for c in lower.unicodeScalars { view.append(c == "\u{2019}" ? "'" : c) }
        return String(view)
    }

    /// Digits with "," / "." between digit groups ("12,000", "1.6", "1.234.567"), and groups of three
    /// after a no-break or thin space ("10\u{202F}000"). Two or more dots that do not group thousands
    /// make it a date or a version number ("22.10.2024", "3.12.1"), which is never a quantity.
    private static func numberEnd(_ s: [Unicode.Scalar], from start: Int, dots kind: inout TokenKind) -> Int {
        var i = start
        var dotCount = 0
        var group = 0
        while i < s.count {
            if isDigit(s[i]) { i += 1; group += 1; continue }
            if (s[i] == "," || s[i] == "."), i + 1 < s.count, isDigit(s[i + 1]) {
                if s[i] == "." { dotCount += 1 }
                i += 1
                group = 0
                continue
            }
            if s[i] == "\u{00A0}" || s[i] == "\u{202F}" || s[i] == "\u{2009}", group <= 3, i + 3 < s.count,
               isDigit(s[i + 1]), isDigit(s[i + 2]), isDigit(s[i + 3]), i + 4 >= s.count || !isDigit(s[i + 4]) {
                i += 1
                group = 0
                continue
            }
            break
        }
        if dotCount > 1, NumberText.canonical(string(s, start, i), dotThousands: true) == nil { kind = .opaque }
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
            if isLetter(s[i]) || s[i].value >= 128 && s[i].properties.generalCategory == .nonspacingMark { i += 1; continue }
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

    private static func startsWith(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, _ prefix: String) -> Bool {
        var k = start
        for p in prefix.unicodeScalars {
            guard k < end else { return false }
            let v = s[k].value
            guard (v >= 65 && v <= 90 ? v + 32 : v) == p.value else { return false }
            k += 1
        }
        return true
    }

    /// A URL or e-mail address runs to the next whitespace (less trailing sentence punctuation).
    /// Only asked at the start of a whitespace-delimited run, so the scan stays linear.
    private static func opaqueRunEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        var hasAt = false
        while end < s.count, !isSpace(s[end]) {
            if s[end] == "@" { hasAt = true }
            end += 1
        }
        guard end - start > 4 else { return nil }
        guard hasAt || startsWith(s, start, end, "http://") || startsWith(s, start, end, "https://")
                || startsWith(s, start, end, "www.") else { return nil }
        while end > start + 1, ".,;:!?)\"\u{201D}".unicodeScalars.contains(s[end - 1]) { end -= 1 }
        return end
    }
}
