import Model

/// Whose a figure is: a country or an organisation, with its key segment.
struct Owner: Sendable {
    var display: String
    var slug: String
    /// A country or countries, rather than a person or an organisation.
    var isPlace: Bool

    init(_ place: Place) { display = place.display; slug = place.slug; isPlace = true }
    init(organisation name: String) { display = name; slug = Slug.organisation(name); isPlace = false }
    init(display: String, slug: String, isPlace: Bool) { self.display = display; self.slug = slug; self.isPlace = isPlace }
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
    var pairing: Pairing = .exact
    var untracked: Untracked?
    /// A part named inside the figure before it ("including 206 children"); a list that goes on
    /// ("108 women and 229 men") is part of the same whole.
    var isPart = false
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
    /// Read from the figure before it or from one sense of an ambiguous word, not stated.
    var inferred = false
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
        var part = ScopeRules.partCue(t, mention: m, sentence: r)
        if part == .none, let previous, previous.isPart, before == "," || before == "and" {
            part = .ofNamed(previous.key.counted)
        }
        // "including 205 seriously": the severity is no noun of its own; the part counts its whole.
        let severity = ScopeRules.severity(t, mention: m, phraseEnd: m.unitEnd, sentence: r)
        var right = CountedPhrases.right(t, from: phraseStart, limit: r.upperBound)
        if let p = right, ScopeRules.severityWords.contains(t[p.first].lower) { right = nil }
        if let p = right { applyPostposedHedge(&m, after: p, limit: r.upperBound) }
        // A number that counts nothing named is still a claim, kept but never tracked.
        var counted = whatIsCounted(m, r, right: right, before: before, previous: previous) ?? Counted()
        refineByOutcome(&counted, m, r, before: before, previous: previous)
        // "320 new cases, bringing the total to 14,500": a bare "total" counts what came before.
        if let p = counted.phrase, p.first == p.head, CountedNouns.containers.contains(t[p.head].lower),
           let antecedent = previous?.cls {
            counted.cls = antecedent
            counted.inferred = true
        }
        // "187 of the 360 seats": the second number is the whole.
        if m.hedgeStart >= r.lowerBound + 3, before == "the", t[m.hedgeStart - 2].lower == "of",
           t[m.hedgeStart - 3].kind == .number {
            counted.group = "total"
        }
        if counted.cls?.name == "casualties", speaksOfInjuries(near: m, r) {
            // "wounded individuals ... out of 121 casualties": here the casualties are the injured.
            counted.cls = CountedClass(name: "injuries", specific: nil)
            counted.inferred = true
        }
        // "the number of victims increased to 133 people": people say nothing, the subject does.
        if counted.cls == nil, let p = counted.phrase, p.personHead, Self.anyGroup.contains(t[p.head].lower),
           let left = CountedPhrases.left(t, before: m.hedgeStart, floor: r.lowerBound, hedge: m.hedge), left.cls != nil {
            counted = Counted(phrase: left, cls: left.cls, text: text(left.first, left.end), owner: left.place.map(Owner.init))
        }
        // "Jones was at 47%", "Ruto at 4,773,169", "Smith with 52.3%": in a count of votes, a share or
        // a number credited to a named candidate is that candidate's.
        if counted.cls == nil || counted.phrase.map({ t[$0.head].isCapitalized && doc.properNouns.contains(t[$0.head].lower) }) == true
            || ["votes", "vote-share"].contains(counted.cls?.name ?? "") && counted.owner == nil,
           doc.speaksOfVotes, m.unit == nil || m.unit.map(Units.isShare) == true, let name = candidate(before: m, r) {
            // Votes are counted whole: "Odinga at 51.2" is a share even without its sign.
            let share = m.unit != nil || m.low.rounded() != m.low
            counted = Counted(cls: CountedClass(name: share ? "vote-share" : "votes", specific: nil), owner: owner(named: name), inferred: true)
        }
        var untracked: Untracked? = nil
        if counted.cls == nil, let p = counted.phrase, p.personHead {
            counted.cls = CountedClass(name: Slug.make(t[p.head].lower), specific: nil)
            if Self.anyone.contains(t[p.head].lower) { untracked = .noOutcome }
        }
        if counted.cls == nil {
            untracked = m.unit == nil ? .nothingCounted : .noSubject
        } else if let cls = counted.cls, let p = counted.phrase, m.unit == nil, !CountedNouns.contains(cls.name),
                  !p.personHead, !CountedNouns.looksPlural(t[p.head].lower) || Self.anyGroup.contains(t[p.head].lower) {
            // A count names things in the plural ("18 peaks"); a singular word after a number is
            // no counted thing ("Red Hat 7.2 first", "two get him") and "others" names no thing.
            untracked = .nothingCounted
        }

