/// Who a sentence says is speaking, before resolution against the rest of the article.
struct Attribution: Sendable, Equatable {
    enum Kind: Sendable { case person, organisation, unnamed, pronoun }
    var kind: Kind
    /// The name with titles stripped ("Volodymyr Zelenskyy", "National Intelligence Service"), or the
    /// phrase as written for an unnamed source ("a South Korean government official").
    var text: String
    /// The speaker's object points back at the previous sentence ("... disclosed this information").
    var refersBack = false
}

/// Attribution forms: "X's statement that", "according to X", "X said" / "said X", "X, ..., has
/// confirmed that", "X ... but said", "X ..., stating that", "citing X".
enum AttributionRules {
    /// An attribution and the token it hangs on (the reporting verb, "according", the statement noun).
    struct Anchored: Sendable {
        var anchor: Int
        var attribution: Attribution
    }

    /// The sentence's main attribution: a possessive statement, then a speaker of a reporting verb,
    /// then "according to" (in "According to X, Y said ...", Y speaks and X relays).
    static func find(_ t: [Token], sentence r: Range<Int>, text s: [Unicode.Scalar]) -> Attribution? {
        findAll(t, sentence: r, text: s).first?.attribution
    }

    /// Every attribution in the sentence, main one first, so each figure can take the nearest.
    static func findAll(_ t: [Token], sentence r: Range<Int>, text s: [Unicode.Scalar]) -> [Anchored] {
        var out: [Anchored] = []
        for k in r where t[k].flags.contains(.statementNoun) {
            if k - 2 >= r.lowerBound, t[k - 1].lower == "'s", let np = leftPhrase(t, endingAt: k - 2, floor: r.lowerBound),
               let a = classify(t, np, s) {
                out.append(Anchored(anchor: k, attribution: a))
            }
        }
        for k in r where t[k].kind == .word {
            let w = t[k].lower
            let flags = t[k].flags
            var found: Attribution? = nil
            if flags.contains(.reportingVerb), !t[k].isCapitalized || k == r.lowerBound {
                found = speaker(of: k, t, r, s)
                found?.refersBack = pointsBack(t, after: k, limit: r.upperBound)
            } else if w == "citing", let np = rightPhrase(t, from: k + 1, limit: r.upperBound) {
                found = classify(t, source(in: np, t), s)
            } else if flags.contains(.participle), let np = subject(t, sentence: r) {
                found = classify(t, np, s)
            }
            if let found { out.append(Anchored(anchor: k, attribution: found)) }
        }
        for k in r where t[k].lower == "according" && k + 2 < r.upperBound && t[k + 1].lower == "to" {
            if let np = rightPhrase(t, from: k + 2, limit: r.upperBound), let a = classify(t, source(in: np, t), s) {
                out.append(Anchored(anchor: k, attribution: a))
            }
        }
        return out
    }

    /// The attribution that governs token `i`: the nearest before it, else the nearest after it,
    /// never across a semicolon.
    static func nearest(_ all: [Anchored], to i: Int, _ t: [Token]) -> Anchored? {
        let reachable = all.filter { a in
            let span = a.anchor < i ? a.anchor..<i : i..<a.anchor
            return !t[span].contains { $0.lower == ";" }
        }
        return reachable.filter { $0.anchor < i }.max { $0.anchor < $1.anchor }
            ?? reachable.filter { $0.anchor > i }.min { $0.anchor < $1.anchor }
    }

    /// Objects that refer to what the previous sentence said.
    static let backReferences: Set<String> = [
        "information", "figure", "figures", "estimate", "estimates", "number", "numbers", "data", "assessment",
        "details", "findings", "intelligence", "report",
    ]

    private static func pointsBack(_ t: [Token], after k: Int, limit: Int) -> Bool {
        guard k + 2 < limit, ["this", "these", "the", "those"].contains(t[k + 1].lower) else { return false }
        return backReferences.contains(t[k + 2].lower)
    }

    /// The speaker of the reporting verb at `k`: before it ("Zelenskyy has said"), after it
    /// ("said Jeon Ha-kyou"), or the sentence subject when a conjunction intervenes ("... but said").
    private static func speaker(of k: Int, _ t: [Token], _ r: Range<Int>, _ s: [Unicode.Scalar]) -> Attribution? {
        var j = k - 1
        while j >= r.lowerBound, AttributionWords.fillers.contains(t[j].lower) { j -= 1 }
        if j >= r.lowerBound, t[j].lower == ",", j - 1 >= r.lowerBound, t[j - 1].isCapitalized,
           k - 1 > j { j -= 1 }
        if j >= r.lowerBound, t[j].lower == "and" || t[j].lower == "but" {
            return subject(t, sentence: r).flatMap { classify(t, $0, s) }
        }
        if j >= r.lowerBound, t[j].kind == .word, let np = leftPhrase(t, endingAt: j, floor: r.lowerBound) {
            return classify(t, np, s)
        }
        if k + 1 < r.upperBound, let np = rightPhrase(t, from: k + 1, limit: r.upperBound) {
            return classify(t, np, s)
        }
        return nil
    }

    /// Tokens of a speaker phrase ending at `j`, read leftwards to a clause boundary.
    static func leftPhrase(_ t: [Token], endingAt j: Int, floor: Int) -> Range<Int>? {
        var k = j
        while k >= floor, j - k < 10 {
            let tok = t[k]
            let w = tok.lower
            let inner = w == "'s" || w == "." && k > floor && t[k - 1].text.count == 1
                || w == "-" && tok.isAttached
                || (w == "of" || w == "to" || w == "for") && k < j && (t[k + 1].isCapitalized || t[k + 1].lower == "the")
            if !inner {
                guard tok.kind == .word, tok.flags.isDisjoint(with: [.conjunction, .reportingVerb]),
                      !tok.flags.contains(.preposition) || tok.isCapitalized && k == floor else { break }
            }
            k -= 1
        }
        let first = k + 1
        return first <= j ? first..<(j + 1) : nil
    }

