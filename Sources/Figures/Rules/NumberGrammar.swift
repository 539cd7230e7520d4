import Model

/// A number as the grammar found it, before any judgement on whether it is a claim.
struct Mention: Sendable {
    /// First token of the hedge, or of the number when there is none.
    var hedgeStart: Int
    /// First token of the number itself (a currency sign or a minus included).
    var first: Int
    /// One past the last token of the number (scale words, range end and postposed hedge included).
    var end: Int
    /// One past the unit, when one follows ("5 per cent", "40 km").
    var unitEnd: Int
    var low: Double
    var high: Double
    /// Whole number spelled in words ("two", "ten thousand").
    var spelled: Bool
    var hedge: String?
    var bound: Bound
    var unit: String?
    var isRange: Bool
    /// Both sides of a hyphen pair that cannot be a range ("3-1", "2013-14").
    var pairedHyphen: Bool
    /// No thousands separator, no decimal, no scale: the shape of years, codes and names.
    var plainInteger: Bool
    /// The number token is glued to letters before it ("G7", "A320").
    var gluedToName: Bool
    /// A vague magnitude ("dozens", "tens of thousands", "several hundred"), read as a hedged range.
    var vague: Bool = false
    /// The unit is joined by a hyphen as an attribute ("a 72-hour ceasefire").
    var attributiveUnit: Bool = false
}

