/// What the whole article establishes and single sentences lean on: the names of people and
/// organisations (for the fullest form of a claimant), the country it is mostly about, and where
/// each country is sending things ("North Korea ... to Russia"), so "the deployment of two
/// brigades" inherits the destination the article gave earlier.
struct DocumentContext: Sendable {
    /// People named, in document order, and every name by identity key for `fullest`.
    private(set) var people: [(name: String, token: Int)] = []
    private var namesByKey: [String: [String]] = [:]
    private var organisationsByKey: [String: [String]] = [:]
    private(set) var dominantPlace: Place?
    /// The countries the article is about: each named at least twice and at least half as often as
    /// the most named, or the one country a report names at all. A toll "in Morocco" in an article about Morocco is the whole toll; in an
    /// article about Turkey and Syria, "in Turkey" is one side of it.
    private(set) var homePlaces: Set<String> = []
    /// Words the article capitalises in mid-sentence: names, not sentence-initial common nouns.
    private(set) var properNouns: Set<String> = []
    private var destinations: [String: Place] = [:]
    /// The words of the headline: what the article is about. A cause named
    /// there ("cholera" in a cholera report) is the whole story, not a part of the toll.
    private(set) var topicWords: Set<String> = []
    /// Capitalised words the article uses as places below a country: after "in", "at", "near" or
    /// "from", or before "province", "region", "city" ("Wuhan", "Hubei", "Sindh"). A clause whose
    /// subject is one of them ("Wuhan has seen 200 cases") counts that place, not the country.
    private(set) var placeNames: Set<String> = []
    /// Countries that share a name with a state of the United States, and the words that show an
    /// article is set in the United States, where the name means the state.
    static let sharedStateNames: Set<String> = ["georgia"]
    static let americanMarkers: Set<String> = [
        "u.s.", "united states", "american", "americans", "florida", "carolina", "tennessee", "alabama", "virginia",
        "atlanta", "texas", "california", "washington", "fema",
    ]
    /// The article is set in the United States (see `isLocal`).
    private(set) var isAmerican = false

    /// A place named as a country that is here a state below one: Georgia in a report on the United States.
    func isLocal(_ place: Place) -> Bool {
        isAmerican && Self.sharedStateNames.contains(place.slug)
    }

    /// The article counts votes: a share or a number credited to a person is then their vote.
    private(set) var speaksOfVotes = false
    /// The year the article reports from: as given, else the latest year it names. An outcome
    /// dated to an earlier year is another event.
    private(set) var year: Int?

    init(_ t: [Token], _ sentences: [Sentence], _ s: [Unicode.Scalar], year: Int? = nil, hasTitle: Bool = false) {
        collectNames(t, sentences, s)
        for sentence in sentences {
            for k in sentence.range where k > sentence.first && t[k].kind == .word && t[k].isCapitalized
                && t[k - 1].kind != .punct && !FunctionWords.endsPhrase(t[k]) {
                properNouns.insert(t[k].lower)
            }
        }
        (dominantPlace, homePlaces) = Self.placesOfTheArticle(t)
        var latestYear: Int?
        // One pass over the words for what the rules ask of the whole article.
        for k in t.indices {
            let tok = t[k]
            if tok.kind == .number {
                if year == nil, tok.text.utf8.count == 4, let y = Int(tok.text), (1900...2100).contains(y) { latestYear = max(latestYear ?? y, y) }
                continue
            }
            guard tok.kind == .word else { continue }
            if tok.isCapitalized, Self.isPlaceName(t, k) { placeNames.insert(tok.lower) }
            if !isAmerican {
                isAmerican = Self.americanMarkers.contains(tok.lower) || tok.text == "US"
                    || tok.lower == "united" && k + 1 < t.count && t[k + 1].lower == "states"
                    || tok.lower == "u" && k + 2 < t.count && t[k + 1].lower == "." && t[k + 2].lower == "s"
            }
            if !speaksOfVotes, Self.voteWords.contains(tok.lower) { speaksOfVotes = true }
        }
        if isAmerican { homePlaces.subtract(Self.sharedStateNames) }
        if hasTitle, let first = sentences.first {
            topicWords = Set(t[first.range].filter { $0.kind == .word }.map(\.lower))
        }
        self.year = year ?? latestYear
        destinations = Self.destinations(t, sentences)
    }

    func destination(of owner: String) -> Place? { destinations[owner] }

    /// The longest name in the article that denotes the same claimant ("Mr. Zelenskyy" ->
    /// "Volodymyr Zelenskyy").
    func fullest(_ name: String, organisation: Bool) -> String {
        let pool = (organisation ? organisationsByKey : namesByKey)[ClaimantIdentity.key(name)] ?? []
        var best = name
        var bestWords = name.split(separator: " ").count
        for candidate in pool where ClaimantIdentity.same(candidate, name) {
            let words = candidate.split(separator: " ").count
            if words > bestWords { best = candidate; bestWords = words }
        }
        return best
    }

