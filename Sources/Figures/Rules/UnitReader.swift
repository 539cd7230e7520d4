/// The unit written after an amount: "5%", "40 km", "512GB", "8kW", "a 27-kilometre ring", "900€",
/// "115USD", "96p", "$80 a barrel", "3% a year". Short letters that are also words are units only
/// where their shape says so: glued to the digits ("100m", "250g", "40C"), or in the case that
/// tells them apart ("620 Nm", "1 Gb").
enum UnitReader {
    struct Hit {
        var unit: String
        var end: Int
        /// Joined to the number by a hyphen, as an attribute: "a 72-hour ceasefire", "a 45-acre farm".
        var attributive: Bool
    }

    /// Words after which a spaced "in" is inches: "2 in thick".
    static let inchFollowers: Set<String> = ["thick", "long", "wide", "tall", "high", "deep", "across", "in", "diameter"]

    static func after(_ t: [Token], at j: Int, limit: Int, scaled: Bool, numberText: String) -> Hit? {
        guard j < limit else { return nil }
        var k = j
        var hyphen = false
        if t[k].lower == "-", t[k].isAttached, k + 1 < limit, t[k + 1].kind == .word, t[k + 1].isAttached {
            k += 1
            hyphen = true
        }
        guard var hit = bare(t, at: k, limit: limit, glued: t[k].isAttached && !hyphen, scaled: scaled,
                             numberText: numberText) else { return nil }
        hit.attributive = hyphen
        rate(t, &hit, limit: limit)
        return hit
    }

    private static func bare(_ t: [Token], at k: Int, limit: Int, glued: Bool, scaled: Bool, numberText: String) -> Hit? {
        let tok = t[k]
        if let u = Units.caseSensitive[tok.text] { return Hit(unit: u, end: k + 1, attributive: false) }
        // Letters between digits make a code ("24703L202"), not a unit.
        if tok.isAttached, k + 1 < limit, t[k + 1].kind == .number, t[k + 1].isAttached,
           (Units.after.match(t, at: k, limit: limit)?.end ?? 0) <= k + 1 { return nil }
        if glued, let u = Units.glued[tok.text] {
            // "1080p" is a display resolution, not pence.
            if u == "pence", Units.resolutions.contains(numberText) { return nil }
            return Hit(unit: u, end: k + 1, attributive: false)
        }
        if tok.lower == "pounds" || tok.lower == "pound" {
            if k + 1 < limit, t[k + 1].lower == "sterling" { return Hit(unit: "GBP", end: k + 2, attributive: false) }
            // A scaled amount of pounds is money ("361 million pounds"); "25 pounds" is more often weight.
            return Hit(unit: scaled ? "GBP" : "lb", end: k + 1, attributive: false)
        }
        if let m = Units.after.match(t, at: k, limit: limit) {
            // "won" after a number is Korea's currency unless it is the verb ("3 won the title").
            if m.value == "KRW", tok.lower == "won", m.end < limit,
               t[m.end].flags.contains(.determiner) || t[m.end].flags.contains(.pronoun) || t[m.end].isCapitalized { return nil }
            return Hit(unit: m.value, end: m.end, attributive: false)
        }
        if tok.lower == "in", !glued, k + 1 < limit ? inchFollowers.contains(t[k + 1].lower) || t[k + 1].lower == ")"
            || (t[k + 1].lower == "." && k + 2 == limit) : true {
            return Hit(unit: "in", end: k + 1, attributive: false)
        }
        // A currency after the amount: "900€", "15 €", "115USD", "200 USD"; a symbol before a
        // number is the next amount's ("10 $ 30 $").
        if let code = Units.currencySymbols[tok.lower], tok.kind == .punct,
           !(k + 1 < limit && t[k + 1].kind == .number) {
            return Hit(unit: code, end: k + 1, attributive: false)
        }
        if tok.kind == .word, Units.currencyCodes.contains(tok.lower),
           tok.text == tok.text.uppercased() || !Units.wordLikeCodes.contains(tok.lower),
           !(k + 1 < limit && t[k + 1].kind == .number && t[k + 1].isAttached) {
            return Hit(unit: Units.code(tok.lower), end: k + 1, attributive: false)
        }
        return nil
    }

    /// "$80 a barrel", "3% a year", "$15.4/hour", "50 cents per share": the rate's denominator joins the unit.
    private static func rate(_ t: [Token], _ hit: inout Hit, limit: Int) {
        guard let r = rate(t, at: hit.end, limit: limit) else { return }
        hit.unit += "/" + r.noun
        hit.end = r.end
    }

    /// "a barrel", "per share", "/hour", "-a-share" at token k: the denominator of a rate.
    static func rate(_ t: [Token], at k: Int, limit: Int) -> (noun: String, end: Int)? {
        guard k + 1 < limit else { return nil }
        let link = t[k].lower
        if link == "-" {
            // "12-cent-a-share": the hyphens hold the rate together.
            guard t[k].isAttached, t[k + 1].lower == "a", k + 3 < limit, t[k + 2].lower == "-",
                  let n = Units.perNouns[t[k + 3].lower] else { return nil }
            return (n, k + 4)
        }
        guard link == "per" || link == "a" || link == "an" || link == "/" else { return nil }
        // After "per" any noun is the denominator ("per engine"); after "a" only the usual ones
        // ("a share", "a year"), since "a" opens noun phrases of every kind.
        let next = t[k + 1]
        guard let noun = Units.perNouns[next.lower]
                ?? (link == "per" && next.kind == .word && !next.isCapitalized && !FunctionWords.endsPhrase(next) ? next.lower : nil)
        else { return nil }
        let end = k + 2
        // "a year ago", "a year earlier" place a time; they are no rate.
        if link != "per", link != "/", end < limit,
           ["ago", "earlier", "later", "before", "after", "on", "from", "since", "and"].contains(t[end].lower) { return nil }
        if noun == "sq", end < limit, let area = Units.perNouns[t[end].lower] { return ("sq-" + area, end + 1) }
        return (noun, end)
    }
}
