/// One number as written, before currency, range, unit and hedge are read around it.
struct Numeral: Sendable {
    var value: Double
    /// One past its last token.
    var end: Int
    /// Spelled in words ("two", "ten thousand", "a quarter").
    var spelled: Bool
    /// A scale word or letter multiplied it ("1.6 million", "2.5bn", "300k").
    var scaled: Bool
    /// The value before the scale ("1.6" in "1.6 million").
    var raw: Double
    /// No thousands separator, no decimal, no scale: the shape of years, codes and names.
    var plain: Bool
    /// A fraction with nothing it is a fraction of in the number itself ("a quarter", "1/4", "two-thirds").
    var isFraction: Bool = false

    /// The multiplier applied ("1.6 million" -> 1e6), so a range's bare low end can borrow it.
    var scale: Double { raw == 0 ? 1 : value / raw }
}

/// Reads a single number at a token: digits with separators, fractions and scale words
/// ("1.6 million", "2.5bn", "2.4m tonnes", "Rs 1.5 crore", "10 1/2", "2½"), or words ("twenty-five",
/// "two hundred and fifty", "a dozen", "two and a half million", "two-thirds", "a quarter of").
enum Numerals {
    static func read(_ t: [Token], at i: Int, limit: Int, afterCurrency: Bool = false) -> Numeral? {
        guard i < limit else { return nil }
        if t[i].kind == .number { return digits(t, at: i, limit: limit, afterCurrency: afterCurrency) }
        guard t[i].kind == .word else { return nil }
        return fraction(t, at: i, limit: limit) ?? spelled(t, at: i, limit: limit)
    }

    // MARK: Digits

    private static func digits(_ t: [Token], at i: Int, limit: Int, afterCurrency: Bool) -> Numeral? {
        guard var v = Double(t[i].lower) else { return nil }
        let text = t[i].text
        var n = Numeral(value: v, end: i + 1, spelled: false, scaled: false, raw: v,
                        plain: !text.contains(",") && !text.contains(".") && t[i].lower == text)
        if NumberText.vulgarFractions[text.unicodeScalars.first!] != nil { n.plain = false; n.isFraction = v < 1 }
        // "10 000": groups of three after a plain space, as some texts write thousands.
        if n.plain, text.utf8.count <= 3, !(i > 0 && (TimeWords.isMonth(t[i - 1]) || t[i - 1].kind == .number
                                                       || t[i - 1].kind == .word && t[i].isAttached)) {
            var k = i + 1
            while k < limit, t[k].kind == .number, t[k].spaceBefore, t[k].newlinesBefore == 0,
                  t[k].text.utf8.count == 3, t[k].lower == t[k].text {
                v = v * 1000 + (Double(t[k].lower) ?? 0)
                k += 1
            }
            // A list of numbers ("1 200 300 4") is no grouped figure.
            if k > i + 1, !(k < limit && t[k].kind == .number && t[k].spaceBefore) {
                n.value = v; n.raw = v; n.end = k; n.plain = false
            }
        }
        // "2½", "10 1/2", "1/4", "2 and a half".
        if let f = fractionTail(t, at: n.end, limit: limit, whole: n) { n = f }
        else if n.plain, n.value < 100, let f = properFraction(t, at: i, limit: limit) { n = f }
        else if n.end + 2 < limit, t[n.end].lower == "and", t[n.end + 1].lower == "a", t[n.end + 2].lower == "half" {
            n.value += 0.5; n.raw = n.value; n.end += 3; n.plain = false
        }
        applyScale(t, &n, limit: limit, afterCurrency: afterCurrency)
        return n
    }

    /// "2½" (glued) or "10 1/2" after a whole number.
    private static func fractionTail(_ t: [Token], at j: Int, limit: Int, whole: Numeral) -> Numeral? {
        guard whole.plain, j < limit, t[j].kind == .number else { return nil }
        if t[j].isAttached, NumberText.vulgarFractions[t[j].text.unicodeScalars.first!] != nil,
           let f = Double(t[j].lower) {
            return Numeral(value: whole.value + f, end: j + 1, spelled: false, scaled: false, raw: whole.value + f, plain: false)
        }
        guard t[j].spaceBefore, let f = properFraction(t, at: j, limit: limit) else { return nil }
        let v = whole.value + f.value
        return Numeral(value: v, end: f.end, spelled: false, scaled: false, raw: v, plain: false)
    }

    /// The denominators fractions are written with: halves to sixty-fourths of an inch, thirds,
    /// fifths, sixths, tenths and hundredths. "9/11" and "24/7" are names, not fractions.
    static let slashDenominators: Set<Double> = [2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100]

