/// Every numeric claim in an article, as values.
///
/// One pass per document: tokenize, split sentences, gather document context (names, the main
/// country, where things are sent), then per sentence find number mentions with the number
/// grammar, drop the ones that are not claims, and read what each counts, whose it is, where,
/// who says so, and its key.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// Every numeric claim in an article, in document order. Spans are Unicode-scalar offsets into
    /// `title + "\n\n" + body` (just `body` when there is no title).
    public func claims(title: String?, body: String) -> [Claim] {
        let text: String
        if let title, !title.isEmpty { text = title + "\n\n" + body } else { text = body }
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars)
        let sentences = SentenceSplitter.split(tokens)
        let doc = DocumentContext(tokens, sentences, scalars)
        var reader = SentenceReader(t: tokens, s: scalars, doc: doc)
        var out: [Claim] = []
        var previous = 0..<0
        for sentence in sentences {
            let (claims, backward) = reader.claims(in: sentence)
            // "... the NIS disclosed this information": the speaker owns the previous sentence's figures.
            if let backward {
                for i in previous where out[i].claimant == nil && out[i].source == nil { out[i].claimant = backward }
            }
            out.append(contentsOf: claims)
            if !claims.isEmpty { previous = (out.count - claims.count)..<out.count }
            else if !reader.isQuiet(sentence) { previous = 0..<0 }
        }
        return out
    }
}

/// Reads the claims of one sentence at a time, remembering the last speaker for "he said".
struct SentenceReader {
    let t: [Token]
    let s: [Unicode.Scalar]
    let doc: DocumentContext
    var lastSpeaker: String?
    /// First token of the sentence being read.
    private var sentenceStart = 0

    init(t: [Token], s: [Unicode.Scalar], doc: DocumentContext) {
        self.t = t
        self.s = s
        self.doc = doc
    }

    /// Links after which a number without a noun borrows the previous figure's noun:
    /// "12,000 special forces ..., and 1,500 already stationed".
    static let ellipsisLinks: Set<String> = [
        "and", ",", "with", "while", "including", "plus", "whereas", "but", "than", "versus", "vs", "against",
        "of", "whom", "which",
    ]

    /// People groups whose outcomes are tracked apart from the total ("civilian deaths");
    /// other heads ("residents", "people") count towards the total.
    static let outcomeGroups: [String: String] = [
        "civilians": "civilians", "civilian": "civilians", "children": "children", "kids": "children",
        "police": "police", "policemen": "police", "journalists": "journalists",
    ]

    private struct Draft {
        var mention: Mention
        var key: FigureKey
        var cls: CountedClass?
        var phraseText: String?
        var owner: String?
        var ownerSlug: String
        var location: String?
        var direction: Direction?
        var previous: Double?
    }

    /// "won 35% of the vote, up from 30%": the number after "up/down from" is the earlier level of
    /// the figure before it, not a claim of its own.
    private func isEarlierLevel(_ m: Mention, _ r: Range<Int>) -> Bool {
        let i = m.hedgeStart
        guard i - 2 >= r.lowerBound, t[i - 1].lower == "from" else { return false }
        let w = t[i - 2].lower
        return w == "up" || w == "down" || Predicates.changeVerbs.contains(w)
    }

    /// A sentence with no words (a dateline, a rule) does not break a back-reference.
    func isQuiet(_ sentence: Sentence) -> Bool {
        !t[sentence.range].contains { $0.kind == .word }
    }

