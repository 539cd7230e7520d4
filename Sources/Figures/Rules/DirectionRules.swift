import Model

/// What a number is in a stated movement, and which way the movement goes.
struct MovementFact: Sendable, Equatable {
    var role: Role = .level
    var direction: Direction? = nil
    /// For a level: the level before, when the sentence states it ("rose from 4.1% to 4.5%").
    var previous: Double? = nil
}

/// Stated movements: "rose 5%" is a change, "rose to 5%" the level reached, "up from 30%" the level
/// before; "rose by $2bn to $40bn" states a change and a level, "closed at 8,412.55, up 58.06 points"
/// a level and a change. Every fact of a movement carries its direction, and a list that leaves the
/// verb out keeps it ("A fell 1%, B 2%").
enum DirectionRules {
    /// Words between a movement word and its number: "rose sharply by 5%", "fell a further 2%".
    static let intensifiers: Set<String> = [
        "sharply", "slightly", "steeply", "nearly", "almost", "about", "around", "some", "roughly", "just",
        "only", "further", "again", "another", "also", "significantly", "marginally", "modestly", "strongly",
        "a", "an", "by", "fractionally", "briskly", "substantially", "dramatically", "as", "much", "more", "than",
        "respectively", "overall", "collectively", "between",
    ]
    /// Words a level reached or left may sit behind before "to"/"from" takes it: a time
    /// ("rose 5% in the quarter to $2bn"), a year, a comma.
    static let frameWords: Set<String> = [
        ",", "in", "on", "during", "over", "for", "the", "a", "an", "this", "that", "last", "its", "their", "his",
        "her", "from", "fiscal", "first", "second", "third", "fourth", "earlier", "ago", "previous", "prior",
        "quarter", "year", "period", "half", "week", "month", "day", "session", "trading", "year-on-year",
        "'s", "same", "since", "compared", "with", "sharply", "slightly", "steadily", "again",
    ]
    /// "to close at $40", "to end at 8,412": the level a session ended at.
    static let closingVerbs: Set<String> = [
        "close", "closed", "closing", "end", "ended", "ending", "finish", "finished", "settle", "settled",
        "stand", "stood", "trade", "traded", "reach", "reached", "hit",
    ]
    /// Hedges that place a level beyond a bound, as "to" would: "rose above 100", "fell below 3%".
    static let levelBounds: Set<String> = [
        "above", "over", "past", "beyond", "below", "under", "well above", "well over", "just above", "just over",
        "just below", "just under", "well below",
    ]
    static let passThrough: Set<String> = ["of", "through", "during", "after", "over", "in", "amid"]
    static let shareUnits: Set<String> = ["percent", "percentage points", "basis points", "points", "cents", "pence"]

    /// A movement word before "from" (at `from`): "rose from 4.1% to 4.5%" is a movement, "ranged
    /// from 4.1% to 4.5%" a span.
    static func movesBefore(_ t: [Token], from: Int, floor: Int) -> Bool {
        guard from > floor, t[from].lower == "from" else { return false }
        return movementEnding(at: from - 1, t, floor: floor, prep: "from", unit: nil) != nil
    }

    /// The fact of each mention, in order.
    static func facts(_ ms: [Mention], _ t: [Token], sentence r: Range<Int>) -> [MovementFact] {
        var facts = Array(repeating: MovementFact(), count: ms.count)
        // The earlier mention ending at a token, so reading leftwards never rescans the sentence.
        var endingAt: [Int: Int] = [:]
        for n in ms.indices {
            let m = ms[n]
            var f = MovementFact()
            if let (d, role, via) = leftward(n, ms, facts, endingAt, t, floor: r.lowerBound) {
                f.direction = d
                f.role = role
                if let p = via {
                    if role == .level, facts[p].role == .previous { f.previous = ms[p].low }
                    if role == .previous, facts[p].role == .level { facts[p].previous = m.low }
                }
            } else if let d = following(m, t, limit: r.upperBound) {
                f.direction = d
                f.role = .change
            } else if n > 0, let d = ellipsis(ms[n - 1], facts[n - 1], after: ms[n - 1], m, t)
                        ?? (n > 1 && facts[n - 1].role == .level ? ellipsis(ms[n - 2], facts[n - 2], after: ms[n - 1], m, t) : nil) {
                // "A rose 1% to 100, B 2%": after a change and its level, the next bare share is a change.
                f.direction = d
                f.role = .change
            }
            facts[n] = f
            // "won 35% of the vote, up from 30%", "closed at 8,412.55, up 58.06 points": the figure
            // before the comma is the level this movement reached.
            if let d = f.direction, n > 0, facts[n - 1].direction == nil, facts[n - 1].role == .level,
               let particle = commaParticle(before: m, t, floor: r.lowerBound), particle > ms[n - 1].unitEnd,
               plainStretch(t, ms[n - 1].unitEnd..<particle - 1) {
                facts[n - 1].direction = d
                if f.role == .previous { facts[n - 1].previous = m.low }
            }
            endingAt[m.end - 1] = n
            endingAt[m.unitEnd - 1] = n
        }
        return facts
    }

