/// Whose a figure is: a country or an organisation, with its key segment.
struct Owner: Sendable {
    var display: String
    var slug: String

    init(_ place: Place) { display = place.display; slug = place.slug }
    init(organisation name: String) { display = name; slug = Slug.organisation(name) }
}

/// A figure read from its sentence, before the sentence's figures are checked against each other.
struct Draft: Sendable {
    var mention: Mention
    var key: FigureKey
    var cls: CountedClass?
    var phraseText: String?
    var owner: Owner?
    var location: String?
    var direction: Direction?
    var previous: Double?
    var role: Role = .level
    /// The same figure restated in other units ("10 miles (16 km)").
    var conversion: Mention?
}

/// What a number counts, as far as the words around it say.
private struct Counted {
    var phrase: CountedPhrase?
    var cls: CountedClass?
    var text: String?
    var owner: Owner?
    var group: String?
}

/// The steps from a number mention to a draft figure: is it a count at all, what does it count,
/// whose is it, which quantity about that thing (aspect and destination), and its key.
extension SentenceReader {
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

    func draft(_ m: Mention, _ r: Range<Int>, previous: Draft?, fact: MovementFact) -> Draft {
        var m = m
        let before = m.hedgeStart > r.lowerBound ? t[m.hedgeStart - 1].lower : ""
        var phraseStart = m.unitEnd
        if let u = m.unit, Units.isMoney(u), phraseStart < r.upperBound,
           t[phraseStart].lower == "in" || t[phraseStart].lower == "worth" {
            phraseStart += 1   // "$1.2 billion in aid", "$5m worth of weapons"
        }
        let right = CountedPhrases.right(t, from: phraseStart, limit: r.upperBound)
        if let p = right { applyPostposedHedge(&m, after: p, limit: r.upperBound) }
        // A number that counts nothing named is still a figure; its key says only "figure".
        var counted = whatIsCounted(m, r, right: right, before: before, previous: previous) ?? Counted()
        refineByOutcome(&counted, m, r, before: before, previous: previous)
        // "187 of the 360 seats": the second number is the whole.
        if m.hedgeStart >= r.lowerBound + 3, before == "the", t[m.hedgeStart - 2].lower == "of",
           t[m.hedgeStart - 3].kind == .number {
            counted.group = "total"
        }
        if counted.cls == nil, let p = counted.phrase, p.personHead {
            counted.cls = CountedClass(name: Slug.make(t[p.head].lower), specific: nil)
        }

        let phraseEnd = counted.phrase.map { max($0.end, m.unitEnd) } ?? m.unitEnd
        let location = WhereRules.location(t, from: phraseEnd, limit: r.upperBound)
        let owner = counted.owner ?? ownerFromContext(m, r, location: location)
        let ownerSlug = owner?.slug ?? "unspecified"
        let countedName = counted.cls?.name ?? FigureKey.unitClass(m.unit) ?? "figure"
        let isChange = fact.role == .change
        var key = FigureKey(owner: ownerSlug, counted: countedName, aspect: nil, place: nil, group: counted.group,
                            isChange: isChange,
                            changeUnit: isChange && m.unit.map(Units.isShare) == true ? "percent" : nil)
        if !FigureKey.outcomeClasses.contains(countedName), fact.direction == nil {
            (key.aspect, key.place) = aspectAndPlace(m, r, phraseEnd: phraseEnd, location: location, owner: ownerSlug)
        }
        return Draft(mention: m, key: key, cls: counted.cls, phraseText: counted.text, owner: owner,
                     location: location.map { text($0.first, $0.end) }, direction: fact.direction,
                     previous: fact.previous, role: fact.role)
    }

    /// "300 miners or more": the hedge may follow the noun.
    private func applyPostposedHedge(_ m: inout Mention, after p: CountedPhrase, limit: Int) {
        guard m.hedge == nil, p.first >= m.unitEnd, p.end < limit, t[p.end].kind == .word,
              let post = Hedges.after.match(t, at: p.end, limit: limit) else { return }
        m.hedge = t[p.end..<post.end].map(\.lower).joined(separator: " ")
        m.bound = post.value
    }

    /// The counted thing: the noun after the number; else an outcome verb ("killed 12", "300 were
    /// killed"); else the noun of the figure before it (ellipsis); else the subject of a level verb
    /// ("casualties have surpassed 500,000"). Nil when nothing is counted and there is no unit.
    private func whatIsCounted(_ m: Mention, _ r: Range<Int>, right: CountedPhrase?, before: String,
                               previous: Draft?) -> Counted? {
        if let p = right {
            return Counted(phrase: p, cls: p.cls, text: text(p.first, p.end), owner: p.place.map(Owner.init))
        }
        if !m.spelled, let verb = Predicates.outcomes.match(t, endingBefore: m.hedgeStart, floor: r.lowerBound)?.value
            ?? outcomeAfter(m.unitEnd, limit: r.upperBound) {
            return Counted(cls: CountedClass(name: verb, specific: nil))
        }
        // "..., up 3 per cent": a bare move after a figure is that figure's change.
        let movesPrevious = (before == "up" || before == "down") && m.hedgeStart >= 2 && t[m.hedgeStart - 2].lower == ","
        if !m.spelled, Self.ellipsisLinks.contains(before) || movesPrevious, let antecedent = previous, antecedent.cls != nil {
            var owner = antecedent.owner
            // "40 people in Spain and 12 in France": a count of what happened is owned by its own place.
            if let c = antecedent.cls?.name, FigureKey.outcomeClasses.contains(c),
               let place = WhereRules.location(t, from: m.unitEnd, limit: r.upperBound)?.place {
                owner = Owner(place)
            }
            return Counted(cls: antecedent.cls, text: antecedent.phraseText, owner: owner)
        }
        if let left = CountedPhrases.left(t, before: m.hedgeStart, floor: r.lowerBound, hedge: m.hedge),
           m.unit != nil || !m.plainInteger || m.low < 1000 || left.cls.map({ CountedNouns.contains($0.name) }) == true {
            // "The code is 4471" is an identity, not a count: a long bare integer after a level verb
            // needs a known counted noun ("the death toll is 1500").
            let owner = left.place.map(Owner.init) ?? left.organisation.map { Owner(organisation: $0) }
            return Counted(phrase: left, cls: left.cls, text: text(left.first, left.end), owner: owner)
        }
        return m.unit == nil ? nil : Counted()
    }

