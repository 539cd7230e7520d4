/// Which quantity about the counted thing a figure states: sent, already present, a first batch,
/// pledged, destroyed. Read from the words nearest the number, right side first, because the
/// participle after a figure ("1,500 already stationed") binds tighter than a verb before it.
enum AspectRules {
    /// "the first group of 2,600" -> "first-group".
    static func batch(_ t: [Token], before i: Int, floor: Int) -> String? {
        guard i - 3 >= floor, t[i - 1].lower == "of", Predicates.batchNouns.contains(t[i - 2].lower),
              Predicates.batchOrdinals.contains(t[i - 3].lower) else { return nil }
        let ordinal = t[i - 3].lower
        return (ordinal == "advance" || ordinal == "initial" ? "first" : ordinal) + "-group"
    }

    static func aspect(_ t: [Token], mention m: Mention, phraseEnd: Int, sentence r: Range<Int>) -> String? {
        if let b = batch(t, before: m.hedgeStart, floor: r.lowerBound) { return b }
        var k = max(phraseEnd, m.unitEnd)
        let rightLimit = min(r.upperBound, k + 12)
        var sawAlready = false
        while k < rightLimit {
            let w = t[k].lower
            if w == "," || w == ";" || w == ":" || t[k].kind == .number { break }
            if w == "already" { sawAlready = true }
            if let hit = Predicates.aspects.match(t, at: k, limit: r.upperBound) {
                return sawAlready ? "present" : hit.value
            }
            k += 1
        }
        if sawAlready { return "present" }
        var j = m.hedgeStart - 1
        // Not into a fronted clause ("As 98.8% of machines were counted, Lula had 50.8%").
        let leftFloor = max(r.lowerBound, m.hedgeStart - 16, OwnerRules.frontedClauseEnd(t, sentence: r, before: m.hedgeStart))
        while j >= leftFloor {
            if t[j].lower == ";" { break }
            if let hit = Predicates.aspects.match(t, endingBefore: j + 1, floor: r.lowerBound) { return hit.value }
            j -= 1
        }
        return nil
    }
}
