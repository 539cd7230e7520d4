/// Vocabulary of attribution: who says so, and the words around names that are not the name.
enum AttributionWords {
    /// Finite reporting verbs: "X said", "said X", "X estimates that".
    static let verbs: Set<String> = [
        "said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "noted", "notes",
        "estimated", "estimates", "estimate", "reported", "reports", "claimed", "claims", "confirmed",
        "confirms", "announced", "announces", "disclosed", "discloses", "warned", "warns", "believes",
        "wrote", "writes", "explained", "explains", "revealed", "reveals", "indicated", "indicates",
        "testified", "insisted", "insists", "argued", "argues", "acknowledged", "acknowledges", "alleged",
        "alleges", "assessed", "assesses", "calculated", "calculates", "counted", "recorded",
        "tallied", "posted", "tweeted", "briefed", "informed",
    ]
    /// Participles that hand the attribution to the clause's subject: "Zelenskyy ..., stating that".
    static let participles: Set<String> = [
        "stating", "saying", "claiming", "adding", "noting", "warning", "telling", "estimating", "reporting",
        "confirming", "announcing", "citing", "writing", "explaining", "revealing", "disclosing",
    ]
    /// Nouns for what someone said: "Zelensky's statement that ...".
    static let statementNouns: Set<String> = [
        "statement", "statements", "estimate", "estimates", "claim", "claims", "assessment", "report",
        "reports", "remarks", "comments", "announcement", "figures", "data", "tally", "count", "analysis",
        "words", "account",
    ]
    /// Auxiliaries and adverbs that may stand between a speaker and the reporting verb.
    static let fillers: Set<String> = [
        "has", "have", "had", "also", "recently", "previously", "later", "earlier", "reportedly", "further",
        "then", "first", "again", "separately", "publicly", "officially", "once", "will", "would", "did",
    ]

    /// Titles and roles before a name; they are not the name ("Ukrainian President Volodymyr Zelenskyy").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "vice", "prime", "minister", "deputy", "principal", "secretary", "general", "gen", "lt", "col",
        "colonel", "major", "maj", "captain", "capt", "sgt", "sergeant", "admiral", "adm", "commander",
        "cmdr", "chief", "head", "director", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "adviser", "advisor", "senator", "sen", "rep", "representative", "governor", "gov", "mayor",
        "chancellor", "king", "queen", "prince", "princess", "pope", "leader", "chairman", "chairwoman",
        "chair", "ceo", "cfo", "founder", "official", "officials", "envoy", "foreign", "defense", "defence",
        "interior", "finance", "health", "security", "national", "military", "intelligence", "senior",
        "research", "fellow", "analyst", "economist", "executive", "officer", "premier", "speaker",
        "attorney", "judge", "justice", "state", "assistant", "acting", "former", "top", "army", "navy",
        "air", "force", "staff", "joint", "sheikh", "emir", "crown", "supreme", "commissioner",
        "the", "a", "an", "u.s.", "u.n.", "un", "us", "eu", "nato", "to", "of", "for", "and",
    ]
    /// Last words of organisation names: "National Intelligence Service", "Yonhap News Agency".
    static let organisationWords: Set<String> = [
        "agency", "service", "services", "ministry", "office", "department", "government", "council",
        "institute", "institution", "army", "military", "police", "committee", "commission", "bureau",
        "organization", "organisation", "union", "party", "court", "bank", "fund", "company", "corporation",
        "corp", "inc", "ltd", "university", "news", "times", "post", "press", "media", "newspaper",
        "network", "forces", "authority", "authorities", "administration", "center", "centre", "group",
        "command", "staff", "board", "assembly", "parliament", "congress", "senate", "kremlin", "pentagon",
        "observatory", "program", "programme", "association", "federation", "foundation", "journal",
        "telegraph", "guardian", "herald", "tribune", "reuters", "afp", "ap", "bbc", "cnn", "cdc", "who",
        "un", "nato", "directorate", "agencies", "outlet", "broadcaster", "daily", "channel",
    ]
    /// Nouns for an unnamed source: "the official said", "a government source told".
    static let anonymousHeads: Set<String> = [
        "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
        "diplomat", "diplomats", "analyst", "analysts", "observers", "experts", "expert", "officer",
        "officers", "insider", "insiders", "aide", "aides", "person", "people", "authorities", "report",
        "reports", "media", "outlets", "residents", "witnesses", "activists", "group", "monitor",
    ]
    static let personalPronouns: Set<String> = ["he", "she"]
}