    /// ", up" or ", down" right before the mention (or before "from" before it): the particle's index.
    private static func commaParticle(before m: Mention, _ t: [Token], floor: Int) -> Int? {
        var j = m.hedgeStart - 1
        if j >= floor, t[j].lower == "from" { j -= 1 }
        guard j - 1 >= floor, t[j].lower == "up" || t[j].lower == "down", t[j - 1].lower == "," else { return nil }
        return j
    }

    /// A short stretch with no number and no verb: a noun phrase like "of the vote".
    private static func plainStretch(_ t: [Token], _ range: Range<Int>) -> Bool {
        guard range.count <= 6 else { return false }
        return t[range].allSatisfy { tok in
            tok.kind != .number && !isVerb(tok)
        }
    }

    private static func isVerb(_ tok: Token) -> Bool {
        let w = tok.lower
        return MovementWords.verbs.contains(w) || (Predicates.levelVerbs.contains(w) && w != "at")
            || tok.flags.contains(.auxiliary) || tok.flags.contains(.reportingVerb) || MovementWords.priceVerbs[w] != nil
    }

    /// The movement read leftwards from the mention: the verb or noun, or an earlier fact of the same
    /// movement ("rose 5% to $3.2bn": the level borrows the change's verb). Returns the direction,
    /// the role and the mention it goes through.
    private static func leftward(_ n: Int, _ ms: [Mention], _ facts: [MovementFact], _ endingAt: [Int: Int],
                                 _ t: [Token], floor: Int) -> (Direction, Role, Int?)? {
        let m = ms[n]
        var j = m.hedgeStart - 1
        guard j >= floor else { return nil }
        var prep: String? = nil
        if ["to", "from", "by", "of", "at", "or"].contains(t[j].lower) {
            prep = t[j].lower
            j -= 1
        } else if let hedge = m.hedge, Self.levelBounds.contains(hedge), m.hedgeStart < m.first {
            // "rises above 100", "fell below 3%", "climbed past 200": the level the move crossed.
            prep = "to"
        }
        if prep == "or", j >= floor, t[j].lower == "," { j -= 1 }
        if prep == "at" {
            // "closed at 8,412" states a level; "rose 2% to close at $40" and "down 4.2p at 96p" the
            // level a move reached.
            if j >= floor, closingVerbs.contains(t[j].lower), j - 1 >= floor, t[j - 1].lower == "to" {
                j -= 2
            } else {
                // "0.9% lower at 38,720", "2.3% down at 414 pence": past the comparative to the move.
                if j - 1 >= floor, MovementWords.comparatives[t[j].lower] != nil || MovementWords.shareComparatives[t[j].lower] != nil
                    || t[j].lower == "," {
                    j -= 1      // "down 31 cents, or 0.4%, at $81.12"
                }
                guard j >= floor, endingAt[j] != nil else { return nil }
            }
            prep = "to"
        }
        let role: Role = prep == "to" ? .level : prep == "from" ? .previous : .change
        // "fell to 60 trucks a day, from about 500", "to narrow to 3.5% of GDP next year from 4.9%":
        // the level left by the move just read.
        if prep == "from", j >= floor, n > 0, ms[n - 1].unitEnd <= j + 1,
           case let p = n - 1, let d = facts[p].direction, plainStretch(t, ms[p].unitEnd..<(j + 1)) {
            return (d, .previous, p)
        }
        var steps = 0
        while j >= floor, steps < 8 {
            // An earlier fact of the same movement ends here.
            if let p = endingAt[j] {
                guard let d = facts[p].direction else { return nil }
                if prep == "or" { return facts[p].role == .change ? (d, .change, p) : nil }
                guard prep == "to" || prep == "from" else { return nil }
                return (d, role, p)
            }
            if prep == "or" { return nil }
            if let d = movementEnding(at: j, t, floor: floor, prep: prep, unit: m.unit) { return (d, role, nil) }
            // "a 15 per cent rise in first-half profit to £320 million": the movement noun's level.
            if prep == "to", let d = nounBeforeIn(t, from: j, floor: floor) { return (d, role, nil) }
            // "fell 0.5% against the dollar to $1.2650": what a rate is quoted against.
            if prep == "to" || prep == "from", j - 1 >= floor, t[j].kind == .word {
                let k = t[j - 1].flags.contains(.determiner) ? j - 2 : j - 1
                if k >= floor, ["against", "versus", "vs", "on"].contains(t[k].lower) {
                    j = k - 1
                    steps += 1
                    continue
                }
            }
            // Only a level reached or left may stand behind a time or a comma.
            guard prep == "to" || prep == "from", frameWords.contains(t[j].lower) || isFrameToken(t[j]) else { return nil }
            j -= 1
            steps += 1
        }
        return nil
    }

    /// "rise in first-half profit" read back from its end: the movement noun before "in", with only
    /// words of a noun phrase between.
    private static func nounBeforeIn(_ t: [Token], from j: Int, floor: Int) -> Direction? {
        var k = j
        while k > floor, j - k < 5, t[k].kind == .word || t[k].lower == "-" {
            if t[k].lower == "in" || t[k].lower == "of" { return MovementWords.nouns[t[k - 1].lower] }
            if isVerb(t[k]) { return nil }
            k -= 1
        }
        return nil
    }

