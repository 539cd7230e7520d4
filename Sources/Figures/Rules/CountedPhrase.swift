/// The noun phrase that says what a number counts, read from the tokens around it.
struct CountedPhrase: Sendable {
    /// Token span of the phrase as written (an "of" complement included).
    var first: Int
    var end: Int
    var head: Int
    var cls: CountedClass?
    /// The head is a generic word for people ("people", "civilians"): what happened to them decides.
    var personHead: Bool
    /// A country named inside the phrase ("North Korean special forces", "Pakistan's floods").
    var place: Place?
    /// An organisation named as possessor ("Acme's revenue").
    var organisation: String?
}

/// Reads counted noun phrases: right of the number ("12,000 North Korean soldiers", "two brigades
/// of North Korean military personnel"), or left of a level verb ("casualties have surpassed 500,000",
/// "the death toll rose to 45").
enum CountedPhrases {
    /// Nouns ending in -ed/-ing that are not verb forms.
    static let nounsLikeVerbs: Set<String> = [
        "hundred", "funding", "housing", "building", "training", "spending", "wedding", "offspring",
        "shipping", "bombing", "shooting", "landing", "fighting", "killing", "clothing", "bedding", "seed",
    ]

    static func isVerbLike(_ w: String) -> Bool {
        guard w.count > 4, !nounsLikeVerbs.contains(w) else { return false }
        return w.hasSuffix("ed") || w.hasSuffix("ing")
    }

    /// Adjectives of extent after a measure: "40 km long", "3 metres deep".
    static let dimensions: Set<String> = ["long", "wide", "high", "deep", "tall", "thick", "away", "apart", "across"]

    /// A verb that says what happened to the things counted ("died", "rose", "were sent"): it ends
    /// the noun phrase even when it does not look like a verb.
    static func isPredicate(_ t: [Token], _ j: Int, limit: Int) -> Bool {
        let w = t[j].lower
        return Predicates.outcomes.match(t, at: j, limit: limit) != nil || Predicates.changeVerbs.contains(w)
            || Predicates.levelVerbs.contains(w) || Predicates.aspects.match(t, at: j, limit: limit) != nil
    }

    /// "last month", "this week": a time after the number is not what it counts.
    static func isTimeWord(_ t: Token) -> Bool {
        TimeWords.durations.contains(t.lower) || TimeWords.isMonth(t) || TimeWords.weekdays.contains(t.lower)
    }

    static func isAllCaps(_ t: Token) -> Bool { t.text.count > 1 && t.text.uppercased() == t.text }

    /// A word that can sit inside a noun phrase: not a closed-class word (unless it is part of a name).
    static func isPhraseWord(_ t: Token) -> Bool {
        guard t.kind == .word, t.lower != "'s" else { return false }
        if isAllCaps(t) { return true }
        return !FunctionWords.endsPhrase(t) && !TimeWords.isMonth(t)
            && (t.isCapitalized || !t.flags.contains(.reportingVerb))
    }

    /// The phrase right after a number (and its unit), or nil when none follows.
    static func right(_ t: [Token], from start: Int, limit: Int) -> CountedPhrase? {
        var j = start
        // "12 more victims", "7 additional cases": the addition is read elsewhere, the noun here.
        if j + 1 < limit, ["more", "additional", "further", "extra"].contains(t[j].lower), t[j + 1].kind == .word,
           t[j + 1].lower != "than" {
            j += 1
        }
        if j + 1 < limit, t[j].lower == "-", t[j].isAttached, t[j + 1].kind == .word, t[j + 1].isAttached {
            j += t[j + 1].lower == "strong" ? 2 : 1
        }
        if j < limit, t[j].lower == "of" {
            j += 1
            while j < limit, FunctionWords.determiners.contains(t[j].lower) { j += 1 }
            // "187 of the 360 seats": the part counts the whole's noun.
            if j < limit, t[j].kind == .number {
                j += 1
                if j < limit, NumberWords.scales[t[j].lower] != nil { j += 1 }
            }
        }
        let first = j
        // "107 requiring hospitalization": an outcome right after the number is no noun phrase.
        if j < limit, !t[j].isCapitalized, Predicates.outcomes.match(t, at: j, limit: limit) != nil,
           CountedNouns.classes.match(t, at: j, limit: limit) == nil {
            return nil
        }
        let words = nounRun(t, from: &j, limit: limit, allowVerbHead: true)
        guard let head = words.last, !isTimeWord(t[head]) else { return nil }
        var end = head + 1
        // An "of" complement names whose or of what: "brigades of North Korean military personnel".
        if end < limit, t[end].lower == "of" {
            var k = end + 1
            while k < limit, FunctionWords.determiners.contains(t[k].lower) { k += 1 }
            let complement = nounRun(t, from: &k, limit: limit, allowVerbHead: false)
            if let last = complement.last { end = last + 1 }
        }
        return classify(t, first: first, end: end, head: head)
    }