    /// The sentence's claims, and the claimant when the sentence attributes the previous one.
    mutating func claims(in sentence: Sentence) -> ([Claim], String?) {
        let r = sentence.range
        guard !r.isEmpty else { return ([], nil) }
        sentenceStart = r.lowerBound
        let speakers = AttributionRules.findAll(t, sentence: r, text: s)
        let refersBack = speakers.first?.attribution.refersBack ?? false
        let primary = speakers.first.map { resolve($0.attribution) }
        let headline = isHeadline(r)
        var drafts: [Draft] = []
        for m in NumberGrammar.mentions(t, in: r) where Exclusions.reason(m, t, sentence: r, headline: headline) == nil {
            if !drafts.isEmpty, isEarlierLevel(m, r) {
                drafts[drafts.count - 1].previous = m.low
                continue
            }
            if let d = draft(m, r, previous: drafts) { drafts.append(d) }
        }
        separateCollisions(&drafts)
        let sentenceText = drafts.isEmpty ? "" : text(r.lowerBound, r.upperBound)
        let claims = drafts.map { d in
            let m = d.mention
            let (claimant, source) = AttributionRules.nearest(speakers, to: m.hedgeStart, t).map { resolve($0.attribution) }
                ?? (nil, nil)
            var q = Quantity(low: m.low, high: m.high)
            if m.fromValue != nil { q = Quantity(m.low) }
            return Claim(key: d.key.string, quantity: q, hedge: m.hedge, claimant: claimant, sentence: sentenceText,
                         start: t[m.hedgeStart].start, end: t[m.end - 1].end,
                         numberText: text(m.first, m.end), numberStart: t[m.first].start, numberEnd: t[m.end - 1].end,
                         bound: m.bound, direction: d.direction, previous: d.previous ?? m.fromValue,
                         counted: d.key.counted, countedText: d.phraseText, unit: m.unit,
                         owner: d.owner, location: d.location, source: source)
        }
        if let last = speakers.last(where: { $0.attribution.kind == .person }) {
            lastSpeaker = resolve(last.attribution).claimant
        }
        return (claims, refersBack && claims.isEmpty ? primary?.claimant : nil)
    }

    private func text(_ first: Int, _ end: Int) -> String {
        Tokenizer.string(s, t[first].start, t[end - 1].end)
    }

    /// A title-case line ("North Korea Deploys 12,000 Troops"): capitals there do not mark names.
    private func isHeadline(_ r: Range<Int>) -> Bool {
        var words = 0
        var capitals = 0
        for k in r where t[k].kind == .word && t[k].end - t[k].start > 3 {
            words += 1
            if t[k].isCapitalized { capitals += 1 }
        }
        return words >= 3 && Double(capitals) / Double(words) >= 0.6
    }

    /// A speaker as the claim shows it: the fullest name in the article, the last speaker for
    /// "he said", or the phrase as written for an unnamed source.
    private func resolve(_ a: Attribution) -> (claimant: String?, source: String?) {
        switch a.kind {
        case .person:
            return (doc.fullest(a.text, organisation: false), nil)
        case .organisation:
            return (doc.fullest(a.text, organisation: true), nil)
        case .pronoun:
            return (lastSpeaker ?? doc.personBefore(sentenceStart).map { doc.fullest($0, organisation: false) }, nil)
        case .unnamed:
            return (nil, a.text)
        }
    }