    /// The last person named before token `i`.
    func personBefore(_ i: Int) -> String? {
        var low = 0, high = people.count
        while low < high {
            let mid = (low + high) / 2
            if people[mid].token < i { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? people[low - 1].name : nil
    }

    /// Runs of capitalised words sorted into people ("Kyrylo Budanov") and organisations
    /// ("South Korean National Intelligence Service").
    private mutating func collectNames(_ t: [Token], _ sentences: [Sentence], _ s: [Unicode.Scalar]) {
        var seen = Set<String>()
        for sentence in sentences {
            var k = sentence.first
            while k < sentence.end {
                guard t[k].kind == .word, t[k].isCapitalized else { k += 1; continue }
                var e = k + 1
                while e < sentence.end {
                    let tok = t[e]
                    let joins = tok.lower == "-" && tok.isAttached && e + 1 < sentence.end && t[e + 1].isAttached
                        || tok.lower == "." && t[e - 1].text.count == 1
                        || tok.lower == "'s" && e + 1 < sentence.end && t[e + 1].isCapitalized
                    if joins || tok.kind == .word && (tok.isCapitalized || t[e - 1].lower == "-") { e += 1 } else { break }
                }
                // One word is a name only as an organisation ("Pentagon"); people need two.
                let worthReading = e - k > 1 || AttributionWords.organisationWords.contains(t[k].lower)
                if worthReading, let a = AttributionRules.classify(t, k..<e, s) {
                    switch a.kind {
                    case .person where a.text.split(separator: " ").count >= 2:
                        people.append((a.text, k))
                        if seen.insert(a.text).inserted {
                            namesByKey[ClaimantIdentity.key(t, k..<e), default: []].append(a.text)
                        }
                    case .organisation:
                        if seen.insert(a.text).inserted {
                            organisationsByKey[ClaimantIdentity.key(t, k..<e), default: []].append(a.text)
                        }
                    default:
                        break
                    }
                }
                k = e
            }
        }
    }

    /// The country mentioned most often (first mentioned on a tie), if it is mentioned more than
    /// once: a passing mention does not make an article about a country. And the home places.
    private static func placesOfTheArticle(_ t: [Token]) -> (Place?, Set<String>) {
        var counts: [String: (place: Place, count: Int, first: Int)] = [:]
        var k = 0
        while k < t.count {
            if let hit = Gazetteer.match(t, at: k) {
                let entry = counts[hit.place.slug] ?? (hit.place, 0, k)
                counts[hit.place.slug] = (entry.place, entry.count + 1, entry.first)
                k = hit.end
            } else {
                k += 1
            }
        }
        let named = counts.values.filter { $0.count >= 2 }
        let dominant = named.max { a, b in a.count != b.count ? a.count < b.count : a.first > b.first }
        var home = Set(named.filter { 2 * $0.count >= (dominant?.count ?? 0) }.map(\.place.slug))
        // A short report that names one country once is still about that country.
        if home.isEmpty, counts.count == 1, let only = counts.keys.first { home = [only] }
        return (dominant?.place, home)
    }

    /// The place below the country a name carries ("PDMA Balochistan", "Wuhan authorities"), when
    /// the article uses that word as a place elsewhere.
    func placeNamed(in name: String) -> String? {
        let words = name.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        guard let first = words.firstIndex(where: { placeNames.contains($0.lowercased()) }) else { return nil }
        // The place runs on while its words are capitalised and name no body or kind of place:
        // "Los Angeles County officials" -> "los-angeles", "PDMA Balochistan" -> "balochistan".
        var end = first + 1
        while end < words.count, let c = words[end].first, c.isUppercase,
              !AttributionWords.organisationWords.contains(words[end].lowercased()),
              !WhereRules.placeNouns.contains(words[end].lowercased()) {
            end += 1
        }
        return Slug.make(words[first..<end].joined(separator: " "))
    }

    static let voteWords: Set<String> = ["vote", "votes", "ballots", "electoral", "election", "polls", "tally"]
    static let placeMarkers: Set<String> = ["in", "at", "near", "from"]
    static let placeKinds: Set<String> = ["province", "region", "city", "district", "county", "prefecture", "state"]

    /// A capitalised word used as a place below a country (see `placeNames`).
    private static func isPlaceName(_ t: [Token], _ k: Int) -> Bool {
        let afterMarker = k > 0 && placeMarkers.contains(t[k - 1].lower) && !TimeWords.isMonth(t[k])
            && !TimeWords.weekdays.contains(t[k].lower)
        let beforeKind = k + 1 < t.count && placeKinds.contains(t[k + 1].lower)
        return (afterMarker || beforeKind) && Gazetteer.match(t, at: k) == nil
    }

    /// Whether a place is the whole the article reports on, so a figure "in" it is the total:
    /// the one home country, or all of several together.
    func isWhole(_ places: Set<String>) -> Bool {
        !places.isEmpty && places == homePlaces
    }

    /// For each country that sends or pledges something in the article, where it mostly goes.
    private static func destinations(_ t: [Token], _ sentences: [Sentence]) -> [String: Place] {
        var tally: [String: [String: (place: Place, count: Int)]] = [:]
        for sentence in sentences {
            let r = sentence.range
            for k in r {
                guard let hit = Predicates.aspects.match(t, at: k, limit: r.upperBound),
                      Predicates.movements.contains(hit.value),
                      let dest = WhereRules.destination(t, from: hit.end, limit: r.upperBound) else { continue }
                let objectPlace = CountedPhrases.places(t, first: hit.end, end: min(r.upperBound, hit.end + 6))
                    .first { $0.slug != dest.slug }
                guard let owner = objectPlace ?? OwnerRules.clauseSubject(t, before: k, sentence: r).place
                        ?? OwnerRules.nearestBefore(t, before: k, sentence: r),
                      owner.slug != dest.slug else { continue }
                let previous = tally[owner.slug]?[dest.slug]?.count ?? 0
                tally[owner.slug, default: [:]][dest.slug] = (dest, previous + 1)
            }
        }
        return tally.compactMapValues { options in
            options.values.max { $0.count < $1.count || $0.count == $1.count && $0.place.slug > $1.place.slug }?.place
        }
    }
}