/// The number grammar: digits with separators and decimals, scale words ("1.6 million", "2.5bn",
/// "300k"), spelled numbers, fractions and multipliers, vague magnitudes, signs, currencies before
/// or after the amount, units, ranges ("10,000-12,000", "between 3 and 5 percent", "from $450,000
/// to $2 million", "six or seven euros") and hedges on either side.
enum NumberGrammar {
    /// Every number mention in tokens[range], in order, none overlapping.
    static func mentions(_ t: [Token], in range: Range<Int>) -> [Mention] {
        var out: [Mention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = mention(t, at: i, in: range) {
                out.append(m)
                i = max(m.unitEnd, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// Links between the two ends of a range.
    private static let rangeLinks: Set<String> = ["-", "\u{2013}", "\u{2014}", "to", "and", "or", "through"]

    private static func mention(_ t: [Token], at i: Int, in range: Range<Int>) -> Mention? {
        let limit = range.upperBound
        let tok = t[i]
        switch tok.kind {
        case .opaque: return nil
        case .word:
            // Most words start no number: one flag test or a glance at the next token settles it.
            guard tok.flags.contains(.numberStart)
                    || (i + 1 < limit && (t[i + 1].lower == "$" || t[i + 1].kind == .number)) else { return nil }
            if let m = vague(t, at: i, in: range) ?? multiplier(t, at: i, in: range) { return withHedge(m, t, range) }
        case .punct:
            guard tok.flags.contains(.numberStart) else { return nil }
        case .number:
            break
        }

        // A currency before the amount, and a sign.
        var k = i
        var currency: String? = nil
        var negative = false
        if tok.lower == "minus", i + 1 < limit, t[i + 1].kind == .number || NumberWords.small[t[i + 1].lower] != nil
            || NumberWords.tens[t[i + 1].lower] != nil {
            negative = true
            k = i + 1
        } else if isSign(t, at: i, range) {
            negative = true
            k = i + 1
        } else if let c = currencyBefore(t, at: i, limit: limit) {
            currency = c.code
            k = c.next
            if isSign(t, at: k, range, afterCurrency: true) { negative = true; k += 1 }
            guard k < limit, t[k].kind == .number else { return nil }
        } else if tok.kind == .punct {
            return nil
        }
        guard var a = Numerals.read(t, at: k, limit: limit, afterCurrency: currency != nil) else { return nil }
        if negative { a.value = -a.value; a.raw = -a.raw }
        if currency == nil, !negative, let f = proportion(t, a, limit: limit) { a = f }

        var m = Mention(hedgeStart: i, first: i, end: a.end, unitEnd: a.end, low: a.value, high: a.value,
                        spelled: a.spelled, hedge: nil, bound: .exact,
                        unit: currency, isRange: false, pairedHyphen: false,
                        plainInteger: a.plain && !negative, gluedToName: false)
        if currency == nil, !negative, t[k].kind == .number, k > range.lowerBound, t[k - 1].kind == .word, t[k].isAttached {
            m.gluedToName = true
        }
        let before = Hedges.before.match(t, endingBefore: i, floor: range.lowerBound)
        let outer = before?.start ?? i
        let opener = outer > range.lowerBound ? t[outer - 1].lower : ""

        var j = readRange(t, &m, a, currency: currency, opener: opener, fromIndex: outer - 1, in: range)
        if m.end == a.end { j = a.end }

        // Postposed hedges: "12,000-plus", "12,000+", "12,000 or more", "1,000 or so", "20-odd".
        if let post = Hedges.after.match(t, at: j, limit: limit), t[j].kind == .word && !t[j].isCapitalized || t[j].isAttached {
            m.bound = post.value
            m.hedge = t[j..<post.end].filter { $0.lower != "-" }.map(\.lower).joined(separator: " ")
            j = post.end
        }
        m.end = j
        m.unitEnd = j

        // Units after the number: "5%", "5 per cent", "40 km", "300 euros", "512GB", "$80 a barrel".
        let unit = UnitReader.after(t, at: j, limit: limit, scaled: a.scaled, numberText: t[k].lower)
        if let c = currency {
            // "$10 dollars" is one currency; "$80 a barrel" a rate of it.
            if let u = unit, Units.isMoney(u.unit) {
                m.unit = c + u.unit.drop { $0 != "/" }
                m.unitEnd = u.end
            } else if let r = UnitReader.rate(t, at: j, limit: limit) {
                m.unit = c + "/" + r.noun
                m.unitEnd = r.end
            }
        } else if let u = unit {
            m.unit = u.unit
            m.unitEnd = u.end
            m.attributiveUnit = u.attributive
        } else if a.isFraction, !m.isRange {
            m.unit = "fraction"
        }
        return finish(m, t, before, range)
    }

    /// The hedge before the number ("about", "up to", "more than", "surpassed").
    private static func finish(_ m: Mention, _ t: [Token], _ before: (value: Bound, start: Int)?, _ range: Range<Int>) -> Mention {
        var m = m
        // "moved up to 45 points": the "up" belongs to the verb, "to" takes the level it reached.
        if let h = before, t[h.start].lower == "up", h.start > range.lowerBound,
           let verb = MovementWords.verbs.match(t, endingBefore: h.start + 1, floor: range.lowerBound), verb.start < h.start {
            return m
        }
        if let h = before {
            m.hedgeStart = h.start
            m.hedge = t[h.start..<m.first].map(\.lower).joined(separator: " ")
            m.bound = h.value
        }
        return m
    }

    private static func withHedge(_ m: Mention, _ t: [Token], _ range: Range<Int>) -> Mention {
        guard let h = Hedges.before.match(t, endingBefore: m.first, floor: range.lowerBound) else { return m }
        var out = finish(m, t, h, range)
        // "about 40C (104F)": the hedge stands; a vague magnitude keeps its approximate reading.
        if m.vague, h.value == .approximate { out.bound = .approximate }
        return out
    }

    /// A minus before digits, written as a sign and not a hyphen: "-5C", "−0.8%", "from -18 to -34".
    private static func isSign(_ t: [Token], at i: Int, _ range: Range<Int>, afterCurrency: Bool = false) -> Bool {
        guard i + 1 < range.upperBound, t[i].lower == "-", t[i + 1].kind == .number, t[i + 1].isAttached else { return false }
        if afterCurrency { return t[i].isAttached }
        guard i > range.lowerBound else { return true }
        let p = t[i - 1]
        if !t[i].spaceBefore { return p.lower == "(" || p.lower == "[" || Units.currencySymbols[p.lower] != nil }
        // "3 - 1" spaced between two numbers is a score or a range, not a sign.
        return p.kind != .number
    }

    /// A currency written before the amount: "$5", "US$40m", "NZD$15", "EUR40m", "USD 2,300",
    /// "Rs 1.5 crore", "RM12.40". Returns the code and the token after it.
    private static func currencyBefore(_ t: [Token], at i: Int, limit: Int) -> (code: String, next: Int)? {
        let tok = t[i]
        if tok.kind == .punct, let code = Units.currencySymbols[tok.lower] { return (code, i + 1) }
        guard tok.kind == .word, i + 1 < limit else { return nil }
        let w = tok.lower
        if t[i + 1].lower == "$", i + 2 < limit {
            // "A$9m" is Australian; "a $5 fee" an article: a one-letter prefix is glued to its "$".
            if let code = Units.dollarPrefixes[w], w.count > 1 || t[i + 1].isAttached { return (code, i + 2) }
            if Units.currencyCodes.contains(w) { return (Units.code(w), i + 2) }
        }
        guard t[i + 1].kind == .number else {
            // "Rs. 500": the abbreviation's dot.
            if let code = Units.letterPrefixes[w], t[i + 1].lower == ".", i + 2 < limit, t[i + 2].kind == .number {
                return (code, i + 2)
            }
            return nil
        }
        if let code = Units.letterPrefixes[w], tok.isCapitalized { return (code, i + 1) }
        if Units.currencyCodes.contains(w), tok.text == tok.text.uppercased() || !Units.wordLikeCodes.contains(w) {
            return (Units.code(w), i + 1)
        }
        return nil
    }

    /// Ranges: "10,000-12,000", "10 to 12 million", "between 3 and 5 percent", "from $450,000 to
    /// $2 million", "six or seven euros", "4.1% to 4.5%", "8- to 16-metre". Each end keeps its own
    /// scale; a bare low end takes the high end's ("10 to 12 million"). "from X to Y" after a
    /// movement ("rose from 10,000 to 12,000") is a level with the value before it. Returns the token
    /// after what was read.
    private static func readRange(_ t: [Token], _ m: inout Mention, _ a: Numeral, currency: String?, opener: String,
                                  fromIndex: Int, in range: Range<Int>) -> Int {
        let limit = range.upperBound
        var j = a.end
        var sharedUnit: String? = nil
        if let u = UnitReader.after(t, at: j, limit: limit, scaled: a.scaled, numberText: ""), u.end + 1 < limit,
           rangeLinks.contains(t[u.end].lower) {
            sharedUnit = u.unit
            j = u.end
        } else if j + 1 < limit, t[j].lower == "-", t[j].isAttached, t[j + 1].lower == "to" {
            j += 1      // "8- to 16-metre"
        }
        guard j + 1 < limit, rangeLinks.contains(t[j].lower) else { return a.end }
        let link = t[j].lower
        let isDash = link == "-" || link == "\u{2013}" || link == "\u{2014}"
        var bStart = j + 1
        if currency != nil, Units.currencySymbols[t[bStart].lower] != nil || Units.currencyCodes.contains(t[bStart].lower),
           bStart + 1 < limit {
            bStart += 1
        }
        var negativeB = false
        if t[bStart].lower == "-", bStart + 1 < limit, t[bStart + 1].kind == .number, t[bStart + 1].isAttached,
           !isDash {
            negativeB = true
            bStart += 1
        }
        // "rose 5% to 7%", "rose by $2bn to $40bn": after a movement, two ends that each carry their
        // unit are the change and the level reached; "rose 5 to 7 percent" is a range of the change.
        if link == "to", sharedUnit != nil || currency != nil, opener != "from", opener != "between",
           DirectionRules.movementEnding(at: fromIndex, t, floor: range.lowerBound, prep: opener == "by" ? "by" : nil,
                                         unit: sharedUnit ?? currency) != nil || opener == "by" {
            return a.end
        }
        let betweenAnd = link == "and" && opener == "between"
        let allowed: Bool
        switch link {
        case "and": allowed = betweenAnd
        case "-", "\u{2013}", "\u{2014}": allowed = t[bStart].kind == .number && !a.spelled
        case "through": allowed = a.plain
        default: allowed = true
        }
        guard allowed, var b = Numerals.read(t, at: bStart, limit: limit, afterCurrency: currency != nil) else { return a.end }
        if negativeB { b.value = -b.value; b.raw = -b.raw }
        // "two or three", "eight to 10 feet": spelled and digit ends mix only with words between.
        if b.spelled != a.spelled, isDash { return a.end }
        if let shared = sharedUnit {
            guard let ub = UnitReader.after(t, at: b.end, limit: limit, scaled: b.scaled, numberText: ""),
                  ub.unit == shared else { return a.end }
        }
        if link == "or" {
            // "2% or $1.40 a share" names one change twice, and "one or two" is small talk unless counted.
            guard a.value >= 0, b.value > a.value, b.value <= max(10, a.value * 10), !(a.isFraction || b.isFraction)
            else { return a.end }
        }
        var low = a.value
        if !a.scaled, b.scaled, abs(a.raw) <= abs(b.raw) { low = a.raw * b.scale }
        let fromTo = link == "to" && opener == "from"
        // "rose from 10,000 to 12,000": the level before and the level reached, two facts of a movement.
        if fromTo, DirectionRules.movesBefore(t, from: fromIndex, floor: range.lowerBound) { return a.end }
        if low < b.value || (fromTo || link == "to") && low > b.value && (low < 0 || b.value < 0) {
            m.low = min(low, b.value)
            m.high = max(low, b.value)
            m.isRange = true
            m.end = b.end
            m.plainInteger = a.plain && b.plain
            return b.end
        }
        if fromTo, low > b.value {
            // "from 30 to 20" with no movement word: still the two ends of a span.
            m.low = b.value
            m.high = low
            m.isRange = true
            m.end = b.end
            return b.end
        }
        if isDash {
            m.end = b.end
            m.pairedHyphen = true
            return b.end
        }
        return a.end
    }

    /// "one in five adults", "3 out of 4 voters": a proportion, read as the fraction it states.
    private static func proportion(_ t: [Token], _ a: Numeral, limit: Int) -> Numeral? {
        guard !a.scaled, !a.isFraction, a.value >= 1, a.end + 1 < limit else { return nil }
        var j = a.end
        if t[j].lower == "in" {
            j += 1
        } else if t[j].lower == "out", j + 2 < limit, t[j + 1].lower == "of" {
            j += 2
        } else {
            return nil
        }
        // "2 in 2022" is a year, "5 in 10 minutes" a rate, "5 in 3 attacks" no proportion.
        guard let b = Numerals.read(t, at: j, limit: limit), !b.scaled, b.value > a.value, b.value <= 1000,
              !(b.plain && b.value >= 1000), b.spelled || t[j].kind == .number else { return nil }
        if b.end < limit, Units.after.match(t, at: b.end, limit: limit) != nil || TimeWords.isMonth(t[b.end]) { return nil }
        return Numeral(value: a.value / b.value, end: b.end, spelled: a.spelled, scaled: false, raw: a.value / b.value,
                       plain: false, isFraction: true)
    }

    // MARK: Words that stand for numbers

    /// Vague magnitudes: "dozens", "scores", "hundreds", "thousands", "millions", "tens of thousands",
    /// "hundreds of thousands", "several hundred", "a few thousand", "a couple of million". Read as a
    /// hedged range: a plural scale from twice itself to the next magnitude ("thousands" 2,000-10,000).
    private static func vague(_ t: [Token], at i: Int, in range: Range<Int>) -> Mention? {
        let limit = range.upperBound
        let w = t[i].lower
        var low: Double, high: Double
        var end: Int
        if w == "tens" || w == "hundreds", i + 2 < limit, t[i + 1].lower == "of",
           let s = NumberWords.vagueScales[t[i + 2].lower], s >= 1000 {
            let base = w == "tens" ? 10.0 : 100.0
            (low, high, end) = (2 * base * s, 10 * base * s, i + 3)
        } else if let s = NumberWords.vagueScales[w] {
            if i > range.lowerBound, NumberWords.small[t[i - 1].lower] != nil || t[i - 1].kind == .number { return nil }
            let next = w == "dozens" || w == "scores" ? 100 : 10 * s
            (low, high, end) = (2 * s, next, i + 1)
            if w == "scores", !(i + 1 < limit && t[i + 1].lower == "of") { return nil }   // "scores" is also a verb
        } else {
            var j = i
            if w == "a" || w == "an" { j += 1 }
            guard j + 1 < limit, let count = NumberWords.vagueCounts[t[j].lower] else { return nil }
            if t[j].lower == "few" || t[j].lower == "couple", j == i { return nil }
            var k = j + 1
            if t[j].lower == "couple", t[k].lower == "of" { k += 1 }
            guard k < limit else { return nil }
            let scaleWord = t[k].lower
            guard let s = NumberWords.scales[scaleWord] ?? (scaleWord == "dozen" ? 12 : nil) else {
                // "many thousands": a vague count of a vague magnitude is that magnitude.
                guard t[j].lower == "many", let s = NumberWords.vagueScales[scaleWord] else { return nil }
                return Mention(hedgeStart: i, first: i, end: k + 1, unitEnd: k + 1, low: 2 * s, high: 10 * s,
                               spelled: true, hedge: nil, bound: .approximate, unit: nil, isRange: true,
                               pairedHyphen: false, plainInteger: false, gluedToName: false, vague: true)
            }
            (low, high, end) = (count.low * s, count.high * s, k + 1)
        }
        var m = Mention(hedgeStart: i, first: i, end: end, unitEnd: end, low: low, high: high, spelled: true,
                        hedge: nil, bound: .approximate, unit: nil, isRange: true, pairedHyphen: false,
                        plainInteger: false, gluedToName: false, vague: true)
        // "millions of dollars": the unit after "of".
        if end + 1 < limit, t[end].lower == "of", let u = UnitReader.after(t, at: end + 1, limit: limit, scaled: true, numberText: ""),
           Units.isMoney(u.unit) {
            m.unit = u.unit
            m.unitEnd = u.end
        }
        return m
    }

    /// One-word multipliers: "twice the cost", "twice as many", "a tenfold rise". "Twice" alone is
    /// a frequency ("elected twice"), not a multiplier of anything.
    private static func multiplier(_ t: [Token], at i: Int, in range: Range<Int>) -> Mention? {
        let w = t[i].lower
        let value: Double
        if let v = NumberWords.multiplierWords[w] {
            guard i + 1 < range.upperBound else { return nil }
            let next = t[i + 1]
            guard next.lower == "as" || next.lower == "that" || next.flags.contains(.determiner) || next.kind == .number
                    || Units.currencySymbols[next.lower] != nil else { return nil }
            value = v
        } else if let v = NumberWords.foldValue(w) {
            value = v
        } else {
            return nil
        }
        return Mention(hedgeStart: i, first: i, end: i + 1, unitEnd: i + 1, low: value, high: value, spelled: true,
                       hedge: nil, bound: .exact, unit: "times", isRange: false, pairedHyphen: false,
                       plainInteger: false, gluedToName: false)
    }
}
