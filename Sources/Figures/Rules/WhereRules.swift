/// Where a figure is ("in Russia's Far East", "in the combat zone") and where a movement goes
/// ("to Russia", "to aid Russia", "alongside Moscow's troops").
enum WhereRules {
    /// Nouns that make a lowercase phrase after "in" a place ("the combat zone", "the border area").
    static let placeNouns: Set<String> = [
        "zone", "region", "area", "city", "town", "province", "oblast", "district", "village", "camp",
        "country", "front", "frontline", "border", "capital", "territory", "territories", "state", "county",
        "coast", "island", "islands", "port", "base", "east", "west", "north", "south", "regions", "areas",
        "countryside", "peninsula", "strip", "valley", "basin", "lines", "line", "prefecture", "prefectures",
        "provinces", "governorate", "municipality", "department", "canton", "county", "counties", "states",
    ]

    /// Words that open another clause; a place after them belongs to that clause.
    static let clauseLinks: Set<String> = ["and", "but", "while", "whereas", "which", "who", "that", "as", "with"]

    struct Location {
        var first: Int
        var end: Int
        /// The country the phrase is in, if it names one.
        var place: Place?
        /// Every country the phrase names, "Turkey and Syria" both.
        var places: [Place] = []
        /// A named place below a country ("the province of Al Haouz" -> "al-haouz"), if any.
        var subPlace: String?
    }

    /// The first "in/at/inside/near <place>" after token `j` in the same clause.
    static func location(_ t: [Token], from j: Int, limit: Int) -> Location? {
        var k = j
        while k < min(limit, j + 14) {
            let w = t[k].lower
            if w == ";" || w == "," || w == "-" || w == "\u{2013}" || w == "\u{2014}" || w == "(" || clauseLinks.contains(w) {
                return nil
            }
            if w == "in" || w == "inside" || w == "at" || w == "near" || w == "across" || w == "throughout" {
                if var loc = placePhrase(t, at: k + 1, limit: limit) {
                    // "in Turkey and Syria": one location of two countries.
                    if loc.end + 1 < limit, t[loc.end].lower == "and", let other = Gazetteer.match(t, at: loc.end + 1, limit: limit) {
                        loc.places.append(other.place)
                        loc.end = other.end
                    }
                    return loc
                }
            }
            k += 1
        }
        return nil
    }

    /// A place phrase: determiners, names, place nouns, "Russia's", hyphen compounds; not a time.
    static func placePhrase(_ t: [Token], at start: Int, limit: Int) -> Location? {
        var k = start
        while k < limit, FunctionWords.determiners.contains(t[k].lower), !t[k].isCapitalized || k == start { k += 1 }
        guard k < limit, t[k].kind == .word, !TimeWords.isMonth(t[k]), !TimeWords.weekdays.contains(t[k].lower),
              !TimeWords.durations.contains(t[k].lower) else { return nil }
        var end = k
        var named = false
        while end < limit, end - k < 7 {
            let tok = t[end]
            if tok.lower == "'s" || (tok.lower == "-" && tok.isAttached) || (tok.lower == "." && end > k && t[end - 1].text.count == 1) {
                end += 1
                continue
            }
            guard tok.kind == .word else { break }
            let closed = FunctionWords.prepositions.contains(tok.lower) || FunctionWords.conjunctions.contains(tok.lower)
                || FunctionWords.determiners.contains(tok.lower)
            // "the province of Al Haouz": "of" after a place noun joins the name that follows.
            let ofName = tok.lower == "of" && end > k && placeNouns.contains(t[end - 1].lower)
                && end + 1 < limit && t[end + 1].isCapitalized
            if ofName { end += 1; continue }
            if tok.isCapitalized && !CountedPhrases.isAllCaps(tok) && closed { break }
            if !tok.isCapitalized && (FunctionWords.endsPhrase(tok) || CountedPhrases.isVerbLike(tok.lower)
                                       && !(end > k && t[end - 1].lower == "-")) { break }
            if tok.isCapitalized || placeNouns.contains(tok.lower) { named = true }
            end += 1
        }
        while end > k, t[end - 1].kind == .punct || t[end - 1].lower == "'s" { end -= 1 }
        guard named, end > k else { return nil }
        return Location(first: start, end: end, place: headPlace(t, first: k, end: end),
                        places: CountedPhrases.places(t, first: k, end: end).filter { $0.form != .capital },
                        subPlace: subPlace(t, first: k, end: end))
    }