    private static func isFrameToken(_ tok: Token) -> Bool {
        tok.kind == .number || TimeWords.isMonth(tok) || TimeWords.weekdays.contains(tok.lower)
            || TimeWords.durations.contains(tok.lower)
    }

    /// The movement word ending at token j (intensifiers skipped), read with the preposition that
    /// follows it ("by", "to", "from", "of" or none) and the unit of the number.
    static func movementEnding(at start: Int, _ t: [Token], floor: Int, prep: String?, unit: String?) -> Direction? {
        var j = start
        var steps = 0
        while j >= floor, steps < 3, intensifiers.contains(t[j].lower) {
            j -= 1
            steps += 1
        }
        guard j >= floor else { return nil }
        if prep == "of" {
            // "an increase of 5%", "a rise of $2bn"; "a quarter of" is no movement.
            return MovementWords.nouns[t[j].lower]
        }
        if let hit = MovementWords.verbs.match(t, endingBefore: j + 1, floor: floor) {
            // Bare "up"/"down" are particles too ("shot down 5 drones"): as a move they take a unit,
            // a preposition, or stand after a verb "to be" or a comma.
            let particle = t[j].lower == "up" || t[j].lower == "down"
            if !particle || hit.start < j || unit != nil || prep != nil || j == floor
                || t[j - 1].flags.contains(.auxiliary) || t[j - 1].lower == "," || t[j - 1].lower == ";" {
                return hit.value
            }
            return nil
        }
        if let d = MovementWords.priceVerbs[t[j].lower],
           prep == "to" || prep == "from" || unit.map({ shareUnits.contains($0) || $0.hasPrefix("cents") || $0.hasPrefix("pence") }) == true {
            return d
        }
        if let d = MovementWords.objectVerbs[t[j].lower], prep != nil || unit.map({ shareUnits.contains($0) }) == true {
            return d
        }
        // "cut its forecast by 0.5 points", "raised the stake from 5% to 8%": a short object between.
        if prep == "by" || prep == "to" || prep == "from" {
            var k = j
            var words = 0
            while k >= floor, words < 6, t[k].kind == .word || t[k].lower == "'s",
                  !isVerb(t[k]) || MovementWords.objectVerbs[t[k].lower] != nil {
                if let d = MovementWords.objectVerbs[t[k].lower] ?? MovementWords.verbs.match(t, endingBefore: k + 1, floor: floor)?.value,
                   k < j {
                    return d
                }
                // "the risk of death": an "of" stays inside the object, and a short phrase of when or
                // how may stand between a passive and its "by" ("was trimmed through the recount by
                // 1,900 votes"); other prepositions end it.
                if FunctionWords.conjunctions.contains(t[k].lower)
                    || t[k].flags.contains(.preposition) && !Self.passThrough.contains(t[k].lower) && k < j { break }
                k -= 1
                words += 1
            }
        }
        return nil
    }

    /// A movement noun or comparative after the number: "a 5% increase", "a 5% annual rise", "a 4.5%
    /// pay rise", "closed 2% higher", "12% more than a year earlier".
    private static func following(_ m: Mention, _ t: [Token], limit: Int) -> Direction? {
        let k0 = m.unitEnd
        guard k0 < limit else { return nil }
        let share = m.unit.map { shareUnits.contains($0) } ?? false
        if let d = MovementWords.comparatives[t[k0].lower] ?? (share ? MovementWords.shareComparatives[t[k0].lower] : nil) {
            return d
        }
        // Money takes its movement noun right after it: "a $2bn cut", but "a $5bn growth fund".
        let reach = m.unit.map(Units.isMoney) == true ? 1 : 5
        var k = k0
        while k < limit, k - k0 < reach {
            let tok = t[k]
            if let d = MovementWords.nouns[tok.lower] { return d }
            // "year-on-year", "annual", "pay": a modifier of the movement noun.
            let modifier = tok.lower == "-" && tok.isAttached
                || tok.kind == .word && !tok.isCapitalized && (!FunctionWords.endsPhrase(tok) || k > k0 && t[k - 1].lower == "-")
                    && !isVerb(tok)
            guard modifier else { return nil }
            k += 1
        }
        return nil
    }

    /// "A fell 1%, B 2%, and C 3%": a change with no verb of its own, after a change, separated only
    /// by a list link and the name of what moved, moves the same way.
    private static func ellipsis(_ p: Mention, _ pf: MovementFact, after last: Mention, _ m: Mention, _ t: [Token]) -> Direction? {
        guard pf.role == .change, let d = pf.direction, m.hedgeStart >= last.unitEnd else { return nil }
        let between = last.unitEnd..<m.hedgeStart
        guard between.count <= 6,
              t[between].contains(where: { [",", ";", "and", "while", "with", "whereas"].contains($0.lower) }) else { return nil }
        // The same kind of figure: a share after a share, money after money.
        guard (p.unit.map(Units.isShare) ?? false) == (m.unit.map(Units.isShare) ?? false) else { return nil }
        return plainStretch(t, between) ? d : nil
    }
}
