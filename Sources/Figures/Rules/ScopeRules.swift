import Model

/// What narrows a count of what happened to people below the whole: a part named inside a
/// total ("including 205 seriously"), a severity, a cause, a period, an addition, a projection, or
/// another event altogether. A total and a part of it must never share a key: "1,404 in critical
/// condition" beside "2,059 wounded" would otherwise read as the toll falling by a third.
enum ScopeRules {
    /// How a figure sits inside another one the sentence states.
    enum PartCue: Equatable {
        /// Not a part.
        case none
        /// A part of the figure before it in the sentence ("including 205", "721 of whom").
        case ofPrevious
        /// A part of a whole the text names ("among the deceased were three", "37 of the injured").
        case ofNamed(String)
    }

    /// Words before a number that make it a part of what precedes: "including 205", "among them 3".
    static func partCue(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> PartCue {
        var j = m.hedgeStart - 1
        if j >= r.lowerBound, t[j].lower == "," { j -= 1 }
        guard j >= r.lowerBound else { return partCueAfter(t, mention: m, sentence: r) }
        let w = t[j].lower
        if w == "including" || w == "includes" || w == "include" { return .ofPrevious }
        // "among them (were) 3", "of which 12", "of whom 40"
        var k = j
        if FunctionWords.auxiliaries.contains(t[k].lower), k - 1 >= r.lowerBound { k -= 1 }
        if ["them", "whom", "which", "those", "these"].contains(t[k].lower), k - 1 >= r.lowerBound,
           ["among", "of", "amongst"].contains(t[k - 1].lower) {
            return .ofPrevious
        }
        // "among the deceased were three children", "of the dead, 97 were women"
        if let whole = namedWhole(t, endingBefore: k + 1, floor: r.lowerBound) { return .ofNamed(whole) }
        if w == ",", let whole = namedWhole(t, endingBefore: j, floor: r.lowerBound) { return .ofNamed(whole) }
        return partCueAfter(t, mention: m, sentence: r)
    }

    /// "721 of whom", "2,530 of them", "37 of the injured people".
    private static func partCueAfter(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> PartCue {
        let j = m.unitEnd
        guard j + 1 < r.upperBound, t[j].lower == "of" else { return .none }
        let next = t[j + 1].lower
        if ["whom", "them", "which", "those", "these"].contains(next) { return .ofPrevious }
        if next == "the", j + 2 < r.upperBound, let cls = outcomeNoun(t[j + 2].lower) { return .ofNamed(cls) }
        return .none
    }

    /// "among the dead (were)": the outcome class a part is taken from, written before it.
    private static func namedWhole(_ t: [Token], endingBefore end: Int, floor: Int) -> String? {
        var k = end - 1
        if k >= floor, FunctionWords.auxiliaries.contains(t[k].lower) { k -= 1 }
        guard k - 2 >= floor, let cls = outcomeNoun(t[k].lower), t[k - 1].lower == "the",
              ["among", "amongst", "of"].contains(t[k - 2].lower) else { return nil }
        return cls
    }

    /// Nouns and adjectives that stand for the people an outcome befell: "the dead", "the injured".
    static func outcomeNoun(_ w: String) -> String? {
        switch w {
        case "dead", "deceased", "killed", "fatalities", "victims", "deaths": "deaths"
        case "injured", "wounded", "hurt", "injuries": "injuries"
        case "missing": "missing"
        case "cases", "infected", "infections": "cases"
        default: nil
        }
    }

    /// Words that grade an injury: "205 seriously", "1,404 in critical condition", "severely hurt".
    static let severityWords: Set<String> = [
        "seriously", "critically", "severely", "gravely", "badly", "serious", "critical", "severe",
        "life-threatening", "grave",
    ]

    /// Words that may stand between a figure and its severity: "205 seriously", "721 of whom are in
    /// serious condition", "37 were in a critical state".
    static let severityLinks: Set<String> = [
        "in", "a", "are", "were", "is", "was", "remain", "remained", "remains", "been", "have", "has", "being",
        "listed", "as", "of", "whom", "them", "people", "injured", "wounded", "hurt", "still", "said", "to", "be",
        "reported", "described", "the",
    ]

    /// A severity stated with the figure, right after it ("including 205 seriously", "721 of whom
    /// are in serious condition", "were seriously injured"); not one said of some of them
    /// ("133 people - many seriously").
    static func severity(_ t: [Token], mention m: Mention, phraseEnd: Int, sentence r: Range<Int>) -> String? {
        var k = m.unitEnd
        let limit = min(r.upperBound, max(phraseEnd, m.unitEnd) + 8)
        while k < limit {
            let w = t[k].lower
            if severityWords.contains(w) { return "serious" }
            guard t[k].kind == .word, severityLinks.contains(w) || k < phraseEnd else { break }
            k += 1
        }
        return nil
    }

    /// What killed or hurt them when the text singles it out: "died from gunshot wounds",
    /// "perished due to exposure to high temperatures". Not when the cause is the article's own
    /// subject ("died of cholera" in a report on cholera): that is the whole toll.
    static func cause(_ t: [Token], after j: Int, sentence r: Range<Int>, topic: Set<String>) -> String? {
        var k = j
        while k < r.upperBound, k < j + 3, FunctionWords.adverbs.contains(t[k].lower) { k += 1 }
        guard k < r.upperBound else { return nil }
        var start = k + 1
        switch t[k].lower {
        case "from":
            break
        case "of" where j > 0 && ["died", "dies", "dying", "die"].contains(t[j - 1].lower):
            // "died of burns"; not "injuries of varying severity".
            break
        case "due", "owing":
            guard k + 1 < r.upperBound, t[k + 1].lower == "to" else { return nil }
            start = k + 2
        default:
            return nil
        }
        // "died from the virus": a definite cause is the event the article is about.
        if start < r.upperBound, ["the", "this", "that", "its", "their"].contains(t[start].lower) { return nil }
        var words: [String] = []
        var m = start
        while m < r.upperBound, words.count < 3 {
            let tok = t[m]
            if FunctionWords.determiners.contains(tok.lower) { m += 1; continue }
            guard tok.kind == .word, !FunctionWords.endsPhrase(tok), !tok.isCapitalized else { break }
            words.append(tok.lower)
            m += 1
        }
        // "due to rain and floods": every noun of the cause counts against the topic.
        var n = m
        while n + 1 < r.upperBound, t[n].lower == "and" || t[n].lower == "or", t[n + 1].kind == .word, !t[n + 1].isCapitalized {
            words.append(t[n + 1].lower)
            n += 2
        }
        guard let head = words.first, !words.contains(where: topic.contains) else { return nil }
        // "died of their injuries", "of the quake": no cause that narrows the toll.
        if ["injuries", "wounds", "injury"].contains(head) && words.count == 1 { return nil }
        return Slug.make(head)
    }

    /// Words that make a count the running total whatever period is named beside it: "the
    /// overall toll", "a total of", "since June 14".
    static let cumulativeWords: Set<String> = ["total", "overall", "cumulative", "since", "so", "far", "tally"]

    /// A period that makes a count one slice of the total: "new cases", "in the past 24 hours",
    /// "a day", "daily", "this week". Read in the figure's own clause only, and never for a count
    /// the text calls a total.
    static func period(_ t: [Token], mention m: Mention, phrase: CountedPhrase?, sentence r: Range<Int>) -> String? {
        if let p = phrase, t[p.first..<p.head].contains(where: { $0.lower == "new" || $0.lower == "daily" || $0.lower == "weekly" }) {
            return t[p.first..<p.head].first { $0.lower == "daily" || $0.lower == "weekly" }?.lower ?? "new"
        }
        if m.hedgeStart - 1 >= r.lowerBound, t[m.hedgeStart - 1].lower == "new" { return "new" }
        let window = periodWindow(t, mention: m, sentence: r)
        if isCumulative(t, mention: m, sentence: r) { return nil }
        var k = window.lowerBound
        while k < window.upperBound {
            let w = t[k].lower
            if w == "daily" || w == "weekly" { return w }
            if (w == "past" || w == "last" || w == "previous"), k + 1 < window.upperBound {
                let n = t[k + 1]
                if n.kind == .number, k + 2 < window.upperBound, ["hours", "days", "weeks"].contains(t[k + 2].lower) {
                    return "past-\(n.text)-\(t[k + 2].lower)"
                }
                if ["day", "week", "24"].contains(n.lower) { return "past-" + n.lower }
            }
            if (w == "a" || w == "per" || w == "each"), k + 1 < window.upperBound, ["day", "week"].contains(t[k + 1].lower),
               k == m.unitEnd || k == (phrase?.end ?? -1) {
                return t[k + 1].lower == "day" ? "daily" : "weekly"
            }
            k += 1
        }
        return nil
    }

    /// Words naming the period a move happened over.
    static let movePeriods: [String: String] = [
        "today": "today", "yesterday": "yesterday", "premarket": "premarket", "pre-market": "premarket",
        "intraday": "intraday", "overnight": "overnight", "quarter": "quarter", "quarterly": "quarter",
        "year-on-year": "year-on-year", "annual": "year", "annually": "year", "weekly": "week", "monthly": "month",
    ]

    /// The period of a stated move, from its clause: a weekday ("fell 5% on Monday"), a month, a
    /// year, "today", "in premarket trading", "in the quarter", "this week". A move keys on it: a
    /// 60% fall on Thursday and a 63% fall in Friday's premarket are two figures.
    static func movePeriod(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> String? {
        let clause = OwnerRules.clauseStart(t, before: m.hedgeStart, sentence: r)
        var end = m.unitEnd
        while end < r.upperBound, end < m.unitEnd + 12, ![";", "while", "whereas", "but"].contains(t[end].lower) { end += 1 }
        var found: [String] = []
        for k in max(clause, m.hedgeStart - 12)..<end {
            let w = t[k].lower
            if TimeWords.weekdays.contains(w) { found.append(w) }
            else if TimeWords.isMonth(t[k]) { found.append(w) }
            else if let p = movePeriods[w] { found.append(p) }
            else if (w == "week" || w == "month" || w == "year" || w == "session" || w == "day"),
                    k > r.lowerBound, ["this", "last", "the", "that"].contains(t[k - 1].lower) {
                found.append((t[k - 1].lower == "last" ? "last-" : "") + w)
            } else if t[k].kind == .number, t[k].text.count == 4, let y = Int(t[k].text), (1900...2100).contains(y) {
                found.append(t[k].text)
            }
        }
        var seen = Set<String>()
        let unique = found.filter { seen.insert($0).inserted }
        return unique.isEmpty ? nil : unique.joined(separator: "-")
    }

    /// Words that make a count of cases a count of another kind: suspected cases are not confirmed ones.
    static let caseKinds: [String: String] = [
        "suspected": "suspected", "probable": "probable", "possible": "suspected", "presumptive": "probable",
        "severe": "severe", "critical": "severe", "imported": "imported", "local": "local", "locally": "local",
        "asymptomatic": "asymptomatic",
    ]

    /// The kind of case a phrase counts, from its modifiers ("393 suspected cases", "177 severe cases").
    static func caseKind(_ t: [Token], phrase: CountedPhrase?) -> String? {
        guard let p = phrase else { return nil }
        return t[p.first..<max(p.end, p.head + 1)].lazy.compactMap { caseKinds[$0.lower] }.first
    }

    /// The figure's own clause around it, where its period would be said.
    private static func periodWindow(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> Range<Int> {
        let clause = OwnerRules.clauseStart(t, before: m.hedgeStart, sentence: r)
        var end = m.unitEnd
        while end < r.upperBound, end < m.unitEnd + 12, ![",", ";", "while", "whereas", "and", "but"].contains(t[end].lower) { end += 1 }
        return max(clause, m.hedgeStart - 8)..<end
    }

    /// Whether the text calls the figure a running total ("bringing the total to", "overall toll").
    static func isCumulative(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> Bool {
        t[periodWindow(t, mention: m, sentence: r)].contains { cumulativeWords.contains($0.lower) }
    }

    /// Whether a scope segment is a period: "new", "daily", "weekly", "past-24-hours".
    static func isPeriod(_ segment: String) -> Bool {
        segment == "new" || segment == "daily" || segment == "weekly" || segment.hasPrefix("past-")
    }

    /// "all but two people on board were killed": the number is what is left over, not a count.
    static func isRemainder(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> Bool {
        m.hedgeStart - 2 >= r.lowerBound && t[m.hedgeStart - 1].lower == "but" && t[m.hedgeStart - 2].lower == "all"
    }

    /// "another 63%", "two more victims", "an additional 40", "a further 12": an addition to an
    /// earlier figure of the same thing. Not "killed 153 and injured a further 133": there "further"
    /// only joins another kind of figure.
    static func isIncrement(_ t: [Token], mention m: Mention, sentence r: Range<Int>, sameKindBefore: Bool) -> Bool {
        let j = m.hedgeStart - 1
        let before = j >= r.lowerBound ? t[j].lower : ""
        let beforeTwo = j - 1 >= r.lowerBound ? t[j - 1].lower : ""
        let after = m.unitEnd < r.upperBound ? t[m.unitEnd].lower : ""
        if before == "another" || after == "more" || after == "additional" { return true }
        if before == "additional" && beforeTwo == "an" || before == "further" && beforeTwo == "a" || after == "further" {
            return sameKindBefore
        }
        return false
    }

    /// Modal verbs and forecasts that make a level a projection: "could reach 10,000", "may exceed",
    /// "is expected to rise to", "feared dead".
    static let modals: Set<String> = ["could", "may", "might", "would"]
    static let forecasts: Set<String> = ["expected", "projected", "forecast", "predicted", "feared", "likely"]
    static let reachVerbs: Set<String> = [
        "reach", "rise", "climb", "exceed", "top", "hit", "surpass", "increase", "grow", "double", "be", "soar",
        "jump", "pass", "go", "approach",
    ]

    /// Whether the figure is a projection rather than a count: a modal or a forecast word governing
    /// the level verb before the number, or "feared" next to it ("1,000 feared dead").
    static func isProjection(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> Bool {
        var k = m.hedgeStart - 1
        let floor = max(r.lowerBound, m.hedgeStart - 7)
        var sawReach = false
        while k >= floor {
            let w = t[k].lower
            // "could further rise as 37 were in serious condition": the modal governs another clause.
            if w == "," || w == ";" || w == "as" || t[k].kind == .number || FunctionWords.conjunctions.contains(w) { break }
            if reachVerbs.contains(w) { sawReach = true }
            if sawReach, modals.contains(w) || forecasts.contains(w) { return true }
            k -= 1
        }
        var j = m.unitEnd
        while j < min(r.upperBound, m.unitEnd + 4) {
            if t[j].lower == "feared" { return true }
            if t[j].lower == "," { break }
            j += 1
        }
        return false
    }

    /// A count of another event the text recalls: "the 2004 Beslan siege, which killed 334". A
    /// year before the article's in the clause before the number marks it ("since June 14, 2022"
    /// in a 2022 report is the running total's start, not another event).
    static func isOtherEvent(_ t: [Token], mention m: Mention, sentence r: Range<Int>, year: Int?) -> Bool {
        let start = OwnerRules.clauseStart(t, before: m.hedgeStart, sentence: r)
        var k = max(r.lowerBound, min(start, m.hedgeStart - 12))
        while k < m.hedgeStart {
            let tok = t[k]
            let anchorsARun = k > r.lowerBound && ["since", "from", "as", "of"].contains(t[k - 1].lower)
            if tok.kind == .number, !anchorsARun, let y = Int(tok.text), (1900...2100).contains(y), tok.text.count == 4 {
                if let year { if y < year { return true } } else { return true }
            }
            k += 1
        }
        return false
    }

    /// Verbs of being ahead or behind: "by N" after them states a margin.
    static let leadVerbs: Set<String> = [
        "lead", "leads", "led", "leading", "trail", "trails", "trailed", "trailing", "ahead", "behind", "edged",
        "edges", "beat", "beats", "won", "wins", "defeated", "outpolled", "margin", "outnumbered",
    ]

    /// "leads Trump by about 14,000 votes", "won by 12 seats": a margin, not a level.
    static func isMargin(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> Bool {
        guard m.hedgeStart - 1 >= r.lowerBound, t[m.hedgeStart - 1].lower == "by" else { return false }
        var k = m.hedgeStart - 2
        while k >= max(r.lowerBound, m.hedgeStart - 10) {
            if leadVerbs.contains(t[k].lower) { return true }
            if t[k].lower == "," || t[k].kind == .number { return false }
            k -= 1
        }
        return false
    }

    /// A count in one named place, in an article that counts the same thing nowhere else, is the
    /// event's own count: "211 injured in Kerman" in a report on the Kerman bombing. Only a
    /// breakdown (two places for one counted thing, or a place beside a count with none) makes a
    /// place a part of the whole.
    static func wholesFromLonePlaces(_ claims: inout [Claim]) {
        for prefix in ["in-", "of-"] { wholesFromLone(prefix, &claims) }
    }

    /// The same for one kind of part: places ("in-") or named events ("of-").
    private static func wholesFromLone(_ prefix: String, _ claims: inout [Claim]) {
        func part(_ key: String) -> (without: String, part: String)? {
            let segments = key.split(separator: "/")
            guard let i = segments.firstIndex(where: { $0.hasPrefix(prefix) }) else { return nil }
            var rest = segments
            rest.remove(at: i)
            return (rest.joined(separator: "/"), String(segments[i]))
        }
        var parts: [String: Set<String>] = [:]
        var whole: Set<String> = []
        for claim in claims where claim.untracked == nil {
            guard let counted = claim.counted else { continue }
            if let found = part(claim.key) {
                parts[counted, default: []].insert(found.part)
            } else if !claim.key.split(separator: "/").contains(where: { $0.hasPrefix("in-") || $0.hasPrefix("of-") }) {
                // A part of the other kind (a named fire's toll) is no whole beside a place's.
                whole.insert(counted)
            }
        }
        for i in claims.indices where claims[i].untracked == nil {
            guard let counted = claims[i].counted, let found = part(claims[i].key), parts[counted]?.count == 1,
                  !whole.contains(counted) else { continue }
            claims[i].key = found.without
        }
    }

    /// Words that make a figure a requirement rather than a count: "needs 50% + 1 of the votes",
    /// "a minimum of 25% in 24 counties", "must reach 60 votes".
    static let requirementWords: Set<String> = ["needs", "need", "needed", "must", "required", "requires", "require",
                                                "minimum", "threshold", "qualify"]

    /// Whether the figure's clause states what is required, not what is.
    static func isRequirement(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> Bool {
        // The hedge counts too: "a minimum of 25%".
        let start = max(OwnerRules.clauseStart(t, before: m.hedgeStart, sentence: r), m.hedgeStart - 16)
        return t[min(start, m.first)..<m.first].contains { requirementWords.contains($0.lower) }
    }

    /// When a level was: a year other than the article's ("Lula won 48.4% in 2018", "the 2014
    /// runoff") or a round of a vote ("in the first round"). Levels of different years or rounds
    /// are different figures; an outcome of another year is another event (`isOtherEvent`).
    static func levelFrame(_ t: [Token], mention m: Mention, sentence r: Range<Int>, year: Int?) -> String? {
        // A frame is often fronted ("In the first round, ..., Lula won 48%"): read from the sentence's start.
        let start = max(r.lowerBound, m.hedgeStart - 30)
        var end = m.unitEnd
        while end < r.upperBound, end < m.unitEnd + 10, ![",", ";", "while", "whereas", "but", "and"].contains(t[end].lower) { end += 1 }
        var frame: [String] = []
        var k = start
        while k < end {
            let w = t[k].lower
            if (w == "round" || w == "ballot"), k > start, ["first", "second", "third", "final"].contains(t[k - 1].lower) {
                frame.append(t[k - 1].lower + "-round")
            } else if w == "runoff" || w == "run-off" {
                frame.append("runoff")
            } else if t[k].kind == .number, t[k].text.count == 4, let y = Int(t[k].text), (1900...2100).contains(y),
                      y != year, k < m.first || k >= m.end {
                frame.append(t[k].text)
            }
            k += 1
        }
        var seen = Set<String>()
        let unique = frame.filter { seen.insert($0).inserted }
        return unique.isEmpty ? nil : unique.joined(separator: "-")
    }

    /// Nouns of events a story may hold several of: "the Eaton fire", "the Palisades blaze".
    static let eventNouns: Set<String> = [
        "fire", "fires", "blaze", "wildfire", "earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone",
        "flood", "floods", "attack", "shooting", "crash", "explosion", "blast", "bombing", "eruption",
    ]

    /// A named event the figure's clause is about ("the Eaton fire has killed 16"), as a sub-scope
    /// "of-eaton-fire": a story of several fires keeps each fire's toll apart from the others and
    /// from the total; a story of one keeps it whole (`wholesFromLonePlaces`).
    static func namedEvent(_ t: [Token], mention m: Mention, sentence r: Range<Int>, names: Set<String>) -> String? {
        let start = max(OwnerRules.clauseStart(t, before: m.hedgeStart, sentence: r), m.hedgeStart - 12)
        var k = start
        while k + 1 < m.hedgeStart {
            // A name: capitalised mid-sentence, or one the article capitalises elsewhere ("The quake" is none).
            if t[k].kind == .word, t[k].isCapitalized, !FunctionWords.endsPhrase(t[k]), eventNouns.contains(t[k + 1].lower),
               names.contains(t[k].lower), Gazetteer.match(t, at: k) == nil {
                return "of-" + Slug.make(t[k].lower + " " + t[k + 1].lower)
            }
            k += 1
        }
        return nil
    }

    /// "once reported at 93", "earlier put at 2xx", "previously estimated at": a value the text
    /// itself calls outdated.
    static let earlierWords: Set<String> = ["once", "earlier", "previously", "initially", "originally", "formerly", "first"]

    static func isEarlierValue(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> Bool {
        // "Earlier, Telegram channels reported 143 and 150 deaths": the sentence recalls older reports.
        if r.count > 2, ["earlier", "previously", "initially", "originally"].contains(t[r.lowerBound].lower),
           t[r.lowerBound + 1].lower == "," {
            return true
        }
        var k = m.hedgeStart - 1
        let floor = max(r.lowerBound, m.hedgeStart - 5)
        var sawVerb = false
        while k >= floor {
            let w = t[k].lower
            if w == "," || w == ";" { break }
            if w == "at" || w == "as" || FunctionWords.auxiliaries.contains(w) || w == "put" || w == "given"
                || AttributionWords.verbs.contains(w) || AttributionWords.participles.contains(w) || w == "estimated" {
                sawVerb = sawVerb || w != "at"
            } else if earlierWords.contains(w) {
                return sawVerb
            } else {
                break
            }
            k -= 1
        }
        return false
    }
}
