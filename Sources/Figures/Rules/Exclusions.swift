/// Numbers that are not figures: dates, years, times, ages, ordinals, scores, phone numbers and
/// codes, labels and addresses, list markers, web counters, durations that name a moment ("three
/// days ago"), spelled numbers that refer rather than count ("one of the best", "the two sides"), and
/// numbers inside names. Each rule is one small function over the tokens around a mention;
/// `reason` names the first that fires.
enum Exclusions {
    private static let rules: [(String, @Sendable (Mention, [Token], Range<Int>) -> Bool)] = [
        ("date", isDate), ("year", isYear), ("time", isTime), ("age", isAge), ("ordinal", isOrdinal),
        ("score", isScore), ("phone", isPhone), ("code", isCode), ("label", isLabel), ("address", isAddress),
        ("list marker", isListMarker), ("web counter", isWebCounter), ("relative time", isRelativeTime),
        ("reference", isReference),
    ]

    static func reason(_ m: Mention, _ t: [Token], sentence: Range<Int>, headline: Bool) -> String? {
        for (name, rule) in rules where rule(m, t, sentence) { return name }
        if m.gluedToName || !headline && isNameNumber(m, t, sentence) { return "name" }
        return nil
    }

    /// Words of a sports result: "won 2-0", "a 3-1 victory".
    static let sports: Set<String> = [
        "won", "win", "wins", "lost", "lose", "beat", "beats", "defeated", "defeat", "victory", "draw",
        "drew", "score", "scored", "scoreline", "led", "lead", "trailing", "match", "game", "final",
        "goals", "innings", "set", "sets",
    ]
    static let phoneWords: Set<String> = ["call", "phone", "tel", "telephone", "fax", "hotline", "dial", "mobile", "whatsapp"]
    /// Nouns a number labels rather than counts: "Article 5", "category 5", "No. 5".
    static let labelHeads: Set<String> = [
        "article", "articles", "resolution", "section", "chapter", "clause", "paragraph", "rule", "route",
        "highway", "flight", "level", "phase", "grade", "category", "stage", "room", "gate", "platform",
        "page", "pages", "p", "pp", "volume", "vol", "episode", "season", "series", "model", "version", "v",
        "ver", "release", "no", "nos", "number", "unit", "type", "block", "lot", "exit", "terminal", "line",
        "ward", "bus", "tower", "apartment", "lane", "street", "avenue", "district", "zone", "sector",
        "region", "reactor", "mark", "mk", "#", "act", "bill", "law", "decree", "order", "term", "day",
        "figure", "fig", "table", "chart", "step", "part", "item", "example", "appendix", "exhibit", "note",
        "footnote", "slide", "track", "lesson", "round", "game", "match", "week", "heat", "code", "pin",
        "postcode", "zip", "suite", "box", "extension", "ext", "precinct", "pier", "berth", "hole", "channel",
        "jersey", "shirt", "runway", "interstate", "password",
    ]
    /// Street types after a house number: "10 Downing Street", "123 Random Street".
    static let streetTypes: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "boulevard", "blvd", "drive", "dr",
        "way", "place", "pl", "court", "ct", "square", "terrace", "crescent", "close", "parkway", "pkwy",
        "highway", "hwy", "row", "gardens", "mews", "alley", "strasse", "straße", "rue",
    ]
    /// Web page furniture: "(Visited 2 times, 1 visits today)", "1.2 million views".
    static let counterNouns: Set<String> = [
        "visits", "views", "pageviews", "likes", "comments", "replies", "retweets", "reads", "hits", "clicks",
        "reactions",
    ]
    static let counterVerbs: Set<String> = ["visited", "viewed", "read", "shared", "liked", "downloaded"]

    static func previous(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Token? { i - 1 >= r.lowerBound ? t[i - 1] : nil }
    static func next(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Token? { i < r.upperBound ? t[i] : nil }

    /// "21 October", "October 12", "Oct. 22", "on may 19", "10/22/2024", "22 Oct".
    static func isDate(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard !m.vague else { return false }
        if let n = next(t, m.end, r), m.plainInteger, m.high <= 31 {
            if TimeWords.isMonth(n) { return true }
            // "on 1 may": a month that is also a word, after a day number that follows a preposition.
            if TimeWords.months.contains(n.lower), let p = previous(t, m.hedgeStart, r), p.flags.contains(.preposition) { return true }
        }
        if let n = next(t, m.end, r), n.lower == "of", let n2 = next(t, m.end + 1, r), TimeWords.isMonth(n2) { return true }
        var p = m.first - 1
        if p >= r.lowerBound, t[p].lower == "." { p -= 1 }
        if p >= r.lowerBound, m.plainInteger, m.low <= 31 || m.low >= 1000 {
            if TimeWords.isMonth(t[p]) { return true }
            // A month that is also a word ("may", "march") counts after a preposition: "on may 19".
            if TimeWords.months.contains(t[p].lower), p - 1 >= r.lowerBound, t[p - 1].flags.contains(.preposition) { return true }
        }
        if let n = next(t, m.end, r), n.lower == "/" || n.lower == ".", n.isAttached,
           let n2 = next(t, m.end + 1, r), n2.kind == .number, n2.isAttached { return true }
        if let p = previous(t, m.first, r), p.lower == "/", p.isAttached, m.plainInteger { return true }
        return false
    }

    /// "in 2022", "since 2014", "2022-2024": four-digit plain integers in the calendar range, unless
    /// a counted noun or unit follows ("2000 troops").
    static func isYear(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard m.plainInteger, m.unit == nil, !m.spelled else { return false }
        let looksLikeYear: (Double) -> Bool = { $0 >= 1000 && $0 <= 2100 && $0 == $0.rounded() }
        guard looksLikeYear(m.low), looksLikeYear(m.high) || m.pairedHyphen else { return false }
        if m.hedge != nil, m.hedgeStart < m.first, !(m.hedge.map { ["around", "about", "circa", "before", "after"].contains($0) } ?? false) {
            return false
        }
        guard let n = next(t, m.unitEnd, r), n.kind == .word else { return true }
        return CountedNouns.classes.match(t, at: m.unitEnd, limit: r.upperBound) == nil
            && !CountedNouns.people.contains(n.lower)
    }

    /// "3:30 pm", "15:00", "9 am", "2pm", "10 o'clock".
    static func isTime(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if let n = next(t, m.end, r), n.lower == ":", n.isAttached, let n2 = next(t, m.end + 1, r), n2.kind == .number { return true }
        if let p = previous(t, m.first, r), p.lower == ":", p.isAttached,
           let pp = previous(t, m.first - 1, r), pp.kind == .number { return true }
        if let n = next(t, m.end, r), TimeWords.clock.contains(n.lower) {
            // "1400 hrs" is a clock time; "3 hrs" a duration.
            return n.lower != "hrs" || t[m.first].text.count == 4
        }
        return false
    }

    /// "aged 45", "a 45-year-old", "45 years old", "three months of age", "in his 40s", "a 87 yo man",
    /// "John Smith, 45, said".
    static func isAge(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if let p = previous(t, m.hedgeStart, r), TimeWords.agePrefixes.contains(p.lower) { return true }
        // "at the age of 45", "between the ages of 4 and 75" (the second age read apart).
        var k = m.hedgeStart - 1
        let second = k - 1 >= r.lowerBound && t[k].lower == "and" && t[k - 1].kind == .number
        if second { k -= 2 }
        if k >= r.lowerBound, t[k].lower == "between" { k -= 1 }
        if second, k >= r.lowerBound, ["aged"].contains(t[k].lower), t[m.hedgeStart - 3].lower == "between" { return true }
        if k - 1 >= r.lowerBound, t[k].lower == "of", ["age", "ages"].contains(t[k - 1].lower) { return true }
        var j = m.end
        if j < r.upperBound, t[j].lower == "-" { j += 1 }
        guard j < r.upperBound else { return false }
        let w = t[j].lower
        if TimeWords.durations.contains(w), j + 1 < r.upperBound {
            var k = j + 1
            if t[k].lower == "-", k + 1 < r.upperBound { k += 1 }
            if t[k].lower == "old" || t[k].lower == "olds" { return true }
            if t[k].lower == "of", k + 1 < r.upperBound, t[k + 1].lower == "age" { return true }
        }
        if w == "yo" || w == "y.o." { return true }
        if w == "s" && t[j].isAttached { return true }
        return isAppositiveAge(m, t, r)
    }

    /// "Jane Doe, 45, a teacher": a bare number between commas right after a name is the person's age.
    private static func isAppositiveAge(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard m.plainInteger, m.unit == nil, !m.isRange, m.low >= 1, m.low < 120, m.hedge == nil,
              m.first - 2 >= r.lowerBound, t[m.first - 1].lower == ",",
              let n = next(t, m.end, r), n.lower == "," || n.lower == ")" else { return false }
        let p = t[m.first - 2]
        let person = p.isCapitalized || p.flags.contains(.title) || CountedNouns.people.contains(p.lower)
            || CountedNouns.people.contains(p.lower + "s") || personNouns.contains(p.lower)
        return p.kind == .word && person && !TimeWords.isMonth(p) && !TimeWords.weekdays.contains(p.lower)
            && Gazetteer.match(t, at: m.first - 2) == nil
    }

    /// Nouns for a person that an age may follow: "his wife, 43,", "the driver, 29,".
    static let personNouns: Set<String> = [
        "man", "woman", "boy", "girl", "child", "baby", "teenager", "wife", "husband", "son", "daughter",
        "mother", "father", "brother", "sister", "partner", "friend", "driver", "victim", "suspect", "officer",
        "pilot", "player", "teacher", "nurse", "doctor", "mayor", "chief", "owner", "founder", "defendant",
    ]

    /// "1st", "22nd", "3rd", "4th".
    static func isOrdinal(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard let n = next(t, m.end, r), n.isAttached else { return false }
        return ["st", "nd", "rd", "th"].contains(n.lower)
    }

    /// "3-1", "won 2-0": a hyphen pair that is not a rising range, or small pairs in a sports context.
    static func isScore(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if m.pairedHyphen { return true }
        guard m.isRange, m.plainInteger, m.high < 200, !m.vague else { return false }
        let window = max(r.lowerBound, m.hedgeStart - 8)..<min(r.upperBound, m.unitEnd + 8)
        return t[window].contains { sports.contains($0.lower) }
    }

    /// "+1 555 123 4567", "(555) 123-4567", "555-123-4567", "call 0800 123 456"; "+1.1%" is a figure.
    static func isPhone(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard m.unit == nil, !m.spelled else { return false }
        if let p = previous(t, m.first, r), p.lower == "+", p.isAttached || t[m.first].isAttached,
           t[m.first].text.count >= 7 || next(t, m.end, r)?.kind == .number { return true }
        if let p = previous(t, m.first, r), p.lower == ")", let pp = previous(t, m.first - 1, r), pp.kind == .number,
           let ppp = previous(t, m.first - 2, r), ppp.lower == "(" { return true }
        // Three or more digit groups chained by hyphens or dots.
        var groups = 1
        var j = m.first
        while groups < 3, j + 2 <= r.upperBound - 1, t[j + 1].lower == "-" || t[j + 1].lower == ".", t[j + 1].isAttached,
              t[j + 2].kind == .number, t[j + 2].isAttached {
            groups += 1
            j += 2
        }
        if groups >= 3 { return true }
        // Digit groups split by spaces: "+44 20 7946 0958", "0800 123 456".
        var run = 1
        var k = m.first - 1
        // Three groups settle it: never walk a whole table of numbers.
        while run < 3, k >= r.lowerBound, t[k].kind == .number, t[k + 1].spaceBefore { run += 1; k -= 1 }
        k = m.end
        while run < 3, k < r.upperBound, t[k].kind == .number, t[k].spaceBefore { run += 1; k += 1 }
        if run >= 3 { return true }
        // The last group of one: "555-123-4567" seen from "4567".
        if m.first - 4 >= r.lowerBound, t[m.first - 1].lower == "-", t[m.first - 2].kind == .number,
           t[m.first - 3].lower == "-", t[m.first - 4].kind == .number, t[m.first].isAttached { return true }
        var p = m.first - 1
        while p >= r.lowerBound, p >= m.first - 3 {
            if phoneWords.contains(t[p].lower) { return true }
            p -= 1
        }
        return false
    }

    /// Digit strings with a leading zero ("007", "0800") are codes, not quantities; so are digits with
    /// letters glued after them that are no unit, scale or ordinal ("4K", "5G", "2AA").
    static func isCode(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard t[m.first].kind == .number else { return false }
        if m.unitEnd == m.end, m.end < r.upperBound, t[m.end].kind == .word, t[m.end].isAttached { return true }
        let s = t[m.first].text
        return s.count > 1 && s.hasPrefix("0") && !s.hasPrefix("0.") && !s.hasPrefix("0,")
    }

    /// "Article 5", "Resolution 2231", "No. 5", "category 5", "version 3.2", "#5"; and an identity
    /// stated with a verb: "the code is 4471".
    static func isLabel(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard m.unit == nil, !m.vague else { return false }
        var p = m.hedgeStart - 1
        if p >= r.lowerBound, t[p].lower == "." { p -= 1 }
        guard p >= r.lowerBound else { return false }
        if labelHeads.contains(t[p].lower) { return true }
        if ["is", "was", ":", "reads"].contains(t[p].lower), p - 1 >= r.lowerBound, m.plainInteger,
           labelHeads.contains(t[p - 1].lower) { return true }
        return false
    }

    /// House numbers and postcodes: "10 Downing Street", "123 Random Street", "PA 23456".
    static func isAddress(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard m.plainInteger, m.unit == nil, m.hedge == nil else { return false }
        var k = m.end
        var names = 0
        while k < r.upperBound, names < 3, t[k].kind == .word, t[k].isCapitalized {
            if names > 0 || k > m.end, streetTypes.contains(t[k].lower) { return true }
            names += 1
            k += 1
        }
        // A US ZIP code after a two-letter state code.
        if let p = previous(t, m.first, r), t[m.first].text.count == 5, p.text.count == 2,
           p.text == p.text.uppercased(), p.kind == .word { return true }
        return false
    }

    /// Numbers that mark the items of a list or a note: "1 ) explains why ...; 2 ) cautions that",
    /// "3. Preheat the oven", "[24]", "[n 7]".
    static func isListMarker(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard m.plainInteger, m.unit == nil, m.hedge == nil else { return false }
        let n = next(t, m.end, r)
        let p = previous(t, m.first, r)
        if n?.lower == "]", p?.lower == "[" || p.map({ $0.kind == .word && m.first - 2 >= r.lowerBound && t[m.first - 2].lower == "[" }) == true {
            return true
        }
        guard m.low < 1000, let n else { return p == nil }
        if n.lower == ")" {
            guard let p else { return true }
            return [";", ":", ",", "and", "or", ".", "("].contains(p.lower)
        }
        // "3." opening a line, or a number standing alone as a sentence.
        return p == nil && n.lower == "." && (m.end + 1 == r.upperBound || t[m.end + 1].kind == .word && t[m.end + 1].isCapitalized)
    }

    /// "(Visited 2 times, 1 visits today)", "1.2 million views": the page counting its readers.
    static func isWebCounter(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if let n = next(t, m.unitEnd, r), counterNouns.contains(n.lower) { return true }
        if m.unit == "times", let p = previous(t, m.hedgeStart, r), counterVerbs.contains(p.lower), p.isCapitalized { return true }
        return false
    }

    /// A length of time is a figure: it measures how long something lasts or lasted, and can be
    /// revised and tracked like any count ("jailed for 15 years", "a 72-hour ceasefire", "took more
    /// than three hours", "in the first eight months", "over the past five years"). Used to name a
    /// moment relative to another ("three days ago", "two weeks later", "five years from now",
    /// "two days before the vote") it is a date, and dates are no figures.
    static let relativeTime: Set<String> = [
        "ago", "later", "earlier", "before", "after", "afterwards", "beforehand", "hence", "previously",
    ]

    static func isRelativeTime(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard let unit = m.unit, Units.isDuration(unit), let n = next(t, m.unitEnd, r) else { return false }
        if relativeTime.contains(n.lower) { return true }
        return n.lower == "from" && next(t, m.unitEnd + 1, r)?.lower == "now"
    }

    /// Spelled numbers that refer rather than count: "one of the best", "the two sides", "all three",
    /// and a lone "one" that is an article in disguise ("one dealer said", "one day"). A "one" counts
    /// when hedged ("at least one") or when it counts a tracked thing that happened ("one person
    /// was killed").
    static func isReference(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard m.spelled, !m.vague, !m.isRange else { return false }
        // "One day, the rains came": a clause opening with "one" and a time is a story's "once".
        if let u = m.unit, Units.isDuration(u), !m.attributiveUnit, m.low == 1, m.hedge == nil {
            let p = previous(t, m.hedgeStart, r)
            return p == nil || [",", ";", "and", "but", "then"].contains(p!.lower)
        }
        guard m.unit == nil else { return false }
        if let p = previous(t, m.hedgeStart, r), FunctionWords.referenceDeterminers.contains(p.lower) { return true }
        guard m.low <= 1, m.low == m.high, m.low == m.low.rounded() else { return false }
        if m.hedge != nil { return false }
        if let n = next(t, m.end, r), n.lower == "of" || n.lower == "-" || n.lower == "another" { return true }
        guard let p = CountedPhrases.right(t, from: m.end, limit: r.upperBound) else { return true }
        let known = CountedNouns.classes.match(t, endingBefore: p.head + 1, floor: p.first) != nil
        if known { return false }
        guard p.personHead else { return true }
        let outcomeAfter = (p.end..<min(r.upperBound, p.end + 4)).contains { Predicates.outcomes.match(t, at: $0, limit: r.upperBound) != nil }
        let outcomeBefore = Predicates.outcomes.match(t, endingBefore: m.hedgeStart, floor: r.lowerBound) != nil
        return !(outcomeAfter || outcomeBefore)
    }

    /// Numbers inside names: glued to letters ("G7", "A320"), hyphenated to a word ("COVID-19",
    /// "F-16"), or after a capitalised word mid-sentence ("Boeing 737", "Windows 11", "iPhone 15").
    static func isNameNumber(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if m.gluedToName { return true }
        // A capitalised spelled number inside a sentence names something: "Building Twenty",
        // "Ninety Mile Beach".
        if m.spelled, !m.vague, m.first > r.lowerBound, t[m.first].isCapitalized, t[m.first - 1].lower != "\"" { return true }
        guard t[m.first].kind == .number else { return false }
        if let p = previous(t, m.first, r), p.lower == "-", p.isAttached, t[m.first].isAttached,
           let pp = previous(t, m.first - 1, r), pp.kind == .word {
            return true
        }
        // "7-Eleven", "3-M": digits hyphenated to a capitalised word that is no unit.
        if m.unitEnd == m.end, m.end + 1 < r.upperBound, t[m.end].lower == "-", t[m.end].isAttached,
           t[m.end + 1].isAttached, t[m.end + 1].kind == .word, t[m.end + 1].isCapitalized { return true }
        // "Boeing 737", "Windows 3.1": a bare integer or short decimal, not a formatted quantity.
        let text = t[m.first].text
        let shortDecimal = !text.contains(",") && !m.isRange && m.end == m.first + 1
        guard m.plainInteger || shortDecimal, m.hedgeStart == m.first, m.unit == nil else { return false }
        let p = m.first - 1
        guard p > r.lowerBound, t[p].kind == .word, t[p].isCapitalized || hasInnerCapital(t[p].text) else { return false }
        let w = t[p].lower
        if FunctionWords.endsPhrase(t[p]) || TimeWords.isMonth(t[p]) || TimeWords.weekdays.contains(w) { return false }
        if Gazetteer.match(t, at: p) != nil { return false }
        return true
    }

    /// "iPhone", "eBay": a capital inside a word marks a name.
    private static func hasInnerCapital(_ w: String) -> Bool {
        w.unicodeScalars.dropFirst().contains { $0.value >= 65 && $0.value <= 90 }
    }
}
