/// A canonical class for a counted noun: `name` goes into keys; `specific` names a narrower group
/// ("special-forces" within "troops") used only to tell two figures in one sentence apart.
struct CountedClass: Sendable, Equatable {
    var name: String
    var specific: String?
}

/// Lexicon of counted nouns. Different words for one quantity share a class so that
/// paraphrases share a key; unknown nouns fall back to their own slug.
enum CountedNouns {
    private static func c(_ name: String, _ specific: String? = nil) -> CountedClass {
        CountedClass(name: name, specific: specific)
    }

    /// Phrases (head noun with its compound modifiers) -> class. Longest match wins.
    static let classes = PhraseTable<CountedClass>([
        ("troops", c("troops")), ("troop", c("troops")), ("soldiers", c("troops")), ("soldier", c("troops")),
        ("servicemen", c("troops")), ("serviceman", c("troops")), ("servicemembers", c("troops")),
        ("service members", c("troops")), ("military personnel", c("troops")), ("forces", c("troops")),
        ("ground forces", c("troops")), ("combat troops", c("troops")), ("marines", c("troops")),
        ("paratroopers", c("troops")), ("infantry", c("troops")), ("infantrymen", c("troops")),
        ("reservists", c("troops", "reservists")), ("conscripts", c("troops", "conscripts")),
        ("recruits", c("troops", "recruits")), ("military engineers", c("troops", "engineers")),
        ("special forces", c("troops", "special-forces")), ("special forces troops", c("troops", "special-forces")),
        ("special operations forces", c("troops", "special-forces")), ("commandos", c("troops", "special-forces")),
        ("brigades", c("brigades")), ("brigade", c("brigades")), ("battalions", c("battalions")),
        ("battalion", c("battalions")), ("divisions", c("divisions")), ("regiments", c("regiments")),
        ("deaths", c("deaths")), ("death", c("deaths")), ("dead", c("deaths")), ("deceased", c("deaths")),
        ("death count", c("deaths")), ("toll", c("deaths")), ("fatality toll", c("deaths")), ("fatality count", c("deaths")),
        ("containment", c("containment")), ("contained", c("containment")),
        ("confirmations", c("cases")), ("lab confirmations", c("cases")),
        ("livestock", c("livestock")), ("cattle", c("livestock")), ("heads of cattle", c("livestock")),
        ("houses", c("houses")), ("homes", c("houses")), ("dwellings", c("houses")), ("housing units", c("houses")),
        ("electoral votes", c("electoral-votes")), ("electoral college votes", c("electoral-votes")),
        ("ballots", c("votes")), ("popular vote", c("popular-vote")), ("killed", c("deaths")),
        ("fatalities", c("deaths")), ("fatality", c("deaths")), ("death toll", c("deaths")),
        ("toll", c("deaths")), ("lives", c("deaths")), ("bodies", c("deaths")),
        ("injuries", c("injuries")), ("injured", c("injuries")), ("wounded", c("injuries")),
        ("casualties", c("casualties")), ("casualty", c("casualties")),
        ("cases", c("cases")), ("case", c("cases")), ("infections", c("cases")), ("infected", c("cases")),
        ("displaced", c("displaced")), ("evacuees", c("evacuated")), ("evacuated", c("evacuated")),
        ("refugees", c("refugees")), ("arrests", c("arrests")), ("arrested", c("arrests")),
        ("detainees", c("arrests")), ("detained", c("arrests")), ("missing", c("missing")),
        ("hostages", c("hostages")), ("prisoners", c("prisoners")), ("prisoners of war", c("prisoners")),
        ("pows", c("prisoners")), ("hospitalisations", c("hospitalisations")),
        ("hospitalizations", c("hospitalisations")),
        ("layoffs", c("layoffs")), ("lay-offs", c("layoffs")), ("job cuts", c("layoffs")),
        ("redundancies", c("layoffs")), ("jobs", c("jobs")), ("job", c("jobs")),
        ("artillery shells", c("artillery-shells")), ("shells", c("artillery-shells")),
        ("artillery rounds", c("artillery-shells")), ("rounds of ammunition", c("artillery-shells")),
        ("missiles", c("missiles")), ("drones", c("drones")), ("tanks", c("tanks")),
        ("inflation", c("inflation")), ("inflation rate", c("inflation")), ("consumer prices", c("inflation")),
        ("unemployment", c("unemployment")), ("unemployment rate", c("unemployment")),
        ("jobless rate", c("unemployment")), ("turnout", c("turnout")), ("voter turnout", c("turnout")),
        ("vote", c("vote-share")), ("votes", c("votes")), ("the vote", c("vote-share")),
    ], first: .classFirst, last: .classLast)

    /// Heads that count people in general; what happened to them (the predicate) names the class.
    static let people: Set<String> = [
        "people", "persons", "person", "individuals", "residents", "civilians", "civilian", "children", "kids",
        "adults", "women", "men", "workers", "employees", "staff", "migrants", "passengers", "students",
        "patients", "villagers", "inhabitants", "citizens", "pilgrims", "tourists", "fans", "protesters",
        "demonstrators", "miners", "journalists", "members", "positions", "roles", "jobs", "victims", "suspects",
        "others", "survivors", "concertgoers", "worshippers", "spectators", "visitors", "travellers", "travelers",
    ]

    /// Plural nouns that do not end in "s".
    static let irregularPlurals: Set<String> = [
        "people", "children", "police", "cattle", "sheep", "fish", "aircraft", "personnel", "staff",
        "infantry", "livestock", "poultry", "deer", "militia", "clergy", "crew", "dead", "wounded",
        "injured", "missing", "displaced",
    ]

    /// Whether `name` is a class the lexicon defines (not a slug made from an unknown noun).
    static func contains(_ name: String) -> Bool { knownClasses.contains(name) }
    private static let knownClasses: Set<String> = [
        "troops", "brigades", "battalions", "divisions", "regiments", "deaths", "injuries", "casualties", "cases",
        "displaced", "evacuated", "refugees", "arrests", "missing", "hostages", "prisoners", "hospitalisations",
        "layoffs", "jobs", "artillery-shells", "missiles", "drones", "tanks", "inflation", "unemployment",
        "turnout", "vote-share", "votes", "special-forces", "houses", "electoral-votes", "popular-vote", "livestock", "containment",
    ]

    static func looksPlural(_ w: String) -> Bool {
        w.hasSuffix("s") || w.hasSuffix("men") || irregularPlurals.contains(w) || people.contains(w)
    }

    /// Heads that stand for a count of something else: "the number of deaths" counts deaths.
    static let containers: Set<String> = ["number", "total", "count", "tally", "figure", "numbers", "amount"]
}