        let phraseEnd = counted.phrase.map { max($0.end, m.unitEnd) } ?? m.unitEnd
        let location = WhereRules.location(t, from: phraseEnd, limit: r.upperBound)
        let countedName = counted.cls?.name ?? FigureKey.unitClass(m.unit) ?? "figure"
        let isChange = fact.role == .change
        let isOutcome = FigureKey.outcomeClasses.contains(countedName)
        var pairing: Pairing = counted.inferred ? .likely : .exact
        var owner: Owner?
        var scope: [String] = []
        var counting = countedName
        if isOutcome || part != .none {
            let outcome = outcomeScope(m, r, counted: counted, location: location, part: part, severity: severity,
                                       previous: previous, countedName: countedName)
            owner = outcome.owner
            scope = outcome.scope
            counting = outcome.counted
            untracked = outcome.resolvedPart ? outcome.untracked : untracked ?? outcome.untracked
            // "9 of them were taken to hospital": a part with no noun of its own.
            if part != .none, counted.cls == nil { untracked = .unnamedPart }
        } else {
            owner = counted.owner
            if owner == nil, counted.cls != nil {
                owner = ownerFromContext(m, r, location: location)
                if let found = owner, !ownerInSentence(m, r, location: location) {
                    // Taken from the article, not the sentence: the article's own country adds
                    // nothing ("46,190 houses damaged" in a report on Pakistan is Pakistan's).
                    if doc.isWhole([found.slug]) { owner = nil } else { pairing = .likely }
                }
            }
        }
        // "Inflation was 3.1%": a subject read as a name that is the counted thing itself owns nothing,
        // nor does the event the story is about ("the blaze has burned 3,000 acres"); a named event
        // ("the Palisades fire is 11% contained") is a scope of the figure, not its owner.
        if owner?.slug == counting || owner.map({ ScopeRules.eventNouns.contains($0.slug) }) == true { owner = nil }
        if !isOutcome, let event = ScopeRules.namedEvent(t, mention: m, sentence: r, names: doc.properNouns) {
            scope.append(event)
            if let found = owner, event.hasPrefix("of-" + found.slug) { owner = nil }
        }
        if ScopeRules.isMargin(t, mention: m, sentence: r) {
            // "leads Trump by 14,000 votes": the gap between two sides, not the votes; its owner is
            // whoever leads, which the text words in too many ways to key on.
            owner = nil
            scope.append("margin")
        }
        if ScopeRules.isRequirement(t, mention: m, sentence: r) { scope.append("required") }
        if !isOutcome, !isChange, let frame = ScopeRules.levelFrame(t, mention: m, sentence: r, year: doc.year) {
            scope.append(frame)
        }
        if ScopeRules.isEarlierValue(t, mention: m, sentence: r) { untracked = .earlierValue }
        if ScopeRules.isRemainder(t, mention: m, sentence: r) { untracked = untracked ?? .unnamedPart }
        if ScopeRules.isIncrement(t, mention: m, sentence: r, sameKindBefore: previous?.key.counted == counting) {
            untracked = untracked ?? .increment
        }
        if isChange {
            if let period = ScopeRules.movePeriod(t, mention: m, sentence: r) { scope.append(period) }
            else { untracked = untracked ?? .noPeriod }
        }
        // "Lula had 50.8% of votes" is Lula's share of the vote.
        if counting == "votes", m.unit.map(Units.isShare) == true { counting = "vote-share" }
        // "25% of the votes" beside "5,090,491 votes": one class in two units is two figures.
        if !isChange, counted.cls != nil, let unit = m.unit, !Self.rateClasses.contains(counting),
           let unitClass = FigureKey.unitClass(unit), unitClass != counting {
            scope.append(unitClass)
        }
        var key = FigureKey(owner: owner?.slug, counted: counting, aspect: nil, place: nil, group: counted.group,
                            scope: scope, isChange: isChange,
                            changeUnit: isChange && m.unit.map(Units.isShare) == true ? "percent" : nil)
        if !FigureKey.outcomeClasses.contains(counting), fact.direction == nil {
            (key.aspect, key.place) = aspectAndPlace(m, r, phraseEnd: phraseEnd, location: location, owner: owner?.slug ?? "")
            if key.aspect == "counted" {
                if phraseStart < r.upperBound, t[phraseStart].lower == "of", owner?.isPlace == false {
                    // "Odinga had 5,090,491 of the votes so far counted": a candidate's part of the count.
                    key.aspect = nil
                } else if owner?.isPlace == false {
                    // "with 2,400,000 votes counted": the count belongs to no candidate the clause names.
                    key.owner = nil
                    owner = nil
                }
            }
        }
        return Draft(mention: m, key: key, cls: counted.cls, phraseText: counted.text, owner: owner,
                     location: location.map { text($0.first, $0.end) }, direction: fact.direction, previous: fact.previous,
                     pairing: pairing, untracked: untracked, isPart: part != .none && untracked == nil, role: fact.role)
    }

    /// Classes measured in their own unit (a rate, a share, an amount): the unit adds nothing.
    static let rateClasses: Set<String> = [
        "inflation", "unemployment", "turnout", "vote-share", "rate", "rates", "price", "prices", "revenue", "sales",
        "profit", "profits", "loss", "losses", "deficit", "debt", "budget", "growth", "gdp", "exports", "imports",
        "aid", "deposits", "assets", "funding", "investment", "cost", "costs", "value", "valuation", "wages", "wage",
        "income", "spending", "fine", "bail", "stake", "share", "shares", "yield", "yields", "temperature",
        "magnitude", "distance", "area", "height", "depth", "speed", "capacity", "production", "output", "containment",
    ]

    /// Heads that say only that people are counted, not which people or what befell them.
    static let anyone: Set<String> = [
        "people", "persons", "person", "individuals", "residents", "inhabitants", "citizens", "adults", "men",
        "women", "children", "kids", "members", "others",
    ]

    /// Heads that name no group of people in particular: a part counted with them is unnamed.
    static let anyGroup: Set<String> = ["people", "persons", "person", "individuals", "others", "victims", "those", "ones"]

    /// Whether the words around the figure say people were hurt and none died, so "casualties"
    /// there means the injured.
    private func speaksOfInjuries(near m: Mention, _ r: Range<Int>) -> Bool {
        let near = t[max(r.lowerBound, m.hedgeStart - OwnerRules.reach)..<min(r.upperBound, m.unitEnd + OwnerRules.reach)]
        return near.contains { ["wounded", "injured", "hurt", "injuries"].contains($0.lower) }
            && !near.contains { ["killed", "dead", "died", "deaths", "fatalities"].contains($0.lower) }
    }

    /// The owner was read in the sentence itself: its subject, a country before the number, or the place.
    private func ownerInSentence(_ m: Mention, _ r: Range<Int>, location: WhereRules.Location?) -> Bool {
        let subject = OwnerRules.clauseSubject(t, before: m.hedgeStart, sentence: r, names: doc.properNouns)
        return subject.place != nil || subject.organisation != nil || location?.place != nil
            || OwnerRules.nearestBefore(t, before: m.hedgeStart, sentence: r) != nil
    }

    /// How a count of what happened to people is scoped. Its place is where it happened, never a
    /// speaker or a news agency's country, and the article's own country is the whole (no scope).
    /// A part of another figure keeps its whole's class and names how it is narrower; a part
    /// that says nothing of how (or is part of something untracked) is kept but not tracked.
    private func outcomeScope(_ m: Mention, _ r: Range<Int>, counted: Counted, location: WhereRules.Location?,
                              part: ScopeRules.PartCue, severity: String?, previous: Draft?,
                              countedName: String)
        -> (owner: Owner?, scope: [String], counted: String, untracked: Untracked?, resolvedPart: Bool) {
        let location = location ?? frontedLocation(m, r)
        var scope: [String] = []
        var untracked: Untracked?
        var resolvedPart = false
        var name = countedName
        switch part {
        case .none:
            break
        case .ofPrevious, .ofNamed:
            let whole: String?
            if case .ofNamed(let named) = part { whole = named } else { whole = previous?.key.counted }
            let narrower = severity ?? counted.group ?? counted.phrase.flatMap { p in
                // "including three children": a named group of people is the part's scope.
                p.personHead && !Self.anyGroup.contains(t[p.head].lower) ? Slug.make(t[p.head].lower) : nil
            }
            // "Seven of the deaths were in Florida": the place, added below, is what narrows it.
            let placed = narrower == nil && placeOfPart(location) != nil
            if let whole, FigureKey.outcomeClasses.contains(whole) {
                if narrower != nil || placed {
                    name = whole
                    if counted.group == nil, let narrower { scope.append(narrower) }
                    resolvedPart = true
                } else if counted.cls.map({ $0.name == whole || Self.anyone.contains($0.name) }) ?? true {
                    untracked = .unnamedPart
                }
            } else if narrower == nil, counted.cls?.name == whole || counted.cls.map({ Self.anyone.contains($0.name) }) ?? true {
                untracked = .unnamedPart
            }
            if whole != nil, whole == previous?.key.counted, previous?.untracked != nil { untracked = .unnamedPart }
        }
        if part == .none, let severity, name == "injuries" { scope.append(severity) }
        // Where: a country in the noun phrase ("Russian casualties"), the location, or the clause subject.
        var places: [Place] = counted.owner.flatMap { o in location.flatMap { $0.places.first { $0.slug == o.slug } } }.map { [$0] } ?? []
        if places.isEmpty, let phrasePlace = counted.phrase?.place { places = [phrasePlace] }
        if places.isEmpty, let location { places = location.places.isEmpty ? location.place.map { [$0] } ?? [] : location.places }
        // "Kenya has recorded 1,500 cases", "Floods in Pakistan have killed 1,100": a country earlier
        // in the clause, speaker or not, is where it happened.
        if places.isEmpty, let subject = OwnerRules.clauseSubject(t, before: m.hedgeStart, sentence: r, speakers: true).place {
            places = [subject]
        }
        if places.isEmpty, location == nil, let earlier = CountedPhrases.places(t, first: OwnerRules.clauseStart(t, before: m.hedgeStart, sentence: r),
                                                              end: m.hedgeStart).last {
            places = [earlier]
        }
        // "11 in Georgia" in a report on a storm in the United States: the state, not the country.
        if let local = places.first(where: doc.isLocal) {
            places.removeAll(where: doc.isLocal)
            if !scope.contains("in-" + local.slug) { scope.append("in-" + local.slug) }
        }
        var owner: Owner?
        let slugs = Set(places.map(\.slug))
        // "Russian casualties": a people named in the counted phrase is theirs, the article's country or not.
        let demonym = counted.phrase?.place?.form == .demonym && places.count == 1 && places[0].slug == counted.phrase?.place?.slug
        if !places.isEmpty, demonym || !doc.isWhole(slugs) {
            owner = places.count == 1 ? Owner(places[0])
                : Owner(display: places.map(\.display).joined(separator: " and "), slug: places.map(\.slug).joined(separator: "-and-"),
                        isPlace: true)
        }
        // "killed in the Eaton Fire": the location names an event, a part like any named event.
        if let location, location.end > location.first, ScopeRules.eventNouns.contains(t[location.end - 1].lower),
           let sub = location.subPlace {
            scope.append("of-" + sub)
        } else if let location, let sub = location.subPlace,
           !t[location.first..<location.end].contains(where: { $0.isCapitalized && doc.topicWords.contains($0.lower) }) {
            scope.append("in-" + sub)
        } else if location == nil, places.isEmpty, let sub = subjectPlace(m, r) {
            scope.append("in-" + sub)
        }
        // "19 cases elsewhere in China": outside the place the article counts first.
        if m.unitEnd < r.upperBound, let p = counted.phrase, p.end < r.upperBound, t[p.end].lower == "elsewhere" {
            scope.append("elsewhere")
        }
        if let cause = ScopeRules.cause(t, after: causeAnchor(m, counted: counted), sentence: r, topic: doc.topicWords) {
            scope.append(cause)
        }
        if name == "cases", let kind = ScopeRules.caseKind(t, phrase: counted.phrase) { scope.append(kind) }
        if !scope.contains(where: { $0.hasPrefix("of-") }), let event = ScopeRules.namedEvent(t, mention: m, sentence: r, names: doc.properNouns) {
            scope.append(event)
        }
        if let period = ScopeRules.period(t, mention: m, phrase: counted.phrase, sentence: r) {
            scope.append(period)
        } else if counted.inferred || part == .ofPrevious, !ScopeRules.isCumulative(t, mention: m, sentence: r),
                  let inherited = previous?.key.scope.last(where: ScopeRules.isPeriod) {
            // "119 died in the past 24 hours, 76 in Sindh and 31 in Khyber Pakhtunkhwa", "..., including
            // nine children": what borrows the figure before it shares its period.
            scope.append(inherited)
        }
        if ScopeRules.isProjection(t, mention: m, sentence: r) { scope.append("projected") }
        if ScopeRules.isOtherEvent(t, mention: m, sentence: r, year: doc.year) { untracked = untracked ?? .otherEvent }
        return (owner, scope, name, untracked, resolvedPart)
    }

    /// An owner named by a capitalised run: a person the article names ("Ruto", "Deputy President
    /// William Ruto") keys on the surname, so every title and spelling meets; anything else is an
    /// organisation.
    /// Whether the name is the subject of a reporting verb before the figure ("Tedros said"), not
    /// of what happened ("Acme sold", "Silva won").
    private func isSpeaker(_ name: String, before m: Mention, _ r: Range<Int>) -> Bool {
        let last = name.split(separator: " ").last.map { $0.lowercased() } ?? ""
        guard let k = (r.lowerBound..<m.hedgeStart).last(where: { t[$0].lower == last }) else { return false }
        return OwnerRules.isReportingVerbAt(t, k + 1, limit: m.hedgeStart)
    }

    /// A name that says it is an organisation: an organisation word ("Acme Corp", "the Health
    /// Ministry") or an acronym ("NDMA").
    private func isOrganisationName(_ name: String) -> Bool {
        name.split(separator: " ").contains { word in
            AttributionWords.organisationWords.contains(word.lowercased()) || Slug.corporateSuffixes.contains(word.lowercased())
                || word.count > 1 && word.uppercased() == word
        }
    }

    /// A name the article gives a person under (one word of it may stand alone: "Tedros").
    private func isPersonName(_ name: String) -> Bool {
        let person = doc.fullest(name, organisation: false)
        return person.split(separator: " ").count >= 2 && ClaimantIdentity.same(person, name)
    }

    private func owner(named name: String) -> Owner {
        let person = doc.fullest(name, organisation: false)
        if person.split(separator: " ").count >= 2, ClaimantIdentity.same(person, name) {
            return Owner(display: person, slug: ClaimantIdentity.key(person), isPlace: false)
        }
        return Owner(organisation: name)
    }

    /// Words between a candidate's name and their figure: "Jones was at 47%", "Smith with 52.3%".
    static let creditLinks: Set<String> = ["at", "on", "with", "was", "is", "had", "has", "stood", "stands", "polled",
                                           "garnered", "got", "received", "won", "leading", "trailing", "ahead", "behind"]

    /// The name a figure is credited to, just before it: a capitalised run the article uses as a
    /// name (capitalised mid-sentence), or a person it names.
    private func candidate(before m: Mention, _ r: Range<Int>) -> String? {
        var k = m.hedgeStart - 1
        var links = 0
        while k >= r.lowerBound, links < 3, Self.creditLinks.contains(t[k].lower) { k -= 1; links += 1 }
        guard links > 0, k >= r.lowerBound, t[k].kind == .word, t[k].isCapitalized else { return nil }
        var first = k
        while first - 1 >= r.lowerBound, t[first - 1].kind == .word, t[first - 1].isCapitalized { first -= 1 }
        let name = text(first, k + 1)
        let known = doc.properNouns.contains(t[k].lower) || doc.fullest(name, organisation: false).split(separator: " ").count >= 2
        guard known, Gazetteer.match(t, at: k) == nil else { return nil }
        return name
    }

    /// A place below the country opening the figure's clause: "Wuhan has seen nearly 200 cases".
    private func subjectPlace(_ m: Mention, _ r: Range<Int>) -> String? {
        var k = OwnerRules.clauseStart(t, before: m.hedgeStart, sentence: r)
        while k < m.hedgeStart, FunctionWords.determiners.contains(t[k].lower) { k += 1 }
        var words: [String] = []
        while k < m.hedgeStart, t[k].kind == .word, t[k].isCapitalized, doc.placeNames.contains(t[k].lower) {
            words.append(t[k].lower)
            k += 1
        }
        guard !words.isEmpty, k < m.hedgeStart, !t[k].isCapitalized, !doc.topicWords.contains(words[0]) else { return nil }
        return Slug.make(words.joined(separator: " "))
    }

    /// "Seven of the deaths were in Florida": a part named by its place (the place itself is added
    /// to the key below).
    private func placeOfPart(_ location: WhereRules.Location?) -> String? {
        guard let location else { return nil }
        if let sub = location.subPlace { return "in-" + sub }
        let slugs = Set(location.places.map(\.slug))
        return slugs.isEmpty || doc.isWhole(slugs) ? nil : slugs.sorted().joined(separator: "-and-")
    }

    /// A place fronted before the figure's clause: "In the province of Ica, 640 people died".
    private func frontedLocation(_ m: Mention, _ r: Range<Int>) -> WhereRules.Location? {
        // "... in the Carolinas, where officials said more than 70 people have been found dead".
        if let whereAt = t[r.lowerBound..<m.hedgeStart].lastIndex(where: { $0.lower == "where" }), whereAt - 2 > r.lowerBound,
           t[whereAt - 1].lower == "," {
            var k = whereAt - 2
            while k > r.lowerBound, k > whereAt - 8, !["in", "at", "across"].contains(t[k].lower) { k -= 1 }
            if ["in", "at", "across"].contains(t[k].lower), let location = WhereRules.placePhrase(t, at: k + 1, limit: whereAt - 1),
               location.end == whereAt - 1 {
                return location
            }
        }
        let start = r.lowerBound
        guard start < m.hedgeStart, ["in", "at", "inside", "across"].contains(t[start].lower),
              let location = WhereRules.placePhrase(t, at: start + 1, limit: m.hedgeStart),
              location.end < m.hedgeStart, t[location.end].lower == ",",
              // Only for the clause right after it, not one after "while" further on.
              OwnerRules.clauseStart(t, before: m.hedgeStart, sentence: r) <= location.end + 1 else { return nil }
        return location
    }

    /// Where a cause would follow: after the outcome verb that follows the figure ("40 individuals
    /// died from ..."), else after the figure's phrase ("45 deaths from ...").
    private func causeAnchor(_ m: Mention, counted: Counted) -> Int {
        var k = counted.phrase.map { max($0.end, m.unitEnd) } ?? m.unitEnd
        var steps = 0
        while k < t.count, steps < 4, FunctionWords.auxiliaries.contains(t[k].lower) || FunctionWords.adverbs.contains(t[k].lower) {
            k += 1
            steps += 1
        }
        if let hit = Predicates.outcomes.match(t, at: k) { return hit.end }
        return k
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
            // "a death toll of 133 individuals", "the crowd of 22,000 people": the noun before "of" says
            // what is counted.
            if p.cls == nil || Self.anyone.contains(t[p.head].lower), before == "of" {
                if let container = CountedNouns.classes.match(t, endingBefore: m.hedgeStart - 1, floor: r.lowerBound),
                   FigureKey.outcomeClasses.contains(container.value.name) {
                    return Counted(phrase: p, cls: container.value, text: text(container.start, m.hedgeStart - 1))
                }
                if let whole = collective(endingBefore: m.hedgeStart - 1, r) { return whole }
            }
            return Counted(phrase: p, cls: p.cls, text: text(p.first, p.end), owner: p.place.map(Owner.init))
        }
        // "a magnitude 6.8 earthquake".
        if before == "magnitude" { return Counted(cls: CountedClass(name: "magnitude", specific: nil)) }
        // "caused the death of at least 296": an outcome noun before "of" counts the number.
        if before == "of", let container = CountedNouns.classes.match(t, endingBefore: m.hedgeStart - 1, floor: r.lowerBound),
           FigureKey.outcomeClasses.contains(container.value.name) {
            return Counted(cls: container.value, text: text(container.start, m.hedgeStart - 1))
        }
        if before == "of", let whole = collective(endingBefore: m.hedgeStart - 1, r) { return whole }
        // "sentenced to 25 years", "jailed for 15 years": the length of a sentence.
        if let unit = m.unit, ["years", "months", "year", "month"].contains(unit) || unit.hasPrefix("year") || unit.hasPrefix("month"),
           m.hedgeStart - 2 >= r.lowerBound, ["to", "for"].contains(before), Self.sentencing.contains(t[m.hedgeStart - 2].lower) {
            return Counted(cls: CountedClass(name: "prison-sentence", specific: nil))
        }
        if !m.spelled, let verb = outcomeBefore(m, r) ?? outcomeAfter(m.unitEnd, limit: r.upperBound) {
            return Counted(cls: CountedClass(name: verb, specific: nil))
        }
        // "..., up 3 per cent": a bare move after a figure is that figure's change.
        let movesPrevious = (before == "up" || before == "down") && m.hedgeStart >= 2 && t[m.hedgeStart - 2].lower == ","
        if Self.ellipsisLinks.contains(before) || movesPrevious, let antecedent = previous, antecedent.cls != nil {
            var owner = antecedent.owner
            // "40 people in Spain and 12 in France": a count of what happened is owned by its own place,
            // and "306 in Sindh" is not the country's the figure before it had.
            if let c = antecedent.cls?.name, FigureKey.outcomeClasses.contains(c),
               let location = WhereRules.location(t, from: m.unitEnd, limit: r.upperBound) {
                owner = location.place.map(Owner.init)
            }
            return Counted(cls: antecedent.cls, text: antecedent.phraseText, owner: owner, inferred: true)
        }
        // "reported 143 and 150 deaths": the first of two numbers shares the noun after the second.
        if m.unitEnd + 2 < r.upperBound, ["and", "or"].contains(t[m.unitEnd].lower), t[m.unitEnd + 1].kind == .number,
           let p = CountedPhrases.right(t, from: m.unitEnd + 2, limit: r.upperBound), let cls = p.cls {
            return Counted(cls: cls, text: text(p.first, p.end), owner: p.place.map(Owner.init), inferred: true)
        }
        // "1,408 suspected and 44 confirmed cases": a lone modifier borrows the noun after the next number.
        if m.unitEnd + 3 < r.upperBound, t[m.unitEnd].kind == .word, ["and", "or", ","].contains(t[m.unitEnd + 1].lower),
           t[m.unitEnd + 2].kind == .number, let p = CountedPhrases.right(t, from: m.unitEnd + 3, limit: r.upperBound),
           p.head > m.unitEnd + 3, let cls = p.cls {
            return Counted(phrase: CountedPhrase(first: m.unitEnd, end: m.unitEnd + 1, head: m.unitEnd, cls: cls, personHead: p.personHead,
                                                 place: p.place, organisation: nil),
                           cls: cls, text: text(m.unitEnd, m.unitEnd + 1) + " " + text(p.head, p.end), inferred: true)
        }
        if let left = CountedPhrases.left(t, before: m.hedgeStart, floor: r.lowerBound, hedge: m.hedge),
           m.unit != nil || !m.plainInteger || m.low < 1000 || left.cls.map({ CountedNouns.contains($0.name) }) == true {
            // "The code is 4471" is an identity, not a count: a long bare integer after a level verb
            // needs a known counted noun ("the death toll is 1500").
            let owner = left.place.map(Owner.init) ?? left.organisation.map(owner(named:))
            return Counted(phrase: left, cls: left.cls, text: text(left.first, left.end), owner: owner)
        }
        return m.unit == nil ? nil : Counted()
    }

    /// Verbs of a court's sentence.
    static let sentencing: Set<String> = ["sentenced", "jailed", "imprisoned", "condemned", "sentencing", "jailing"]

    /// Nouns that count what follows their "of": a collective ("the crowd of 22,000 people") or an
    /// outcome ("the massacre of 49 people").
    static let collectives: [String: String] = [
        "crowd": "crowd", "crowds": "crowd", "audience": "crowd", "gathering": "crowd", "rally": "crowd",
        "convoy": "convoy", "fleet": "fleet", "delegation": "delegation", "workforce": "workforce",
        "massacre": "deaths", "killing": "deaths", "killings": "deaths", "murder": "deaths", "murders": "deaths",
    ]

    private func collective(endingBefore end: Int, _ r: Range<Int>) -> Counted? {
        guard end - 1 >= r.lowerBound, let name = Self.collectives[t[end - 1].lower] else { return nil }
        return Counted(cls: CountedClass(name: name, specific: nil), text: text(end - 1, end))
    }

    /// Words that may stand between an outcome verb and its number: "injured a further 133",
    /// "killed a total of 50".
    static let outcomeFillers: Set<String> = ["a", "an", "further", "another", "additional", "total", "of", "some", "the"]

    /// The outcome verb before the number ("killed 45", "injured a further 133").
    private func outcomeBefore(_ m: Mention, _ r: Range<Int>) -> String? {
        var end = m.hedgeStart
        while end - 1 > r.lowerBound, end > m.hedgeStart - 3, Self.outcomeFillers.contains(t[end - 1].lower) { end -= 1 }
        return Predicates.outcomes.match(t, endingBefore: end, floor: r.lowerBound)?.value
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
            // Jobs are cut and workers laid off; workers, like anyone, may also be killed or hurt.
            if !Predicates.jobOutcomes.contains(outcome) || isJobHead {
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

    /// The outcome verb after the phrase ("people have died", "people in South Korea have been
    /// killed") or before the number ("killed 45").
    private func outcome(_ m: Mention, _ p: CountedPhrase, limit: Int) -> String? {
        var k = p.end
        if k < limit, ["in", "at", "near", "across"].contains(t[k].lower),
           let location = WhereRules.placePhrase(t, at: k + 1, limit: limit) {
            k = location.end
        }
        // "11 people linked to the attack have been arrested", "46 people between the ages of 4 and
        // 75 have died": a participle or a preposition and its short phrase may stand between the
        // people and what happened to them.
        let participle = k + 1 < limit && CountedPhrases.isVerbLike(t[k].lower) && Predicates.outcomes.match(t, at: k, limit: limit) == nil
            && ["to", "of", "with", "in", "from", "by"].contains(t[k + 1].lower)
        if participle || k < limit && ["between", "aged", "from", "of"].contains(t[k].lower) {
            var e = k + 1
            while e < limit, e < k + 9, t[e].kind != .punct, !FunctionWords.auxiliaries.contains(t[e].lower) { e += 1 }
            if e < limit, FunctionWords.auxiliaries.contains(t[e].lower) { k = e }
        }
        var steps = 0
        // "individuals got injured", "were left injured".
        while k < limit, steps < 4, FunctionWords.auxiliaries.contains(t[k].lower) || FunctionWords.adverbs.contains(t[k].lower)
                || CountedPhrases.isAdverb(t[k]) || ["got", "get", "gets", "left", "remain", "remained", "remains"].contains(t[k].lower) {
            k += 1
            steps += 1
        }
        if k < limit, let hit = Predicates.outcomes.match(t, at: k, limit: limit) { return hit.value }
        return outcomeBefore(m, 0..<limit)
    }

    /// When the counted phrase names no owner: the clause subject, the nearest country before the
    /// number, the figure's location, any country nearby, the speaker, the article's main country.
    private func ownerFromContext(_ m: Mention, _ r: Range<Int>, location: WhereRules.Location?) -> Owner? {
        let subject = OwnerRules.clauseSubject(t, before: m.hedgeStart, sentence: r, names: doc.properNouns)
        if let place = subject.place { return Owner(place) }
        if let org = subject.organisation { return owner(named: org) }
        // A capital named as where a thing is ("in the port of Beirut") is a city, not an owner.
        if let place = OwnerRules.nearestBefore(t, before: m.hedgeStart, sentence: r)
            ?? location?.place.flatMap({ $0.form == .capital ? nil : $0 })
            ?? CountedPhrases.places(t, first: max(r.lowerBound, m.hedgeStart - OwnerRules.reach),
                                     end: min(r.upperBound, m.unitEnd + OwnerRules.reach)).first(where: { $0.form != .capital }) {
            return Owner(place)
        }
        // A company that says it will cut jobs owns the cut; a person who announces a count does
        // not own what is counted ("Tedros said 75 countries have reported cases").
        let speaker = OwnerRules.clauseSubject(t, before: m.hedgeStart, sentence: r, names: doc.properNouns, speakers: true)
        if let place = speaker.place { return Owner(place) }
        if let org = speaker.organisation, isOrganisationName(org) && !isPersonName(org) || !isSpeaker(org, before: m, r) {
            return owner(named: org)
        }
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