    /// "1/4", "3/4", "7/8": numerator below a usual denominator, no third part (that is a date), and
    /// a word, a unit or "%" after it so "on 3/4" (a date) is left alone.
    private static func properFraction(_ t: [Token], at i: Int, limit: Int) -> Numeral? {
        guard i + 2 < limit, t[i + 1].lower == "/", t[i + 1].isAttached, t[i + 2].kind == .number,
              t[i + 2].isAttached, let a = Double(t[i].lower), let b = Double(t[i + 2].lower),
              a >= 1, a < b, slashDenominators.contains(b), a == a.rounded() else { return nil }
        let after = i + 3
        guard after < limit, t[after].kind == .word || t[after].lower == "%" || t[after].lower == "-",
              !TimeWords.isMonth(t[after]) else { return nil }
        return Numeral(value: a / b, end: after, spelled: false, scaled: false, raw: a / b, plain: false, isFraction: true)
    }

    /// A scale word or letter after the digits: "1.6 million", "2.5bn", "300k", "$3 mln", "2.4m
    /// tonnes", "€10M", "Rs 5 crore", "three hundred thousand".
    static func applyScale(_ t: [Token], _ n: inout Numeral, limit: Int, afterCurrency: Bool) {
        // "a $1.5-billion deal", "a 1.5-million-strong army": a scale word hyphenated as an attribute.
        if n.end + 1 < limit, t[n.end].lower == "-", t[n.end].isAttached, t[n.end + 1].isAttached,
           let s = NumberWords.scales[t[n.end + 1].lower], s >= 1e3 {
            n.value *= s
            n.scaled = true
            n.plain = false
            n.end += 2
            return
        }
        guard n.end < limit, t[n.end].kind == .word else { return }
        let tok = t[n.end]
        let w = tok.lower
        let glued = tok.isAttached
        var scale: Double? = NumberWords.scales[w]
        if scale == nil, let s = NumberWords.abbreviatedScales[w], glued || w.count > 1 {
            // A capital K names a resolution ("4K") unless money is counted.
            if tok.text != "K" || afterCurrency { scale = s }
        }
        if scale == nil, glued, let s = NumberWords.currencyScales[w] {
            if afterCurrency {
                scale = s
            } else if tok.text == "M" {
                scale = s                                   // "1.8M dollars": a capital M is a million
            } else if w == "m", millionBeforeNoun(t, n.end + 1, limit: limit) {
                scale = s                                   // "2.4m tonnes", "3m people"; "100m sprint" is metres
            }
        }
        guard let s = scale else { return }
        n.value *= s
        n.scaled = true
        n.plain = false
        n.end += 1
        // "three hundred thousand", "1.5 hundred million" (rare), a larger scale may follow.
        if n.end < limit, let s2 = NumberWords.scales[t[n.end].lower], s2 > s {
            n.value *= s2
            n.end += 1
        }
    }

    /// After "2.4m": a plural noun, a unit or "of" makes the m a million.
    private static func millionBeforeNoun(_ t: [Token], _ j: Int, limit: Int) -> Bool {
        guard j < limit, t[j].kind == .word else { return false }
        let w = t[j].lower
        if w == "of" { return true }
        if Units.after.match(t, at: j, limit: limit) != nil, !CountedPhrases.dimensions.contains(w) { return true }
        return CountedNouns.looksPlural(w) && !FunctionWords.endsPhrase(t[j])
    }

    // MARK: Words

    /// Spelled fractions: "a quarter of", "two-thirds", "three quarters", "one-fifth", "half of",
    /// "half a million", "a quarter million". A lone "third" or "quarter" is an ordinal or a period
    /// ("the third quarter"): a fraction needs its numerator, and a singular one needs "of", a scale
    /// or a hyphen after it.
    private static func fraction(_ t: [Token], at i: Int, limit: Int) -> Numeral? {
        let w = t[i].lower
        if w == "half" { return half(t, at: i, limit: limit) }
        let numerator: Double
        if w == "a" || w == "an" { numerator = 1 } else if let v = NumberWords.small[w], v >= 1 { numerator = v } else { return nil }
        var j = i + 1
        var hyphen = false
        if j < limit, t[j].lower == "-", t[j].isAttached { j += 1; hyphen = true }
        guard j < limit, let d = NumberWords.denominators[t[j].lower] else { return nil }
        let plural = t[j].lower.hasSuffix("s")
        let next = j + 1 < limit ? t[j + 1].lower : ""
        let scale = NumberWords.scales[next]
        if numerator == 1 {
            // "one third" is a fraction as it stands; "a third" and "one quarter" may be an ordinal
            // or a period ("a third term", "one quarter of growth" aside).
            // "a quarter point", "a half mile": a fraction of the unit after it.
            // "fell by a third": the size of a move.
            let unitFollows = j + 1 < limit && Units.after.match(t, at: j + 1, limit: limit) != nil
            let byMove = i > 0 && t[i - 1].lower == "by"
            guard !plural, next == "of" || scale != nil || hyphen || unitFollows || byMove || (w == "one" && d != 4 && d != 2)
            else { return nil }
        } else if !plural {
            // "two-third majority" is rare; "the second quarter" never gets here (no numerator).
            guard hyphen else { return nil }
        }
        let value = numerator / d
        if let scale {
            return Numeral(value: value * scale, end: j + 2, spelled: true, scaled: true, raw: value, plain: false)
        }
        return Numeral(value: value, end: j + 1, spelled: true, scaled: false, raw: value, plain: false, isFraction: true)
    }