    /// Consecutive noun-phrase words from `j`, at most six; hyphenated compounds stay whole.
    private static func nounRun(_ t: [Token], from j: inout Int, limit: Int, allowVerbHead: Bool) -> [Int] {
        var words: [Int] = []
        while j < limit, words.count < 6 {
            let tok = t[j]
            if tok.lower == "-", !words.isEmpty, tok.isAttached, j + 1 < limit, t[j + 1].kind == .word,
               t[j + 1].isAttached {
                j += 1
                continue
            }
            // "5 states", "3 reports": right after a number a reporting verb's form is a noun.
            let nounFirst = words.isEmpty && tok.kind == .word && tok.flags.contains(.reportingVerb)
            // "laboratory-confirmed cases", "storm-related deaths": a participle glued by a hyphen modifies.
            let hyphenated = !words.isEmpty && j > 0 && t[j - 1].lower == "-" && tok.isAttached && tok.kind == .word
            // "2,103 laboratory confirmed cases": a participle between two nouns is a modifier, even a
            // reporting verb's.
            let participleBetween = !words.isEmpty && isVerbLike(tok.lower) && !tok.isCapitalized && j + 1 < limit
                && t[j + 1].kind == .word && CountedNouns.classes.match(t, at: j + 1, limit: limit) != nil
            guard isPhraseWord(tok) || nounFirst || hyphenated || participleBetween, !dimensions.contains(tok.lower),
                  !isTimeWord(tok) else { break }
            // "iPhones last year": a time phrase ends the noun phrase.
            if ["last", "next", "this", "past", "coming"].contains(tok.lower), j + 1 < limit, isTimeWord(t[j + 1]) { break }
            if !hyphenated, !words.isEmpty, !tok.isCapitalized, isPredicate(t, j, limit: limit) || Predicates.commonVerbs.contains(tok.lower) { break }
            if !hyphenated, isVerbLike(tok.lower), !tok.isCapitalized {
                let known = CountedNouns.classes.match(t, at: j, limit: limit) != nil
                if words.isEmpty, allowVerbHead, known {
                    words.append(j)
                    j += 1
                    break
                }
                // A participle before a noun is a modifier ("confirmed cases", "guided missiles"); after
                // a plural noun it is the verb ("polling stations opened late").
                let nextIsNoun = j + 1 < limit && isPhraseWord(t[j + 1]) && !isVerbLike(t[j + 1].lower)
                let afterPlural = words.last.map { CountedNouns.looksPlural(t[$0].lower) } ?? false
                if !nextIsNoun || afterPlural || words.last.map({ isVerbLike(t[$0].lower) }) == true { break }
            }
            words.append(j)
            j += 1
        }
        return words
    }

    /// Prepositions that end the head of a left-hand phrase: "toll" in "death toll from the floods".
    static let headEnders: Set<String> = ["of", "from", "in", "at", "for", "among"]

