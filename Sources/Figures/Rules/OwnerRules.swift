/// Whose figure it is when the counted phrase does not say: the subject of the clause
/// ("North Korea is preparing to send around 10,000 soldiers"), else the nearest country named
/// before the number in the sentence ("deployment of North Korean ground forces, with about 12,000").
enum OwnerRules {
    /// How far back a clause or an owner is looked for; keeps long run-on "sentences" linear.
    static let reach = 60

    /// Prepositions whose object is a destination or a location, not an owner.
    static let placePrepositions: Set<String> = [
        "to", "in", "into", "at", "from", "against", "alongside", "for", "with", "near", "inside", "across",
        "toward", "towards", "on", "over", "by",
    ]

    /// The start of the clause that holds token `i`: after "that"/"whether"/";"/":" or the sentence start,
    /// past a fronted adverbial ("As of June 2024,", "On Tuesday,") and opening quotes.
    static func clauseStart(_ t: [Token], before i: Int, sentence r: Range<Int>) -> Int {
        let floor = max(r.lowerBound, i - reach)
        var s = i - 1
        while s >= floor {
            let w = t[s].lower
            if w == "that" || w == "whether" || w == ";" || w == ":" || w == "while" || w == "whereas" || w == "but" { break }
            // "..., after 78% of the votes had been tallied": a subordinate clause has its own subject.
            if Self.subordinators.contains(w) { break }
            // "Smith had 1,234,567 votes and Jones had 1,100,200": "and" before a name and its verb
            // opens a clause of its own.
            if w == "and", s + 2 < i, t[s + 1].isCapitalized, startsClause(t, s + 2, before: i) { break }
            s -= 1
        }
        var k = max(s + 1, floor)
        if s < r.lowerBound, k < i, FunctionWords.prepositions.contains(t[k].lower) {
            var c = k
            while c < i, t[c].lower != "," { c += 1 }
            if c < i { k = c + 1 }
        }
        while k < i, t[k].kind == .punct { k += 1 }
        return k
    }

    /// Just past a fronted adverbial clause ("As 98.8% of the votes were counted, ...", "After the
    /// blast, ..."): the sentence's first comma when the sentence opens with a preposition or a
    /// subordinator and the comma comes before `i`; else the sentence start.
    static func frontedClauseEnd(_ t: [Token], sentence r: Range<Int>, before i: Int) -> Int {
        guard r.lowerBound < i, FunctionWords.prepositions.contains(t[r.lowerBound].lower) || subordinators.contains(t[r.lowerBound].lower)
        else { return r.lowerBound }
        var k = r.lowerBound + 1
        while k < i, k < r.lowerBound + reach, t[k].lower != "," { k += 1 }
        return k < i && t[k].lower == "," ? k + 1 : r.lowerBound
    }

    static let subordinators: Set<String> = ["after", "when", "because", "although", "though", "until", "unless", "before"]

    /// Whether a verb follows a name within two words: "and Jones had", "and Acme's shares fell".
    private static func startsClause(_ t: [Token], _ j: Int, before i: Int) -> Bool {
        var k = j
        while k < min(i, j + 3) {
            let tok = t[k]
            if tok.flags.contains(.auxiliary) || tok.flags.contains(.reportingVerb) || Predicates.commonVerbs.contains(tok.lower)
                || Predicates.levelVerbs.contains(tok.lower) || ["had", "has", "won", "got", "received", "polled", "garnered"].contains(tok.lower) {
                return true
            }
            guard tok.kind == .word, tok.isCapitalized || tok.lower == "'s" else { return false }
            k += 1
        }
        return false
    }

    /// A country (or an organisation) that opens the clause as its subject, unless it is the
    /// speaker of a reporting verb ("Seoul said 10,000 ...": Seoul is the claimant, not the owner).
    /// `names` holds words the article capitalises mid-sentence, so a one-word name opening the
    /// sentence ("Acme is cutting ...") is known for a name and not a capitalised common noun.
    /// With `speakers`, the subject counts even when it is the speaker ("Acme said it would cut
    /// 1,200 jobs"): the last resort before the article's main country.
    static func clauseSubject(_ t: [Token], before i: Int, sentence r: Range<Int>,
                              names: Set<String> = [], speakers: Bool = false) -> (place: Place?, organisation: String?) {
        var k = clauseStart(t, before: i, sentence: r)
        while k < i, FunctionWords.determiners.contains(t[k].lower), !t[k].isCapitalized || k == r.lowerBound { k += 1 }
        guard k < i else { return (nil, nil) }
        if let hit = Gazetteer.match(t, at: k, limit: i) {
            var after = hit.end
            if after < i, t[after].lower == "'s" { after += 1 }
            if !speakers, isReportingVerbAt(t, after, limit: i) { return (nil, nil) }
            return (hit.place, nil)
        }
        // An organisation: a capitalised run that is plainly a name (several words, or a possessive).
        var e = k
        while e < i, t[e].kind == .word, t[e].isCapitalized, t[e].lower != "'s" { e += 1 }
        let possessive = e < i && t[e].lower == "'s"
        // As a last resort a lone opening word before a verb is taken for a name ("Apple sold ..."),
        // unless it reads as a plural common noun ("Officials said", "Prices fell").
        let loneName = speakers && e == k + 1 && !t[k].flags.contains(.anonymousHead)
            && !CountedNouns.looksPlural(t[k].lower) && e < i && startsVerb(t[e])
        let knownName = names.contains(t[k].lower) || loneName
            || speakers && !t[k].flags.contains(.anonymousHead) && isReportingVerbAt(t, e, limit: i)
        guard e > k, possessive || e - k >= 2 || k > r.lowerBound || knownName else { return (nil, nil) }
        if !speakers, isReportingVerbAt(t, possessive ? e + 1 : e, limit: i) { return (nil, nil) }
        let words = t[k..<e].map(\.lower)
        if words.contains(where: { AttributionWords.titles.contains($0) || FunctionWords.endsPhrase($0) }) {
            return (nil, nil)
        }
        return (nil, t[k..<e].map(\.text).joined(separator: " "))
    }

    private static func startsVerb(_ tok: Token) -> Bool {
        tok.flags.contains(.auxiliary) || tok.flags.contains(.reportingVerb) || CountedPhrases.isVerbLike(tok.lower)
            || Predicates.commonVerbs.contains(tok.lower) || tok.flags.contains(.aspectFirst)
            || tok.flags.contains(.outcomeFirst)
    }

    static func isReportingVerbAt(_ t: [Token], _ j: Int, limit: Int) -> Bool {
        var j = j
        while j < limit, AttributionWords.fillers.contains(t[j].lower) { j += 1 }
        return j < limit && (AttributionWords.verbs.contains(t[j].lower) || AttributionWords.participles.contains(t[j].lower))
    }

    /// The nearest country named before token `i` in the sentence that is not the object of a
    /// place preposition ("to Ukraine", "in Seoul").
    static func nearestBefore(_ t: [Token], before i: Int, sentence r: Range<Int>) -> Place? {
        var k = i - 1
        while k >= max(r.lowerBound, i - reach) {
            if t[k].kind == .word, t[k].isCapitalized, let hit = Gazetteer.match(t, at: k, limit: i) {
                let governed = k > r.lowerBound && placePrepositions.contains(t[k - 1].lower)
                    || k > r.lowerBound + 1 && FunctionWords.determiners.contains(t[k - 1].lower)
                    && placePrepositions.contains(t[k - 2].lower)
                if !governed { return hit.place }
            }
            k -= 1
        }
        return nil
    }
}
