/// A sentence as a half-open range of token indices.
struct Sentence: Sendable {
    var first: Int
    var end: Int
    var range: Range<Int> { first..<end }
}

/// Sentence boundaries: terminal punctuation that is not an abbreviation or an initial, and line
/// breaks, since a line without final punctuation (a headline, a subhead) stands alone. A line that
/// ends mid-phrase and continues in lowercase is one sentence wrapped, not two.
enum SentenceSplitter {
    /// Words whose following period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "gov",
        "sen", "rep", "rev", "st", "jr", "sr", "no", "nos", "vs", "inc", "co", "corp", "ltd", "dept", "est",
        "approx", "fig", "vol", "pp", "ca", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "mt", "ft",
        "rs",
    ]

    static let closers: Set<String> = ["\"", "\u{201D}", "'", ")", "]", "\u{00BB}"]

    static func split(_ tokens: [Token]) -> [Sentence] {
        var out: [Sentence] = []
        var first = 0
        var i = 0
        while i < tokens.count {
            var end: Int? = nil
            if endsSentence(tokens, at: i) {
                var j = i + 1
                while j < tokens.count, closers.contains(tokens[j].lower), !tokens[j].spaceBefore { j += 1 }
                end = j
            } else if i + 1 < tokens.count, tokens[i + 1].newlinesBefore > 0,
                      lineBreakEnds(tokens, before: i + 1) {
                end = i + 1
            }
            if let end {
                out.append(Sentence(first: first, end: end))
                first = end
                i = end
            } else {
                i += 1
            }
        }
        if first < tokens.count { out.append(Sentence(first: first, end: tokens.count)) }
        return out
    }

    private static func endsSentence(_ t: [Token], at i: Int) -> Bool {
        let mark = t[i].lower
        guard mark == "." || mark == "!" || mark == "?" || mark == "\u{2026}" else { return false }
        guard i + 1 < t.count else { return true }
        let next = t[i + 1]
        if next.kind == .word, !next.isCapitalized, next.newlinesBefore == 0 { return false }
        if mark == ".", i > 0, t[i - 1].kind == .word, !t[i].spaceBefore {
            let prev = t[i - 1]
            if abbreviations.contains(prev.lower) { return next.newlinesBefore > 0 }
            // A single capital is an initial ("N. Korean", "John F. Kennedy").
            if prev.text.unicodeScalars.count == 1, prev.isCapitalized { return next.newlinesBefore > 0 }
        }
        return true
    }

    /// A blank line always separates; a single break separates unless the text plainly runs on
    /// (the next line starts in lowercase after a line without final punctuation).
    private static func lineBreakEnds(_ t: [Token], before j: Int) -> Bool {
        if t[j].newlinesBefore > 1 { return true }
        let next = t[j]
        if next.kind == .word, !next.isCapitalized {
            let last = t[j - 1].lower
            return last == ":" || last == "." || last == "!" || last == "?"
        }
        return true
    }
}