    /// The phrase before a level or change verb: "Russian military casualties have reportedly
    /// surpassed 500,000", "Inflation in Turkey rose to 85%", "the death toll, once put at 93, has
    /// now surged to 115", "a death toll that has tragically risen to 140", "bringing the total
    /// number of fatalities to 139".
    static func left(_ t: [Token], before start: Int, floor: Int, hedge: String?) -> CountedPhrase? {
        var j = start - 1
        var sawVerb = hedge.map { Predicates.levelVerbs.contains($0) || Predicates.levelHedges.contains($0) } ?? false
        var skipped = 0
        while j >= floor, skipped < 12 {
            let w = t[j].lower
            // An earlier figure's unit on the way back: "by 50 basis points to 5.25%".
            if let unit = Units.after.match(t, endingBefore: j + 1, floor: floor), t[j].kind == .word {
                j = unit.start - 1
                skipped += 1
                continue
            }
            if Predicates.levelVerbs.contains(w) || Predicates.changeVerbs.contains(w) || w == "by" {
                // "rate by 50 points": what changed stands before "by" too.
                sawVerb = true
            } else if sawVerb, w == "that" || w == "which" {
                // "a death toll that has now reached 140": the relative pronoun's antecedent.
            } else if sawVerb, w == ",", let open = parentheticalStart(t, closingAt: j, floor: floor) {
                // "The death toll, once reported at 93, has now surged to 115".
                j = open - 1
                skipped += 1
                continue
            } else if !(FunctionWords.auxiliaries.contains(w) || FunctionWords.adverbs.contains(w) || isAdverb(t[j])
                        || w == "by" || w == "at" || w == "from" || w == "to" || w == "%" || w == "another" || w == "further"
                        || t[j].kind == .number || Units.currencySymbols[w] != nil) {
                break
            }
            j -= 1
            skipped += 1
        }
        // "bringing the total number of fatalities to 139": the object of a verb that moves it.
        if !sawVerb, j >= floor, start - 1 >= floor, t[start - 1].lower == "to" || j < start - 1 && t[j + 1].lower == "to",
           let mover = movedObjectStart(t, endingAt: j, floor: floor) {
            sawVerb = mover <= j
        }
        guard sawVerb, j >= floor else { return nil }
        let phrase = nounPhrase(t, endingAt: j, floor: floor)
        if let phrase, phrase.personHead || phrase.cls.map({ CountedNouns.contains($0.name) }) == true { return phrase }
        // "The death toll from the earthquake that struck the Al Haouz region, ..., has risen to
        // 632", "Death toll from the floods triggered by the rains have crossed 1,000": past a
        // relative clause or a modifier, the sentence's subject, if it is a known counted noun and
        // no other verb of level stands between it and the number.
        // "The toll rose to 4,300 and could reach 10,000": a second verb shares the subject.
        // "The death toll earlier was 20, which increased to 73": the relative clause's antecedent.
        let coordinated = t[j].lower == "and" || t[j].lower == "but"
            || t[j].lower == "," && j + 1 < start && ["which", "that"].contains(t[j + 1].lower)
        guard start - floor <= OwnerRules.reach, let subject = sentenceSubject(t, floor: floor, before: start),
              let cls = subject.cls, CountedNouns.contains(cls.name),
              coordinated || !t[subject.end..<(j + 1)].contains(where: { $0.kind == .number || Predicates.levelVerbs.contains($0.lower)
                  || Predicates.changeVerbs.contains($0.lower) }) else { return phrase }
        return subject
    }

    /// The noun phrase opening the sentence ("The death toll from the earthquake ..." -> "death toll").
    private static func sentenceSubject(_ t: [Token], floor: Int, before limit: Int) -> CountedPhrase? {
        var k = floor
        while k < limit, t[k].kind == .punct || FunctionWords.determiners.contains(t[k].lower) { k += 1 }
        var j = k
        let words = nounRun(t, from: &j, limit: limit, allowVerbHead: false)
        guard let head = words.last else { return nil }
        return classify(t, first: k, end: head + 1, head: head)
    }

    /// The noun phrase that ends at token `j`, read leftwards: "Russian military casualties",
    /// "the total number of fatalities", "death toll from the floods".
    private static func nounPhrase(_ t: [Token], endingAt j: Int, floor: Int) -> CountedPhrase? {
        let end = j + 1
        var k = j
        var count = 0
        while k >= floor, count < 8 {
            let tok = t[k]
            let w = tok.lower
            let joins = w == "'s" || headEnders.contains(w) || (w == "-" && tok.isAttached)
                || (w == "." && k > floor && t[k - 1].text.count == 1)
            if !joins {
                guard tok.kind == .word, !FunctionWords.conjunctions.contains(w),
                      tok.isCapitalized || !AttributionWords.verbs.contains(w),
                      !FunctionWords.pronouns.contains(w) || isAllCaps(tok) else { break }
                if FunctionWords.determiners.contains(w), !(k - 1 >= floor && headEnders.contains(t[k - 1].lower)) {
                    k -= 1
                    break
                }
            }
            k -= 1
            count += 1
        }
        var first = k + 1
        while first < end, !isPhraseWord(t[first]) { first += 1 }
        guard first < end else { return nil }
        // The head is the last noun before the first preposition: "toll" in "death toll from the floods".
        var head = end - 1
        for x in first..<end where headEnders.contains(t[x].lower) {
            head = x - 1
            break
        }
        guard head >= first, t[head].kind == .word, t[head].lower != "'s" else { return nil }
        var phrase = classify(t, first: first, end: end, head: head)
        // "Acme's revenue", "shares of Acme", "revenue at Acme": a named holder that is not a
        // country owns the figure.
        if phrase.place == nil {
            if first + 1 < end, t[first + 1].lower == "'s", t[first].isCapitalized {
                phrase.organisation = t[first].text
            } else if head + 2 < end + 1, head + 1 < end, headEnders.contains(t[head + 1].lower) {
                var k = head + 2
                var words: [String] = []
                while k < end, t[k].kind == .word, t[k].isCapitalized, t[k].lower != "'s" { words.append(t[k].text); k += 1 }
                if !words.isEmpty { phrase.organisation = words.joined(separator: " ") }
            }
        }
        return phrase.cls == nil && !phrase.personHead ? nil : phrase
    }

