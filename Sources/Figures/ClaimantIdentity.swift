/// Whether two claimant names denote the same claimant: "Zelenskyy" / "Volodymyr Zelensky" /
/// "Mr. Zelenskyy"; "National Intelligence Service" / "NIS" / "South Korea's National Intelligence
/// Service". Transliteration variants (a doubled or dropped letter, y/i) are the same person;
/// different given names are different people.
public enum ClaimantIdentity {
    /// A coarse identity key: a person's surname skeleton ("zelenski"), an organisation's acronym
    /// ("nis"). Equal keys are necessary for `same`, not sufficient (two people may share a surname).
    public static func key(_ name: String) -> String {
        key(parse(name))
    }

    /// The key of a name already tokenized (`t[range]`), as the article reader has it.
    static func key(_ t: [Token], _ range: Range<Int>) -> String {
        key(parse(t, range))
    }

    private static func key(_ p: Parsed) -> String {
        p.isOrganisation ? p.acronym : skeleton(p.words.last ?? "")
    }

    public static func same(_ a: String, _ b: String) -> Bool {
        let x = parse(a), y = parse(b)
        guard !x.words.isEmpty, !y.words.isEmpty else { return false }
        if x.isOrganisation || y.isOrganisation {
            if x.acronym == y.acronym { return true }
            let (short, long) = x.words.count <= y.words.count ? (x.words, y.words) : (y.words, x.words)
            // "Interior ministry" is "Ministry of Interior": the same words in another order.
            return short.first == long.first && Set(short).isSubset(of: Set(long)) || Set(short) == Set(long)
        }
        guard let sa = x.words.last, let sb = y.words.last, similar(skeleton(sa), skeleton(sb)) else { return false }
        let ga = x.words.dropLast(), gb = y.words.dropLast()
        guard let fa = ga.first, let fb = gb.first else { return true }
        if fa.count == 1 || fb.count == 1 { return fa.first == fb.first }
        return similar(skeleton(fa), skeleton(fb))
    }

    private struct Parsed {
        var words: [String]
        var isOrganisation: Bool
        var acronym: String
    }

    private static let stopWords: Set<String> = ["of", "the", "for", "and", "on", "de", "du", "la", "le", "del"]

    /// Content words, with determiners, a leading country ("South Korea's") and, for people, titles
    /// ("Mr.", "President") removed.
    private static func parse(_ name: String) -> Parsed {
        let t = Tokenizer.tokens(Array(name.unicodeScalars))
        return parse(t, 0..<t.count)
    }

    private static func parse(_ t: [Token], _ range: Range<Int>) -> Parsed {
        let wordTokens = range.filter { t[$0].kind == .word && t[$0].lower != "'s" }
        guard let lastIndex = wordTokens.last else { return Parsed(words: [], isOrganisation: false, acronym: "") }
        let allCapsSingle = wordTokens.count == 1 && CountedPhrases.isAllCaps(t[lastIndex])
        let isOrg = allCapsSingle || AttributionWords.organisationWords.contains(t[lastIndex].lower)
        var words: [String] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if words.isEmpty, let hit = Gazetteer.match(t, at: i, limit: range.upperBound), hit.end <= lastIndex {
                i = hit.end
                continue
            }
            let tok = t[i]
            i += 1
            guard tok.kind == .word, tok.lower != "'s" else { continue }
            let w = Slug.make(tok.lower)
            if w.isEmpty || stopWords.contains(w) { continue }
            if !isOrg, words.isEmpty, AttributionWords.titles.contains(w) { continue }
            words.append(w)
        }
        let acronym = words.count == 1 ? words[0] : String(words.compactMap(\.first))
        return Parsed(words: words, isOrganisation: isOrg, acronym: acronym)
    }

    /// Spelling skeleton: doubled letters collapsed, y read as i ("Zelenskyy", "Zelensky",
    /// "Zelenskiy" -> "zelenski").
    static func skeleton(_ word: String) -> String {
        var out: [UInt8] = []
        for c in Slug.make(word).utf8 where c != UInt8(ascii: "-") {
            let ch = c == UInt8(ascii: "y") ? UInt8(ascii: "i") : c
            if out.last != ch { out.append(ch) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Equal, or equal but for one dropped letter in a name long enough to carry it.
    private static func similar(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (Array(a), Array(b)) : (Array(b), Array(a))
        guard long.count - short.count == 1, short.count >= 5 else { return false }
        var i = 0, j = 0, skipped = false
        while i < short.count, j < long.count {
            if short[i] == long[j] { i += 1; j += 1 } else if !skipped { skipped = true; j += 1 } else { return false }
        }
        return true
    }
}