    /// What happened to the people counted names the class ("45 people died" -> deaths, "cut 1,200
    /// jobs" -> layoffs), and a group counted inside an outcome shares it ("killed 45 people,
    /// including 12 children" -> deaths of children).
    private func refineByOutcome(_ c: inout Counted, _ m: Mention, _ r: Range<Int>, before: String, previous: Draft?) {
        guard let p = c.phrase else { return }
        let head = t[p.head].lower
        if p.personHead || c.cls?.name == "troops" || c.cls?.name == "jobs",
           let outcome = outcome(m, p, limit: r.upperBound) {
            let isJobHead = Predicates.jobHeads.contains(head)
            if Predicates.jobOutcomes.contains(outcome) == isJobHead {
                if !isJobHead { c.group = c.cls?.name == "troops" ? "troops" : Self.outcomeGroups[head] }
                c.cls = CountedClass(name: outcome, specific: nil)
                return
            }
        }
        let inList = ["including", "among", "of"].contains(before)
            || before == "," && m.hedgeStart >= 2 && t[m.hedgeStart - 2].lower == "including"
        guard p.personHead, inList, c.cls.map({ !FigureKey.outcomeClasses.contains($0.name) }) ?? true,
              let antecedent = previous, let outcome = antecedent.cls?.name,
              FigureKey.outcomeClasses.contains(outcome) else { return }
        c.group = Self.outcomeGroups[head]
        c.cls = CountedClass(name: outcome, specific: nil)
        c.owner = c.owner ?? antecedent.owner
    }

    /// An outcome verb right after a number with no noun: "300 were killed", "12 died".
    private func outcomeAfter(_ j: Int, limit: Int) -> String? {
        var k = j
        while k < limit, k < j + 3, FunctionWords.auxiliaries.contains(t[k].lower) || FunctionWords.adverbs.contains(t[k].lower) {
            k += 1
        }
        guard k < limit, k > j || CountedPhrases.isVerbLike(t[k].lower) || t[k].lower == "died" else { return nil }
        return Predicates.outcomes.match(t, at: k, limit: limit)?.value
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
        return Predicates.outcomes.match(t, endingBefore: m.hedgeStart, floor: 0)?.value
    }

    /// When the counted phrase names no owner: the clause subject, the nearest country before the
    /// number, the figure's location, any country nearby, the speaker, the article's main country.
    private func ownerFromContext(_ m: Mention, _ r: Range<Int>, location: WhereRules.Location?) -> Owner? {
        let subject = OwnerRules.clauseSubject(t, before: m.hedgeStart, sentence: r, names: doc.properNouns)
        if let place = subject.place { return Owner(place) }
        if let org = subject.organisation { return Owner(organisation: org) }
        if let place = OwnerRules.nearestBefore(t, before: m.hedgeStart, sentence: r)
            ?? location?.place
            ?? CountedPhrases.places(t, first: max(r.lowerBound, m.hedgeStart - OwnerRules.reach),
                                     end: min(r.upperBound, m.unitEnd + OwnerRules.reach)).first {
            return Owner(place)
        }
        let speaker = OwnerRules.clauseSubject(t, before: m.hedgeStart, sentence: r, names: doc.properNouns, speakers: true)
        if let place = speaker.place { return Owner(place) }
        if let org = speaker.organisation { return Owner(organisation: org) }
        return doc.dominantPlace.map(Owner.init)
    }

    /// Which quantity about the thing (sent, present, a first batch ...) and the country it goes to
    /// or is in: from the sentence, else where the article says this owner sends things.
    private func aspectAndPlace(_ m: Mention, _ r: Range<Int>, phraseEnd: Int, location: WhereRules.Location?,
                                owner: String) -> (String?, String?) {
        guard let aspect = AspectRules.aspect(t, mention: m, phraseEnd: phraseEnd, sentence: r) else { return (nil, nil) }
        let found = Predicates.movements.contains(aspect)
            ? WhereRules.destination(t, from: m.unitEnd, limit: r.upperBound)
                ?? WhereRules.indirectObject(t, before: m.hedgeStart, floor: r.lowerBound)
            : location?.place
        guard let place = found ?? doc.destination(of: owner), place.slug != owner else { return (aspect, nil) }
        return (aspect, place.slug)
    }
}
