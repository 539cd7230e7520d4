/// A number as the grammar found it, before any judgement on whether it is a claim.
struct Mention: Sendable {
    /// First token of the hedge, or of the number when there is none.
    var hedgeStart: Int
    /// First token of the number itself (a currency sign included).
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
    /// "from 10,000 to 12,000": the level is the second number, this the one before it.
    var fromValue: Double?
    /// Both sides of a hyphen pair that cannot be a range ("3-1", "2022-2024").
    var pairedHyphen: Bool
    /// No thousands separator, no decimal, no scale: the shape of years, codes and names.
    var plainInteger: Bool
    /// The number token is glued to letters before it ("G7", "A320").
    var gluedToName: Bool
}

/// The number grammar: digits with separators and decimals, scale words ("1.6 million", "2.5bn",
/// "300k"), spelled numbers ("ten thousand", "twenty-five", "a dozen"), currencies, units, ranges
/// ("10,000-12,000", "between 10,000 and 12,000", "10 to 12 million") and hedges on either side.
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

    private struct Numeral {
        var value: Double
        var end: Int
        var spelled: Bool
        var scaled: Bool
        var raw: Double
        var plain: Bool
    }

    private static func mention(_ t: [Token], at i: Int, in range: Range<Int>) -> Mention? {
        let limit = range.upperBound
        // Most tokens start no number: one lookup or a glance at the next token settles it.
        if t[i].kind == .word, !NumberWords.starters.contains(t[i].lower),
           !(i + 1 < limit && (t[i + 1].lower == "$" || t[i + 1].kind == .number)) {
            return nil
        }
        if t[i].kind == .opaque { return nil }
        var currency: String? = nil
        var k = i
        if let code = Units.currencySymbols[t[i].lower], t[i].kind == .punct {
            currency = code
            k = i + 1
        } else if t[i].kind == .word, let code = Units.dollarPrefixes[t[i].lower], i + 1 < limit,
                  t[i + 1].lower == "$", t[i + 1].isAttached {
            currency = code
            k = i + 2
        } else if t[i].kind == .word, Units.currencyCodes.contains(t[i].lower), t[i].text.uppercased() == t[i].text,
                  i + 1 < limit, t[i + 1].kind == .number {
            currency = t[i].text
            k = i + 1
        }
        if currency != nil, k >= limit || t[k].kind != .number { return nil }
        guard var a = numeral(t, at: k, limit: limit) else { return nil }
        if currency != nil { applyCurrencyScale(t, &a, limit: limit) }

        var m = Mention(hedgeStart: i, first: i, end: a.end, unitEnd: a.end, low: a.value, high: a.value,
                        spelled: a.spelled, hedge: nil, bound: .exact,
                        unit: currency, isRange: false, fromValue: nil, pairedHyphen: false,
                        plainInteger: a.plain, gluedToName: false)
        if t[k].kind == .number, k > range.lowerBound, t[k - 1].kind == .word, t[k].isAttached {
            m.gluedToName = true
        }

        // Ranges: "10,000-12,000", "10 to 12 million", "between 10 and 12", "from 10 to 12", "two or three".
        // A unit may sit on both ends: "4.1% to 4.5%".
        var j = a.end
        var sharedUnit: String? = nil
        if let u = Units.after.match(t, at: j, limit: limit), u.end + 1 < limit,
           ["to", "-", "\u{2013}", "and", "or"].contains(t[u.end].lower), t[u.end + 1].kind == .number {
            sharedUnit = u.value
            j = u.end
        }
        if j + 1 < limit {
            let link = t[j].lower
            let isDash = link == "-" || link == "\u{2013}" || link == "\u{2014}"
            if isDash || link == "to" || link == "and" || link == "or" {
                var bStart = j + 1
                if currency != nil, Units.currencySymbols[t[bStart].lower] != nil, bStart + 1 < limit { bStart += 1 }
                let betweenAnd = link == "and" && i > range.lowerBound && t[i - 1].lower == "between"
                let allowed = isDash ? (t[bStart].kind == .number && !a.spelled)
                                     : (link != "and" || betweenAnd)
                let unitAgrees = { (b: Numeral) in
                    sharedUnit == nil || Units.after.match(t, at: b.end, limit: limit)?.value == sharedUnit
                }
                if allowed, var b = numeral(t, at: bStart, limit: limit), b.spelled == a.spelled, unitAgrees(b) {
                    if currency != nil { applyCurrencyScale(t, &b, limit: limit) }
                    var low = a.value
                    if !a.scaled, b.scaled, a.raw < b.raw { low = a.raw * (b.value / b.raw) }
                    let fromTo = link == "to" && i > range.lowerBound && t[i - 1].lower == "from"
                    if fromTo || low < b.value {
                        m.low = fromTo ? b.value : low
                        m.high = b.value
                        m.isRange = !fromTo
                        m.fromValue = fromTo ? low : nil
                        m.end = b.end
                        m.plainInteger = a.plain && b.plain
                        j = b.end
                    } else if isDash {
                        m.end = b.end
                        m.pairedHyphen = true
                        j = b.end
                    }
                }
            }
        }

        if m.end == a.end { j = a.end }

        // Postposed hedges: "12,000-plus", "12,000+", "12,000 or more", "1,000 or so".
        if j + 1 < limit, t[j].lower == "-", t[j + 1].lower == "plus", t[j].isAttached {
            m.bound = .lower; m.hedge = "plus"; j += 2
        } else if j < limit, t[j].lower == "+", t[j].isAttached {
            m.bound = .lower; m.hedge = "+"; j += 1
        } else if let post = Hedges.after.match(t, at: j, limit: limit) {
            m.bound = post.value
            m.hedge = t[j..<post.end].map(\.lower).joined(separator: " ")
            j = post.end
        }
        m.end = j

        // Units after the number: "5%", "5 per cent", "40 km", "300 euros".
        if let u = Units.after.match(t, at: j, limit: limit) {
            let glued = t[j].isAttached
            // A bare "m" is metres only when glued to the digits ("100m"); "12 m" is too ambiguous.
            if u.value != "m" || glued {
                if m.unit == nil || Units.isShare(u.value) { m.unit = u.value }
                m.unitEnd = u.end
            }
        }
        m.unitEnd = max(m.unitEnd, m.end)

        // Hedges before: "about", "up to", "more than", "surpassed".
        if let h = Hedges.before.match(t, endingBefore: i, floor: range.lowerBound) {
            m.hedgeStart = h.start
            m.hedge = t[h.start..<i].map(\.lower).joined(separator: " ")
            m.bound = h.value
        }
        return m
    }

    private static func applyCurrencyScale(_ t: [Token], _ n: inout Numeral, limit: Int) {
        guard !n.scaled, n.end < limit, t[n.end].isAttached, let s = NumberWords.currencyScales[t[n.end].lower]
        else { return }
        n.value *= s
        n.scaled = true
        n.plain = false
        n.end += 1
    }

    /// A single number at token `i`: digits (with a scale word) or a spelled number.
    private static func numeral(_ t: [Token], at i: Int, limit: Int) -> Numeral? {
        guard i < limit else { return nil }
        if t[i].kind == .number {
            guard let v = digitValue(t[i].text) else { return nil }
            var n = Numeral(value: v, end: i + 1, spelled: false, scaled: false, raw: v,
                            plain: !t[i].text.contains(",") && !t[i].text.contains("."))
            if n.end < limit, t[n.end].kind == .word {
                let w = t[n.end].lower
                // "300k users", but "4K display" names a resolution: a capital K counts only after a currency.
                let abbreviated = t[n.end].isAttached && t[n.end].text != "K"
                let scale = NumberWords.scales[w] ?? (abbreviated ? NumberWords.abbreviatedScales[w] : nil)
                if let scale {
                    n.value = v * scale
                    n.scaled = true
                    n.plain = false
                    n.end += 1
                }
            }
            return n
        }
        guard t[i].kind == .word else { return nil }
        return spelled(t, at: i, limit: limit)
    }

    /// "12,000" -> 12000, "1.6" -> 1.6, "1,5" (decimal comma) -> 1.5; nil for malformed groups.
    static func digitValue(_ text: String) -> Double? {
        // Digit groups split by "," and "."; the tokenizer guarantees digits between separators.
        var widths: [Int] = [0]
        var separators: [UInt8] = []
        for b in text.utf8 {
            if b >= 48 && b <= 57 { widths[widths.count - 1] += 1 } else { separators.append(b); widths.append(0) }
        }
        if separators.isEmpty { return Double(text) }
        let comma = UInt8(ascii: ","), dot = UInt8(ascii: ".")
        let dotAtEnd = separators.last == dot
        let thousands = separators.dropLast(dotAtEnd ? 1 : 0).allSatisfy { $0 == comma }
            && widths[0] <= 3 && widths.dropFirst().dropLast(dotAtEnd ? 1 : 0).allSatisfy { $0 == 3 }
        // "12,000" and "1,234,567.5" drop their commas; a lone comma otherwise is a decimal comma ("1,5").
        guard thousands || separators.count == 1 else { return nil }
        var cleaned: [UInt8] = []
        for b in text.utf8 {
            if b == comma { if !thousands { cleaned.append(dot) } } else { cleaned.append(b) }
        }
        return Double(String(decoding: cleaned, as: UTF8.self))
    }

    /// Spelled numbers: "two", "twenty-five", "two hundred and fifty", "ten thousand", "a million",
    /// "a dozen". Each word must fit after the one before ("twenty five", not "five twenty").
    private static func spelled(_ t: [Token], at i: Int, limit: Int) -> Numeral? {
        enum Last { case none, small, tens, hundred, scale }
        var total = 0.0
        var current = 0.0
        var last = Last.none
        var j = i
        var scaled = false
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
            } else if w == "hundred", last == .small, current < 10 {
                current *= 100
                last = .hundred
                scaled = true
            } else if w == "dozen", last == .small, current < 10 {
                current *= 12
                last = .small
            } else if let s = NumberWords.scales[w], w != "hundred", last != .none, last != .scale {
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
            } else {
                break
            }
            j += 1
        }
        guard last != .none, j > i else { return nil }
        let value = total + current
        return Numeral(value: value, end: j, spelled: true, scaled: scaled, raw: value, plain: false)
    }
}