    /// Class of the phrase: the lexicon for known nouns, people heads refined later by the predicate,
    /// "the number of X" counting X, and otherwise the head noun itself.
    static func classify(_ t: [Token], first: Int, end: Int, head: Int) -> CountedPhrase {
        var phrase = CountedPhrase(first: first, end: end, head: head, cls: nil, personHead: false,
                                   place: places(t, first: first, end: end).first, organisation: nil)
        let headWord = t[head].lower
        if CountedNouns.containers.contains(headWord), head + 1 < end, t[head + 1].lower == "of" {
            var k = head + 2
            while k < end, FunctionWords.determiners.contains(t[k].lower) { k += 1 }
            var j = k
            let inner = nounRun(t, from: &j, limit: end, allowVerbHead: true)
            if let innerHead = inner.last {
                let innerPhrase = classify(t, first: k, end: innerHead + 1, head: innerHead)
                phrase.cls = innerPhrase.cls
                phrase.personHead = innerPhrase.personHead
                return phrase
            }
        }
        if let hit = CountedNouns.classes.match(t, endingBefore: head + 1, floor: first) {
            phrase.cls = hit.value
        }
        if CountedNouns.people.contains(headWord) {
            phrase.personHead = true
        } else if let place = phrase.place, place.form == .demonym, t[head].isCapitalized,
                  headWord.hasSuffix("s") {
            // "12,000 North Koreans": a plural demonym counts people of that country.
            phrase.personHead = true
        } else if phrase.cls == nil, !t[head].isCapitalized || capitalisedByPosition(t, head),
                  headWord.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }), headWord.count > 2 {
            phrase.cls = CountedClass(name: Slug.make(headWord), specific: nil)
        }
        return phrase
    }

    /// A capitalised common noun opening a sentence ("Prices fell") or in a title-case headline
    /// ("12,000 Troops") is still a common noun.
    static func capitalisedByPosition(_ t: [Token], _ i: Int) -> Bool {
        if i == 0 || t[i].newlinesBefore > 0 { return true }
        let p = t[i - 1]
        return p.lower == "." || p.lower == "!" || p.lower == "?" || p.kind == .number
            || p.isCapitalized && p.kind == .word
    }

    /// Words that move a figure named as their object: "bringing the toll to 139".
    static let movers: Set<String> = ["bringing", "brings", "brought", "bring", "taking", "takes", "took", "pushing",
                                      "pushed", "pushes", "raising", "raised", "raises", "lifting", "lifted", "revised",
                                      "revises", "revising", "revise", "lowered", "lowers", "lowering", "updated",
                                      "updates", "putting", "puts", "put", "increased", "increasing", "increases",
                                      "boosted", "boosting", "expanded", "expanding", "reduced", "reducing", "cut"]

    /// Whether a verb that moves its object to a figure stands within a few words before `end`.
    private static func movedObjectStart(_ t: [Token], endingAt end: Int, floor: Int) -> Int? {
        var k = end
        while k >= max(floor, end - 8) {
            if movers.contains(t[k].lower) { return k + 1 }
            if t[k].lower == "," || t[k].kind == .number { return nil }
            k -= 1
        }
        return nil
    }

    /// The comma opening a short parenthetical that closes at `j` (", once reported at 93,"), when
    /// a phrase stands before it.
    private static func parentheticalStart(_ t: [Token], closingAt j: Int, floor: Int) -> Int? {
        var k = j - 1
        while k >= max(floor + 1, j - 10) {
            if t[k].lower == "," { return k }
            if t[k].lower == ";" || t[k].lower == "." { return nil }
            k -= 1
        }
        return nil
    }

    /// Nouns that end in "-ly" and are not adverbs.
    static let lyNouns: Set<String> = [
        "family", "assembly", "supply", "monopoly", "anomaly", "butterfly", "rally", "ally", "reply", "jelly",
        "belly", "bully", "lily", "poly", "homily", "melancholy", "folly", "gully", "dolly", "tally", "holly",
    ]

    /// A manner or sentence adverb ("tragically", "sharply") that may sit inside a verb group.
    static func isAdverb(_ tok: Token) -> Bool {
        tok.kind == .word && !tok.isCapitalized && tok.lower.hasSuffix("ly") && tok.lower.count >= 5
            && !lyNouns.contains(tok.lower)
    }

    /// Every country named in tokens[first..<end], in order.
    static func places(_ t: [Token], first: Int, end: Int) -> [Place] {
        var out: [Place] = []
        var k = first
        while k < end {
            if let hit = Gazetteer.match(t, at: k, limit: end) {
                out.append(hit.place)
                k = hit.end
            } else {
                k += 1
            }
        }
        return out
    }
}
