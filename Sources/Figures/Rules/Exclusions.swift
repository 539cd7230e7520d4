/// Numbers that are not claims: dates, years, times, ages, ordinals, scores, phone and version
/// numbers, numbers inside names, multipliers, durations. Each rule is one small function over
/// the tokens around a mention; `reason` names the first that fires.
enum Exclusions {
    private static let rules: [(String, @Sendable (Mention, [Token], Range<Int>) -> Bool)] = [
        ("date", isDate), ("year", isYear), ("time", isTime), ("age", isAge), ("ordinal", isOrdinal),
        ("score", isScore), ("phone", isPhone), ("code", isCode), ("label", isLabel),
        ("multiplier", isMultiplier), ("duration", isDuration),
    ]

    static func reason(_ m: Mention, _ t: [Token], sentence: Range<Int>, headline: Bool) -> String? {
        for (name, rule) in rules where rule(m, t, sentence) { return name }
        if !headline, isNameNumber(m, t, sentence) { return "name" }
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
        "footnote", "slide", "track", "lesson", "round", "game", "match", "week", "heat",
    ]

    static func previous(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Token? { i - 1 >= r.lowerBound ? t[i - 1] : nil }
    static func next(_ t: [Token], _ i: Int, _ r: Range<Int>) -> Token? { i < r.upperBound ? t[i] : nil }

    /// "21 October", "October 12", "Oct. 22", "10/22/2024", "22 Oct".
    static func isDate(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if let n = next(t, m.end, r), TimeWords.isMonth(n) { return true }
        if let n = next(t, m.end, r), n.lower == "of", let n2 = next(t, m.end + 1, r), TimeWords.isMonth(n2) { return true }
        var p = m.first - 1
        if p >= r.lowerBound, t[p].lower == "." { p -= 1 }
        if p >= r.lowerBound, TimeWords.isMonth(t[p]), m.plainInteger { return true }
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
        guard looksLikeYear(m.low), looksLikeYear(m.high) else { return false }
        if m.hedge != nil, m.hedgeStart < m.first { return false }
        guard let n = next(t, m.unitEnd, r), n.kind == .word else { return true }
        return CountedNouns.classes.match(t, at: m.unitEnd, limit: r.upperBound) == nil
            && !CountedNouns.people.contains(n.lower)
    }

    /// "3:30 pm", "15:00", "9 am", "10 o'clock".
    static func isTime(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if let n = next(t, m.end, r), n.lower == ":", n.isAttached, let n2 = next(t, m.end + 1, r), n2.kind == .number { return true }
        if let p = previous(t, m.first, r), p.lower == ":", p.isAttached,
           let pp = previous(t, m.first - 1, r), pp.kind == .number { return true }
        if let n = next(t, m.end, r), TimeWords.clock.contains(n.lower) { return true }
        return false
    }

    /// "aged 45", "a 45-year-old", "45 years old", "in his 40s".
    static func isAge(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if let p = previous(t, m.hedgeStart, r), TimeWords.agePrefixes.contains(p.lower) { return true }
        var j = m.end
        if j < r.upperBound, t[j].lower == "-" { j += 1 }
        guard j < r.upperBound else { return false }
        let w = t[j].lower
        if (w == "year" || w == "years" || w == "month" || w == "months"), j + 1 < r.upperBound {
            var k = j + 1
            if t[k].lower == "-", k + 1 < r.upperBound { k += 1 }
            if t[k].lower == "old" || t[k].lower == "olds" { return true }
        }
        return w == "s" && t[j].isAttached
    }

    /// "1st", "22nd", "3rd", "4th".
    static func isOrdinal(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard let n = next(t, m.end, r), n.isAttached else { return false }
        return ["st", "nd", "rd", "th"].contains(n.lower)
    }

    /// "3-1", "won 2-0": a hyphen pair that is not a rising range, or small pairs in a sports context.
    static func isScore(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if m.pairedHyphen { return true }
        guard m.isRange, m.plainInteger, m.high < 200 else { return false }
        let window = max(r.lowerBound, m.hedgeStart - 8)..<min(r.upperBound, m.unitEnd + 8)
        return t[window].contains { sports.contains($0.lower) }
    }

    /// "+1 555 123 4567", "(555) 123-4567", "555-123-4567", "call 0800 123 456".
    static func isPhone(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if let p = previous(t, m.first, r), p.lower == "+" { return true }
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
        // The last group of "555-123-4567": two digit groups glued by hyphens before it.
        if m.first - 4 >= r.lowerBound, t[m.first].isAttached, t[m.first - 1].lower == "-",
           t[m.first - 2].kind == .number, t[m.first - 2].isAttached, t[m.first - 3].lower == "-",
           t[m.first - 4].kind == .number {
            return true
        }
        var p = m.first - 1
        while p >= r.lowerBound, p >= m.first - 3 {
            if phoneWords.contains(t[p].lower) { return true }
            p -= 1
        }
        return false
    }

    /// Digit strings with a leading zero ("007", "0800") are codes, not quantities.
    static func isCode(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        guard t[m.first].kind == .number else { return false }
        let s = t[m.first].text
        return s.count > 1 && s.hasPrefix("0") && !s.hasPrefix("0.") && !s.hasPrefix("0,")
    }

    /// "Article 5", "Resolution 2231", "No. 5", "category 5", "version 3.2", "#5".
    static func isLabel(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        var p = m.hedgeStart - 1
        if p >= r.lowerBound, t[p].lower == "." { p -= 1 }
        guard p >= r.lowerBound else { return false }
        return labelHeads.contains(t[p].lower) && m.unit == nil
    }

    /// "three times", "2 times", "tenfold", and web counters ("1 visits today").
    static func isMultiplier(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        var j = m.unitEnd
        if j < r.upperBound, t[j].lower == "-" { j += 1 }
        guard let n = next(t, j, r) else { return false }
        return CountedNouns.nonCounts.contains(n.lower)
    }

    /// "3 days ago", "for 10 years", "24 hours": elapsed time is narrative, not a tracked figure.
    static func isDuration(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        var j = m.unitEnd
        if j < r.upperBound, t[j].lower == "-" { j += 1 }
        guard let n = next(t, j, r) else { return false }
        return TimeWords.durations.contains(n.lower) && m.unit == nil
    }

    /// Numbers inside names: glued to letters ("G7", "A320"), hyphenated to a word ("COVID-19",
    /// "F-16"), or after a capitalised word mid-sentence ("Boeing 737", "Windows 11").
    static func isNameNumber(_ m: Mention, _ t: [Token], _ r: Range<Int>) -> Bool {
        if m.gluedToName { return true }
        // A capitalised spelled number inside a sentence names something: "Building Twenty",
        // "Ninety Mile Beach".
        if m.spelled, m.first > r.lowerBound, t[m.first].isCapitalized { return true }
        guard t[m.first].kind == .number else { return false }
        // Letters glued after the digits that are no unit, scale or ordinal: "4K", "5G", "3D".
        if m.unitEnd == m.end, m.end < r.upperBound, t[m.end].kind == .word, t[m.end].isAttached { return true }
        if let p = previous(t, m.first, r), p.lower == "-", p.isAttached, t[m.first].isAttached,
           let pp = previous(t, m.first - 1, r), pp.kind == .word {
            return true
        }
        // "Boeing 737", "Windows 3.1": a bare integer or short decimal, not a formatted quantity.
        let text = t[m.first].text
        let shortDecimal = !text.contains(",") && !m.isRange && m.end == m.first + 1
        guard m.plainInteger || shortDecimal, m.hedgeStart == m.first, m.unit == nil else { return false }
        let p = m.first - 1
        guard p > r.lowerBound, t[p].kind == .word, t[p].isCapitalized else { return false }
        let w = t[p].lower
        if FunctionWords.endsPhrase(t[p]) || TimeWords.isMonth(t[p]) || TimeWords.weekdays.contains(w) { return false }
        if Gazetteer.match(t, at: p) != nil { return false }
        return true
    }
}