    /// Tokens of a speaker phrase starting at `j`, read rightwards to a comma or a preposition.
    static func rightPhrase(_ t: [Token], from j: Int, limit: Int) -> Range<Int>? {
        var k = j
        while k < limit, k - j < 8 {
            let tok = t[k]
            let w = tok.lower
            let inner = w == "'s" || w == "-" && tok.isAttached || w == "." && k > j && t[k - 1].text.count == 1
            if !inner {
                guard tok.kind == .word, tok.flags.isDisjoint(with: [.conjunction, .reportingVerb]),
                      !tok.flags.contains(.preposition) || w == "of" && k > j else { break }
            }
            k += 1
        }
        while k > j, t[k - 1].lower == "of" { k -= 1 }
        return k > j ? j..<k : nil
    }

    /// The subject of the sentence: the first phrase after a fronted adverbial ("On Tuesday,").
    static func subject(_ t: [Token], sentence r: Range<Int>) -> Range<Int>? {
        var k = r.lowerBound
        if k < r.upperBound, FunctionWords.prepositions.contains(t[k].lower) {
            while k < r.upperBound, t[k].lower != "," { k += 1 }
            k += 1
        }
        while k < r.upperBound, t[k].kind == .punct { k += 1 }
        let first = k
        while k < r.upperBound {
            let tok = t[k]
            let inner = tok.lower == "." && k > first && t[k - 1].text.count <= 3 || tok.lower == "-" && tok.isAttached
                || tok.lower == "'s"
            guard inner || tok.kind == .word && (tok.isCapitalized || AttributionWords.titles.contains(tok.lower)
                                                 || k > first && t[k - 1].lower == "-") else { break }
            k += 1
        }
        return k > first ? first..<k : nil
    }

    /// "a report from Yonhap" -> "Yonhap": the named source inside a phrase about a document.
    private static func source(in np: Range<Int>, _ t: [Token]) -> Range<Int> {
        for k in np where (t[k].lower == "from" || t[k].lower == "by" || t[k].lower == "of") && k + 1 < np.upperBound
            && k > np.lowerBound && AttributionWords.statementNouns.contains(t[k - 1].lower) {
            // "a report from Yonhap", "an updated report of the Interior ministry".
            var first = k + 1
            if first + 1 < np.upperBound, t[first].lower == "the" { first += 1 }
            if t[first].isCapitalized { return first..<np.upperBound }
        }
        return np
    }

    /// Sorts a speaker phrase into a person (titles dropped), an organisation, an unnamed source or
    /// a pronoun.
    static func classify(_ t: [Token], _ np: Range<Int>, _ s: [Unicode.Scalar]) -> Attribution? {
        let words = np.filter { t[$0].kind == .word && t[$0].lower != "'s" }
        guard let lastIndex = words.last else { return nil }
        let last = t[lastIndex].lower
        if words.count == 1, AttributionWords.personalPronouns.contains(last) {
            return Attribution(kind: .pronoun, text: last)
        }
        if words.count == 1, FunctionWords.pronouns.contains(last) { return nil }
        // An organisation is named (capitalised) and has an organisation word: "the Ministry of Health",
        // "Yonhap News Agency"; "the company" is an unnamed source.
        let named = words.contains { t[$0].isCapitalized && !t[$0].flags.contains(.determiner) }
        let orgWord = words.contains { t[$0].flags.contains(.organisationWord) && ($0 == lastIndex || t[$0].isCapitalized) }
        if orgWord, !named {
            return Attribution(kind: .unnamed, text: text(t, np, s))
        }
        if orgWord {
            // Drop determiners and a common-noun possessor ("The country's").
            var first = np.lowerBound
            if let poss = np.first(where: { t[$0].lower == "'s" }), poss > first,
               !t[first..<poss].contains(where: { $0.kind == .word && $0.isCapitalized && !FunctionWords.determiners.contains($0.lower) }) {
                first = poss + 1
            }
            while first < np.upperBound, FunctionWords.determiners.contains(t[first].lower) { first += 1 }
            guard first < np.upperBound else { return nil }
            return Attribution(kind: .organisation, text: text(t, first..<np.upperBound, s))
        }
        // A country or capital speaking for its government: "Kyiv says", "Russia claims".
        if let place = Gazetteer.match(t, at: words[0], limit: np.upperBound), place.end == np.upperBound {
            return Attribution(kind: .organisation, text: text(t, words[0]..<np.upperBound, s))
        }
        // A person: the trailing run of capitalised words that are not titles or places.
        var k = np.upperBound - 1
        while k >= np.lowerBound {
            let tok = t[k]
            let compound = k > np.lowerBound && t[k - 1].lower == "-" && tok.isAttached
            if tok.lower == "-" && tok.isAttached { k -= 1; continue }
            guard tok.kind == .word, tok.isCapitalized || compound,
                  !tok.flags.contains(.title), !Gazetteer.covers(t, k) else { break }
            k -= 1
        }
        let run = (k + 1)..<np.upperBound
        if !run.isEmpty, !t[lastIndex].flags.contains(.anonymousHead) {
            return Attribution(kind: .person, text: text(t, run, s))
        }
        if t[lastIndex].flags.contains(.anonymousHead) {
            return Attribution(kind: .unnamed, text: text(t, np, s))
        }
        return nil
    }

    static func text(_ t: [Token], _ r: Range<Int>, _ s: [Unicode.Scalar]) -> String {
        Tokenizer.string(s, t[r.lowerBound].start, t[r.upperBound - 1].end)
    }
}