    private func draft(_ m: Mention, _ r: Range<Int>, previous: [Draft]) -> Draft? {
        let limit = r.upperBound
        var phraseStart = m.unitEnd
        if let u = m.unit, Units.isMoney(u), phraseStart < limit, t[phraseStart].lower == "in" || t[phraseStart].lower == "worth" {
            phraseStart += 1
        }
        var phrase = CountedPhrases.right(t, from: phraseStart, limit: limit)
        let before = m.hedgeStart > r.lowerBound ? t[m.hedgeStart - 1].lower : ""

        if m.spelled {
            // "one of the", "the two sides", "two of them": a spelled number counts only when it
            // plainly counts a plural noun.
            if m.low == 1 && m.high == 1 { return nil }
            if FunctionWords.referenceDeterminers.contains(before) { return nil }
            if m.end < limit, t[m.end].lower == "of" { return nil }
            if m.unit == nil {
                guard let p = phrase, p.cls != nil || p.personHead,
                      CountedNouns.looksPlural(t[p.head].lower)
                        || CountedNouns.classes.match(t, endingBefore: p.head + 1, floor: p.first) != nil
                else { return nil }
                // "two ways", "three frogs": small spelled numbers are narrative unless they count a
                // tracked kind of thing ("two brigades") or people.
                let known = CountedNouns.classes.match(t, endingBefore: p.head + 1, floor: p.first) != nil
                if m.high < 10, !known, !p.personHead { return nil }
            }
        }

        var m = m
        if m.hedge == nil, let p = phrase, p.first >= m.unitEnd, let post = Hedges.after.match(t, at: p.end, limit: limit),
           t[p.end].kind == .word {
            // "300 miners or more": the hedge may follow the noun.
            m.hedge = t[p.end..<post.end].map(\.lower).joined(separator: " ")
            m.bound = post.value
        }
        var cls = phrase?.cls
        var phraseText = phrase.map { text($0.first, $0.end) }
        var owner: (display: String, slug: String)? = nil
        if let p = phrase {
            if let place = p.place { owner = (place.display, place.slug) }
        } else if !m.spelled, let verb = Predicates.outcomes.match(t, endingBefore: m.hedgeStart, floor: r.lowerBound)?.value
                    ?? outcomeAfter(m.unitEnd, limit: limit)?.value {
            // "killed 12 people and injured 40", "300 were killed": the outcome verb alone says what is counted.
            cls = CountedClass(name: verb, specific: nil)
        } else if !m.spelled, Self.ellipsisLinks.contains(before), let antecedent = previous.last, antecedent.cls != nil {
            cls = antecedent.cls
            phraseText = antecedent.phraseText
            owner = antecedent.owner.map { ($0, antecedent.ownerSlug) }
            // "40 people in Spain and 12 in France": a count of what happened is owned by its own place.
            if let c = cls?.name, FigureKey.outcomeClasses.contains(c),
               let place = WhereRules.location(t, from: m.unitEnd, limit: limit)?.place {
                owner = (place.display, place.slug)
            }
        } else if let left = CountedPhrases.left(t, before: m.hedgeStart, floor: r.lowerBound, hedge: m.hedge),
                  m.unit != nil || !m.plainInteger || m.low < 1000 || left.cls.map({ CountedNouns.classes.contains($0.name) }) == true {
            // "The code is 4471" is an identity, not a count: a long bare integer after a level verb
            // needs a known counted noun ("the death toll is 1500").
            phrase = left
            cls = left.cls
            phraseText = text(left.first, left.end)
            if let place = left.place { owner = (place.display, place.slug) }
            else if let org = left.organisation { owner = (org, Slug.organisation(org)) }
        } else if m.unit == nil {
            return nil
        }

        // What happened to the people counted names the class: "45 people died" -> deaths.
        var group: String? = nil
        if let p = phrase, p.personHead || cls?.name == "troops" || cls?.name == "jobs",
           let outcome = outcome(m, p, limit: limit) {
            let head = t[p.head].lower
            let isJobHead = Predicates.jobHeads.contains(head)
            if Predicates.jobOutcomes.contains(outcome) == isJobHead {
                if !isJobHead { group = cls?.name == "troops" ? "troops" : Self.outcomeGroups[head] }
                cls = CountedClass(name: outcome, specific: nil)
            }
        }
        // "killed 45 people, including 12 children": a group inside an outcome shares the outcome.
        if let p = phrase, p.personHead, group == nil, cls.map({ !FigureKey.outcomeClasses.contains($0.name) }) ?? true,
           ["including", "among", "of"].contains(before) || before == "," && m.hedgeStart >= 2 && t[m.hedgeStart - 2].lower == "including",
           let antecedent = previous.last, let outcome = antecedent.cls?.name, FigureKey.outcomeClasses.contains(outcome) {
            group = Self.outcomeGroups[t[p.head].lower]
            cls = CountedClass(name: outcome, specific: nil)
            if owner == nil { owner = antecedent.owner.map { ($0, antecedent.ownerSlug) } }
        }
        if cls == nil, let p = phrase, p.personHead { cls = CountedClass(name: Slug.make(t[p.head].lower), specific: nil) }
        if cls == nil && m.unit == nil { return nil }

        let phraseEnd = phrase.map { max($0.end, m.unitEnd) } ?? m.unitEnd
        let location = WhereRules.location(t, from: phraseEnd, limit: limit)

        if owner == nil {
            let subject = OwnerRules.clauseSubject(t, before: m.hedgeStart, sentence: r, names: doc.properNouns)
            if let place = subject.place { owner = (place.display, place.slug) }
            else if let org = subject.organisation { owner = (org, Slug.organisation(org)) }
            else if let place = OwnerRules.nearestBefore(t, before: m.hedgeStart, sentence: r)
                        ?? location?.place
                        ?? CountedPhrases.places(t, first: max(r.lowerBound, m.hedgeStart - OwnerRules.reach),
                                                 end: min(r.upperBound, m.unitEnd + OwnerRules.reach)).first {
                owner = (place.display, place.slug)
            } else {
                let speaker = OwnerRules.clauseSubject(t, before: m.hedgeStart, sentence: r, names: doc.properNouns, speakers: true)
                if let place = speaker.place ?? (speaker.organisation == nil ? doc.dominantPlace : nil) {
                    owner = (place.display, place.slug)
                } else if let org = speaker.organisation {
                    owner = (org, Slug.organisation(org))
                }
            }
        }
        let ownerSlug = owner?.slug ?? "unspecified"

        let counted = cls?.name ?? FigureKey.unitClass(m.unit) ?? "figure"
        let direction = DirectionRules.direction(t, mention: m, sentence: r)
        var aspect: String? = nil
        var place: String? = nil
        if !FigureKey.outcomeClasses.contains(counted), direction == nil {
            aspect = AspectRules.aspect(t, mention: m, phraseEnd: phraseEnd, sentence: r)
            if let a = aspect {
                let found = Predicates.movements.contains(a)
                    ? WhereRules.destination(t, from: m.unitEnd, limit: limit)
                        ?? WhereRules.indirectObject(t, before: m.hedgeStart, floor: r.lowerBound)
                    : location?.place
                if let p = found ?? doc.destination(of: ownerSlug), p.slug != ownerSlug { place = p.slug }
            }
        }
        let key = FigureKey(owner: ownerSlug, counted: counted, aspect: aspect, place: place, group: group,
                            isChange: direction != nil,
                            changeUnit: direction != nil && m.unit.map(Units.isShare) == true ? "percent" : nil)
        return Draft(mention: m, key: key, cls: cls, phraseText: phraseText, owner: owner?.display, ownerSlug: ownerSlug,
                     location: location.map { text($0.first, $0.end) }, direction: direction, previous: nil)
    }