    /// "half of the staff", "half the cost", "half a million", "half a dozen"; not "the first half"
    /// or "half-time".
    private static func half(_ t: [Token], at i: Int, limit: Int) -> Numeral? {
        guard i + 1 < limit else { return nil }
        let next = t[i + 1].lower
        if next == "a" || next == "an", i + 2 < limit {
            let w = t[i + 2].lower
            if let s = NumberWords.scales[w] {
                return Numeral(value: 0.5 * s, end: i + 3, spelled: true, scaled: true, raw: 0.5, plain: false)
            }
            if w == "dozen" { return Numeral(value: 6, end: i + 3, spelled: true, scaled: false, raw: 6, plain: false) }
            return nil
        }
        let byMove = i > 0 && t[i - 1].lower == "by"     // "cut by half"
        guard next == "of" || FunctionWords.referenceDeterminers.contains(next) || byMove, next != "'s" else { return nil }
        if i > 0, ["first", "second", "last", "other", "the", "a", "an", "one"].contains(t[i - 1].lower) { return nil }
        return Numeral(value: 0.5, end: i + 1, spelled: true, scaled: false, raw: 0.5, plain: false, isFraction: true)
    }

    /// Spelled numbers: "two", "twenty-five", "two hundred and fifty", "ten thousand", "a million",
    /// "a dozen", "two and a half million". Each word must fit after the one before ("twenty five",
    /// not "five twenty").
    static func spelled(_ t: [Token], at i: Int, limit: Int) -> Numeral? {
        enum Last { case none, small, tens, hundred, scale }
        var total = 0.0
        var current = 0.0
        var last = Last.none
        var j = i
        var scaled = false
        var raw: Double? = nil
        if t[j].lower == "a" || t[j].lower == "an" {
            guard j + 1 < limit, t[j + 1].lower == "dozen" || NumberWords.scales[t[j + 1].lower] != nil
            else { return nil }
            current = 1
            last = .small
            j += 1
        }
        while j < limit {
            let w = t[j].lower
            if let v = NumberWords.small[w], last == .none || last == .hundred || last == .scale
                || (last == .tens && v < 10) {
                current += v
                last = .small
            } else if let v = NumberWords.tens[w], last == .none || last == .hundred || last == .scale {
                current += v
                last = .tens
            } else if w == "hundred", last == .small, current < 100 {
                current *= 100
                last = .hundred
                scaled = true
            } else if w == "dozen", last == .small, current < 10 {
                current *= 12
                last = .small
            } else if let s = NumberWords.scales[w], w != "hundred", last != .none, last != .scale {
                if raw == nil { raw = current }
                total += current * s
                current = 0
                last = .scale
                scaled = true
            } else if w == "-", last == .tens, t[j].isAttached, j + 1 < limit, t[j + 1].isAttached,
                      let v = NumberWords.small[t[j + 1].lower], v < 10 {
                j += 1
                continue
            } else if w == "and", last == .hundred || last == .scale, j + 1 < limit,
                      NumberWords.small[t[j + 1].lower] != nil || NumberWords.tens[t[j + 1].lower] != nil {
                j += 1
                continue
            } else if w == "and", last == .small || last == .tens, j + 2 < limit, t[j + 1].lower == "a",
                      t[j + 2].lower == "half" {
                // "two and a half", "one and a half million"
                current += 0.5
                j += 3
                continue
            } else {
                break
            }
            j += 1
        }
        guard last != .none, j > i else { return nil }
        let value = total + current
        return Numeral(value: value, end: j, spelled: true, scaled: scaled, raw: raw ?? value, plain: false)
    }
}
