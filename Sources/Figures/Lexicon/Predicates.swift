/// Verbs and nouns around a figure that say what happened to the things counted.
enum Predicates {
    /// What happened to people counted with a generic head ("45 people died", "killed 45 people"):
    /// the outcome becomes the class, so "45 dead", "45 people were killed" and "killed 45" agree.
    static let outcomes = PhraseTable<String>([
        ("died", "deaths"), ("dead", "deaths"), ("killed", "deaths"), ("killing", "deaths"), ("kill", "deaths"),
        ("kills", "deaths"), ("injures", "injuries"), ("displaces", "displaced"), ("infects", "cases"),
        ("perished", "deaths"), ("drowned", "deaths"), ("lost their lives", "deaths"),
        ("injured", "injuries"), ("injuring", "injuries"), ("wounded", "injuries"), ("wounding", "injuries"),
        ("hurt", "injuries"), ("sustained injuries", "injuries"), ("suffered injuries", "injuries"),
        ("sustained wounds", "injuries"), ("suffered wounds", "injuries"), ("received injuries", "injuries"),
        ("crushed to death", "deaths"), ("burned to death", "deaths"), ("burnt to death", "deaths"),
        ("confirmed dead", "deaths"), ("declared dead", "deaths"), ("lost their lives", "deaths"),
        ("found dead", "deaths"), ("without power", "without-power"), ("without electricity", "without-power"),
        ("lost power", "without-power"),
        ("requiring hospitalization", "hospitalisations"), ("requiring hospitalisation", "hospitalisations"),
        ("required hospitalization", "hospitalisations"), ("required hospitalisation", "hospitalisations"),
        ("admitted to hospital", "hospitalisations"), ("admitted", "hospitalisations"),
        ("discharged", "discharged"), ("released from hospital", "discharged"),
        ("under medical observation", "under-observation"), ("under observation", "under-observation"),
        ("aboard", "on-board"), ("on board", "on-board"), ("carrying", "on-board"),
        ("identified", "identified"), ("been identified", "identified"), ("unidentified", "unidentified"),
        ("were hospitalized", "hospitalisations"), ("were hospitalised", "hospitalisations"),
        ("being treated in hospital", "hospitalisations"), ("being treated in hospitals", "hospitalisations"),
        ("treated in hospital", "hospitalisations"), ("treated in hospitals", "hospitalisations"),
        ("remain in hospital", "hospitalisations"), ("remain in hospitals", "hospitalisations"),
        ("remained in hospital", "hospitalisations"), ("are in hospital", "hospitalisations"),
        ("infected", "cases"), ("infecting", "cases"), ("sickened", "cases"), ("tested positive", "cases"),
        ("fell ill", "cases"),
        ("displaced", "displaced"), ("displacing", "displaced"), ("fled", "displaced"),
        ("forced to flee", "displaced"), ("left homeless", "displaced"), ("made homeless", "displaced"),
        ("rendered homeless", "displaced"),
        ("evacuated", "evacuated"), ("evacuating", "evacuated"),
        ("arrested", "arrests"), ("arresting", "arrests"), ("detained", "arrests"), ("detaining", "arrests"),
        ("missing", "missing"), ("unaccounted for", "missing"), ("rescued", "rescued"),
        ("hospitalized", "hospitalisations"), ("hospitalised", "hospitalisations"),
        ("laid off", "layoffs"), ("lay off", "layoffs"), ("laying off", "layoffs"), ("lays off", "layoffs"),
        ("lost their jobs", "layoffs"), ("fired", "layoffs"), ("cut", "layoffs"), ("cuts", "layoffs"),
        ("cutting", "layoffs"), ("slash", "layoffs"), ("slashed", "layoffs"), ("slashing", "layoffs"),
        ("axe", "layoffs"), ("axed", "layoffs"), ("axing", "layoffs"), ("shed", "layoffs"),
        ("shedding", "layoffs"), ("eliminate", "layoffs"), ("eliminated", "layoffs"),
        ("eliminating", "layoffs"),
    ], first: .outcomeFirst, last: .outcomeLast)

    /// Common verbs a noun phrase can run into that do not look like verbs ("earthquake struck",
    /// "people live"): they end the phrase.
    static let commonVerbs: Set<String> = [
        "struck", "strikes", "hit", "hits", "say", "says", "saw", "sees", "took", "takes", "made", "makes",
        "went", "goes", "came", "comes", "gave", "gives", "got", "gets", "left", "leaves", "led", "leads",
        "held", "holds", "kept", "keeps", "met", "meets", "ran", "runs", "set", "sets", "told", "tells", "won",
        "wins", "lost", "loses", "began", "begins", "broke", "breaks", "brought", "brings", "built", "builds",
        "bought", "buys", "caught", "chose", "drew", "drove", "fled", "flees", "flew", "fought", "fights",
        "found", "finds", "knew", "knows", "lay", "meant", "means", "paid", "pays", "put", "puts", "sought",
        "seeks", "sold", "sells", "shot", "spent", "spends", "spoke", "stood", "stands", "swept", "thought",
        "threw", "wrote", "live", "lives", "remain", "remains", "face", "faces", "need", "needs", "want",
        "wants", "plan", "plans", "vow", "vows", "urge", "urges", "near", "nears", "top", "mark", "marks", "cast",
        "join", "joins", "return", "returns", "become", "became", "becomes", "seem", "seems", "appear", "appears",
    ]

