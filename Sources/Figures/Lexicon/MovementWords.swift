import Foundation
import Model

/// Words that state a movement of a figure: verbs ("rose", "slid", "advanced"), particles ("up 5%"),
/// nouns ("a 5% increase", "a rise of 2%") and comparatives ("5% higher").
enum MovementWords {
    private static func forms(_ d: Direction, _ words: String) -> [(String, Direction)] {
        words.split(separator: " ").map { (String($0).replacingOccurrences(of: "_", with: " "), d) }
    }

    /// Verbs whose number is the change ("rose 5%"), the level after "to" ("rose to 5%") and the
    /// level before after "from" ("rose from 4%").
    static let verbs = PhraseTable<Direction>(
        forms(.up, """
        rise rises rose risen rising increase increases increased increasing grow grows grew grown growing \
        climb climbs climbed climbing jump jumps jumped jumping surge surges surged surging soar soars soared \
        soaring gain gains gained gaining advance advances advanced advancing rally rallies rallied rallying \
        rebound rebounds rebounded rebounding spike spikes spiked spiking leap leaps leaped leapt leaping \
        expand expands expanded expanding accelerate accelerates accelerated accelerating firmed strengthened \
        appreciated appreciates rocketed rockets skyrocketed skyrockets ballooned balloons swelled swell swells \
        widened widens up edged_up edges_up inched_up inches_up ticked_up ticks_up crept_up creeps_up \
        picked_up went_up moved_up shot_up edged_higher inched_higher moved_higher traded_higher \
        closed_higher ended_higher finished_higher closed_up ended_up finished_up doubled tripled quadrupled \
        added adds adding accelerated quickened picked_up heated_up
        """)
        + forms(.down, """
        fall falls fell fallen falling drop drops dropped dropping decline declines declined declining \
        decrease decreases decreased decreasing slip slips slipped slipping slide slides slid sliding \
        plunge plunges plunged plunging plummet plummets plummeted plummeting tumble tumbles tumbled tumbling \
        sink sinks sank sunk sinking slump slumps slumped slumping dip dips dipped dipping ease eases eased \
        easing retreat retreats retreated retreating weaken weakens weakened weakening shrink shrinks shrank \
        shrunk shrinking contracted contracting crashes crashed tanked dived \
        dove depreciated depreciates collapsed sagged skidded slumped nosedived down edged_down edges_down \
        inched_down ticked_down went_down moved_down fell_back edged_lower inched_lower moved_lower \
        traded_lower closed_lower ended_lower finished_lower closed_down ended_down finished_down halved \
        slowed slows slowing cooled cools cooling moderated moderates softened softens
        """),
        first: .changeFirst, last: .changeLast)

    /// Verbs that move a figure only when what moves is a share or a price ("lost 2%", "shed 15
    /// cents"): "lost $75 million" is a loss, "shed 1,200 jobs" a cut like "cut 1,200 jobs".
    static let priceVerbs: [String: Direction] = [
        "lost": .down, "loses": .down, "lose": .down, "losing": .down, "shed": .down, "sheds": .down,
        "shedding": .down,
    ]

    /// Verbs that take "by", "from" or "to" after an object for a movement: "cut its forecast by
    /// 0.5 points", "raised the rate from 4% to 4.25%". Without those, "raised $2bn" is fundraising.
    static let objectVerbs: [String: Direction] = [
        "cut": .down, "cuts": .down, "cutting": .down, "reduced": .down, "reduce": .down, "reduces": .down,
        "reducing": .down, "lowered": .down, "lower": .down, "lowers": .down, "lowering": .down,
        "trimmed": .down, "trims": .down, "trim": .down, "slashed": .down, "slash": .down, "slashes": .down,
        "narrowed": .down, "narrows": .down, "narrow": .down, "narrowing": .down, "decreased": .down,
        "slow": .down, "cool": .down, "widen": .up, "widening": .up,
        "raised": .up, "raise": .up, "raises": .up, "raising": .up, "boosted": .up, "boost": .up, "boosts": .up,
        "lifted": .up, "lift": .up, "lifts": .up, "hiked": .up, "hike": .up, "hikes": .up, "increased": .up,
        "increase": .up, "widened": .up, "expanded": .up, "upgraded": .up, "downgraded": .down,
        "revised up": .up, "revised down": .down, "marked up": .up, "marked down": .down,
    ]

    /// Nouns of movement, after the number ("a 5% increase") or before "of" ("a rise of 2%").
    static let nouns: [String: Direction] = [
        "increase": .up, "increases": .up, "rise": .up, "rises": .up, "jump": .up, "gain": .up, "gains": .up,
        "growth": .up, "surge": .up, "hike": .up, "hikes": .up, "climb": .up, "advance": .up, "rally": .up,
        "rebound": .up, "uptick": .up, "boost": .up, "upswing": .up, "spike": .up, "expansion": .up,
        "drop": .down, "drops": .down, "decline": .down, "declines": .down, "fall": .down, "falls": .down,
        "decrease": .down, "cut": .down, "cuts": .down, "reduction": .down, "slump": .down, "plunge": .down,
        "dip": .down, "slide": .down, "contraction": .down, "downturn": .down, "retreat": .down,
        "tumble": .down, "slowdown": .down,
    ]

    /// Comparatives after the number: "closed 2% higher", "ended 58 points lower".
    static let comparatives: [String: Direction] = [
        "higher": .up, "lower": .down,
    ]
    /// Comparatives that move only a share after it: "12% more than a year earlier", "2.3% down";
    /// "10 more troops" adds to a count.
    static let shareComparatives: [String: Direction] = [
        "more": .up, "less": .down, "fewer": .down, "up": .up, "down": .down, "bigger": .up, "smaller": .down,
    ]
}
