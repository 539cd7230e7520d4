/// Stated movements: "rose 5%", "fell by 300", "up 5%", "a 5% increase". "rose to 5%" states a
/// level, not a change, and "rose from 10 to 12" a level with its previous value.
enum DirectionRules {
    /// Verbs that take "by" + amount for a change: "cut by 10%", "reduced by 300".
    static let byVerbs: [String: Direction] = [
        "cut": .down, "reduced": .down, "lowered": .down, "trimmed": .down, "narrowed": .down,
        "raised": .up, "boosted": .up, "widened": .up, "expanded": .up, "increased": .up, "decreased": .down,
    ]
    static let intensifiers: Set<String> = [
        "sharply", "slightly", "steeply", "nearly", "almost", "about", "around", "some", "roughly", "just",
        "only", "further", "again", "another", "also", "significantly", "by",
    ]

    static func direction(_ t: [Token], mention m: Mention, sentence r: Range<Int>) -> Direction? {
        guard m.fromValue == nil else { return nil }
        var j = m.hedgeStart - 1
        guard j >= r.lowerBound, t[j].lower != "to", t[j].lower != "at" else { return nil }
        var sawBy = false
        var steps = 0
        while j >= r.lowerBound, steps < 3, intensifiers.contains(t[j].lower) {
            if t[j].lower == "by" { sawBy = true }
            j -= 1
            steps += 1
        }
        if j >= r.lowerBound {
            if let hit = Predicates.changeVerbs.match(t, endingBefore: j + 1, floor: r.lowerBound) {
                // Bare "up"/"down" are particles too ("shot down 5 drones"); as a move they take a unit.
                let particle = t[j].lower == "up" || t[j].lower == "down"
                if !particle || m.unit != nil { return hit.value }
            }
            // "cut its forecast by 0.5 points": the verb may stand a short object before "by".
            if sawBy {
                for k in stride(from: j, through: max(r.lowerBound, j - 3), by: -1) {
                    if let d = byVerbs[t[k].lower] ?? Predicates.changeVerbs.match(t, endingBefore: k + 1, floor: r.lowerBound)?.value {
                        return d
                    }
                }
            }
        }
        if m.unitEnd < r.upperBound, let d = Predicates.changeNouns[t[m.unitEnd].lower] { return d }
        return nil
    }
}