    /// An outcome verb right after a number with no noun: "300 were killed".
    private func outcomeAfter(_ j: Int, limit: Int) -> (value: String, end: Int)? {
        var k = j
        while k < limit, k < j + 3, FunctionWords.auxiliaries.contains(t[k].lower) || FunctionWords.adverbs.contains(t[k].lower) {
            k += 1
        }
        guard k > j || k < limit && CountedPhrases.isVerbLike(t[k].lower) || k < limit && t[k].lower == "died" else { return nil }
        return k < limit ? Predicates.outcomes.match(t, at: k, limit: limit) : nil
    }

    /// The outcome verb after the phrase ("people have died") or before the number ("killed 45").
    private func outcome(_ m: Mention, _ p: CountedPhrase, limit: Int) -> String? {
        var k = p.end
        var steps = 0
        while k < limit, steps < 4, FunctionWords.auxiliaries.contains(t[k].lower) || FunctionWords.adverbs.contains(t[k].lower) {
            k += 1
            steps += 1
        }
        if k < limit, let hit = Predicates.outcomes.match(t, at: k, limit: limit) { return hit.value }
        if let hit = Predicates.outcomes.match(t, endingBefore: m.hedgeStart, floor: 0) { return hit.value }
        return nil
    }

    /// Two figures in one sentence on one key with different values are two quantities
    /// ("up to 12,000 troops and 1,500 special forces"): the narrower class, or the place, tells them apart.
    private func separateCollisions(_ drafts: inout [Draft]) {
        var firstWithKey: [String: Int] = [:]
        for i in drafts.indices {
            let key = drafts[i].key.string
            guard let j = firstWithKey[key] else { firstWithKey[key] = i; continue }
            let a = drafts[j], b = drafts[i]
            guard a.mention.low != b.mention.low || a.mention.high != b.mention.high else { continue }
            if let specific = b.cls?.specific, specific != a.cls?.specific {
                drafts[i].key.counted = specific
            } else if let specific = a.cls?.specific, b.cls?.specific == nil {
                drafts[j].key.counted = specific
                firstWithKey[key] = i
            } else if let loc = b.location, loc != a.location {
                drafts[i].key.group = [drafts[i].key.group, "in-" + Slug.make(loc)].compactMap { $0 }.joined(separator: "-")
            }
        }
    }
}