    /// The capitalised words of a place phrase that name no country, determiners and place nouns
    /// left out: "Morocco's central province of Al Haouz" -> "al-haouz". Nil when none.
    static func subPlace(_ t: [Token], first: Int, end: Int) -> String? {
        // "the East Asian country" is the country itself.
        if ["country", "nation", "kingdom", "republic"].contains(t[end - 1].lower) { return nil }
        // "the Eaton Fire": a named event keeps its noun ("eaton-fire").
        let event = ScopeRules.eventNouns.contains(t[end - 1].lower) ? t[end - 1].lower : nil
        var words: [String] = []
        var k = first
        while k < end {
            // A capital named as a place is the city ("2 in Beijing"), not its country.
            if let hit = Gazetteer.match(t, at: k, limit: end) {
                if hit.place.form == .capital { words.append(contentsOf: t[k..<hit.end].map(\.lower)) }
                k = hit.end
                continue
            }
            let tok = t[k]
            // "South Carolina", "North Kivu": a direction that opens a name is part of it.
            let opensName = ["north", "south", "east", "west"].contains(tok.lower) && k + 1 < end && t[k + 1].isCapitalized
            if tok.kind == .word, tok.isCapitalized, !placeNouns.contains(tok.lower) || opensName, !FunctionWords.endsPhrase(tok) {
                words.append(tok.lower)
            }
            k += 1
        }
        if let event, !words.isEmpty, words.last != event { words.append(event) }
        return words.isEmpty ? nil : Slug.make(words.joined(separator: " "))
    }

    /// The country a place phrase is in: a country that heads the phrase ("Russian-occupied Ukraine"),
    /// else the first one named ("Russia's Far East", "the Russian Far East").
    static func headPlace(_ t: [Token], first: Int, end: Int) -> Place? {
        let all = CountedPhrases.places(t, first: first, end: end)
        if let last = all.last, last.form == .name, t[end - 1].kind == .word,
           Gazetteer.match(t, at: end - 1, limit: end) != nil || all.count == 1 {
            return last
        }
        return all.first
    }

    /// A destination named as indirect object before the number: "promised Ukraine 600 million euros".
    static func indirectObject(_ t: [Token], before i: Int, floor: Int) -> Place? {
        var k = i - 1
        while k >= max(floor, i - 4) {
            if let hit = Gazetteer.match(t, at: k, limit: i), hit.place.form == .name, hit.end == i || hit.end == i - 1,
               k > floor, let trigger = Predicates.aspects.match(t, endingBefore: k, floor: floor),
               Predicates.movements.contains(trigger.value) {
                return hit.place
            }
            k -= 1
        }
        return nil
    }

    /// Where a movement is headed, read rightwards from token `j` to the end of the sentence.
    static func destination(_ t: [Token], from j: Int, limit: Int) -> Place? {
        var k = j
        while k < min(limit, j + 24) {
            let w = t[k].lower
            if w == "to" || w == "into" || w == "toward" || w == "towards" || w == "alongside" || w == "for" {
                var m = k + 1
                if w == "to", m < limit, Predicates.helpVerbs.contains(t[m].lower) { m += 1 }
                while m < limit, FunctionWords.determiners.contains(t[m].lower) { m += 1 }
                if m < limit, let hit = Gazetteer.match(t, at: m, limit: limit),
                   w != "for" || hit.place.form == .name {
                    return hit.place
                }
            }
            k += 1
        }
        return nil
    }
}