    /// Outcomes that only apply to job-like heads ("cut 500 jobs", not "cut 5 km").
    static let jobOutcomes: Set<String> = ["layoffs"]
    static let jobHeads: Set<String> = ["jobs", "job", "workers", "employees", "staff", "positions", "roles"]

    /// The status of the things counted: sent somewhere, already there, promised. Separates
    /// "12,000 to be sent" from "1,500 already stationed" while "deploy"/"send"/"dispatch" agree.
    static let aspects = PhraseTable<String>([
        ("send", "sent"), ("sends", "sent"), ("sent", "sent"), ("sending", "sent"), ("deploy", "sent"),
        ("deploys", "sent"), ("deployed", "sent"), ("deploying", "sent"), ("deployment", "sent"),
        ("dispatch", "sent"), ("dispatches", "sent"), ("dispatched", "sent"), ("dispatching", "sent"),
        ("transfer", "sent"), ("transferred", "sent"), ("transferring", "sent"), ("deliver", "sent"),
        ("delivers", "sent"), ("delivered", "sent"), ("delivering", "sent"), ("delivery", "sent"),
        ("deliveries", "sent"), ("supply", "sent"), ("supplies", "sent"), ("supplied", "sent"),
        ("supplying", "sent"), ("shipped", "sent"), ("shipping", "sent"), ("shipment", "sent"),
        ("mobilize", "sent"), ("mobilized", "sent"), ("mobilise", "sent"), ("mobilised", "sent"),
        ("to fight", "sent"), ("fight alongside", "sent"),
        ("stationed", "present"), ("positioned", "present"), ("based", "present"), ("arrived", "present"),
        ("have arrived", "present"), ("already in", "present"), ("already there", "present"),
        ("present", "present"), ("located", "present"), ("on the ground", "present"),
        ("pledge", "pledged"), ("pledged", "pledged"), ("pledges", "pledged"), ("promise", "pledged"),
        ("promised", "pledged"), ("promises", "pledged"), ("committed", "pledged"), ("commits", "pledged"),
        ("offered", "pledged"), ("approved", "pledged"), ("earmarked", "pledged"), ("allocated", "pledged"),
        ("destroyed", "destroyed"), ("shot down", "destroyed"), ("downed", "destroyed"), ("damaged", "damaged"),
        ("intercepted", "intercepted"), ("captured", "captured"),
        // Votes counted so far and votes cast are the running count, not the candidates' tallies.
        ("counted", "counted"), ("tallied", "counted"), ("cast", "counted"),
        ("threatened", "threatened"), ("at risk", "threatened"), ("under threat", "threatened"),
    ], first: .aspectFirst, last: .aspectLast)

    /// Aspects that move something to a destination, so the key names where to.
    static let movements: Set<String> = ["sent", "pledged"]

    /// A partitive before the number that picks out one batch: "the first group of 2,600".
    static let batchOrdinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "next", "latest", "last", "initial", "advance", "new",
        "final",
    ]
    static let batchNouns: Set<String> = [
        "group", "batch", "wave", "contingent", "tranche", "shipment", "detachment", "rotation", "round",
        "installment", "instalment", "package",
    ]

    /// Words that, after "to"/"alongside", name whom a movement helps: "to aid Russia".
    static let helpVerbs: Set<String> = [
        "aid", "support", "assist", "bolster", "help", "back", "reinforce", "join", "defend", "strengthen",
    ]

    /// Stated movements: the number after them is a change ("rose 5%") unless "to" makes it a level.
    static let changeVerbs = MovementWords.verbs
    /// Hedges that are verbs of a level: "the toll exceeds 2,000", "deaths surpassing 500".
    static let levelHedges: Set<String> = [
        "exceeds", "exceeded", "exceeding", "surpassed", "surpasses", "surpassing", "topped", "tops", "topping",
        "passed", "passes", "passing", "crossed", "crosses", "crossing", "nears", "neared", "nearing",
        "approaches", "approached", "approaching",
    ]

    /// Verbs that state a level: "casualties reached 500,000", "unemployment stood at 5%".
    static let levelVerbs: Set<String> = [
        "reached", "reach", "reaches", "hit", "hits", "stood", "stands", "stand", "totaled", "totalled",
        "totals", "numbered", "numbers", "was", "were", "is", "are", "be", "been", "remained", "remains",
        "rose", "fell", "climbed", "dropped", "increased", "decreased", "declined", "jumped", "grew",
        "surged", "soared", "plunged", "tumbled", "slipped", "exceeded", "surpassed", "topped", "passed",
        "crossed", "amounted", "came", "accounted", "estimated", "put", "puts", "at",
        // -ing and present forms, and the closing verbs of markets ("settled at", "ended trading at").
        "reaching", "rising", "rises", "climbing", "climbs", "increasing", "surging", "jumping", "soaring",
        "standing", "hitting", "topping", "exceeding", "surpassing", "totalling", "totaling", "risen",
        "surged", "mounted", "mounting", "grown", "settled", "settle", "settles", "settling", "closed", "close",
        "closes", "closing", "ended", "ends", "ending", "finished", "trade", "traded", "trades", "trading",
        "opened", "opens", "stands", "sat", "sits", "hovered", "hovering", "dipped", "slid", "edged",
    ]
}
