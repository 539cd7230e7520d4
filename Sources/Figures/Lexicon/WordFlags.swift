/// What the lexicons say about a word, looked up once per token at tokenization so the rules test
/// bits instead of hashing the same string again and again.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt32

    static let preposition = WordFlags(rawValue: 1 << 0)
    static let conjunction = WordFlags(rawValue: 1 << 1)
    static let auxiliary = WordFlags(rawValue: 1 << 2)
    static let adverb = WordFlags(rawValue: 1 << 3)
    static let pronoun = WordFlags(rawValue: 1 << 4)
    static let determiner = WordFlags(rawValue: 1 << 5)
    static let reportingVerb = WordFlags(rawValue: 1 << 6)
    static let participle = WordFlags(rawValue: 1 << 7)
    static let statementNoun = WordFlags(rawValue: 1 << 8)
    static let title = WordFlags(rawValue: 1 << 9)
    static let organisationWord = WordFlags(rawValue: 1 << 10)
    static let anonymousHead = WordFlags(rawValue: 1 << 11)
    static let numberStart = WordFlags(rawValue: 1 << 12)
    /// First (or last) word of an entry in one of the phrase tables.
    static let placeFirst = WordFlags(rawValue: 1 << 13)
    static let aspectFirst = WordFlags(rawValue: 1 << 14)
    static let aspectLast = WordFlags(rawValue: 1 << 15)
    static let outcomeFirst = WordFlags(rawValue: 1 << 16)
    static let outcomeLast = WordFlags(rawValue: 1 << 17)
    static let changeFirst = WordFlags(rawValue: 1 << 18)
    static let changeLast = WordFlags(rawValue: 1 << 19)
    static let classFirst = WordFlags(rawValue: 1 << 20)
    static let classLast = WordFlags(rawValue: 1 << 21)
    static let hedgeFirst = WordFlags(rawValue: 1 << 22)
    static let hedgeLast = WordFlags(rawValue: 1 << 23)
    static let unitFirst = WordFlags(rawValue: 1 << 24)
    static let postHedgeFirst = WordFlags(rawValue: 1 << 25)

    /// Closed-class words: they end a noun phrase.
    static let closedClass: WordFlags = [.preposition, .conjunction, .auxiliary, .adverb, .pronoun, .determiner]
}

enum Lexicon {
    /// Every lexicon word with its flags.
    static let flags: [String: WordFlags] = {
        var table: [String: WordFlags] = [:]
        func mark(_ words: some Sequence<String>, _ flag: WordFlags) {
            for w in words { table[w, default: []].insert(flag) }
        }
        mark(FunctionWords.prepositions, .preposition)
        mark(FunctionWords.conjunctions, .conjunction)
        mark(FunctionWords.auxiliaries, .auxiliary)
        mark(FunctionWords.adverbs, .adverb)
        mark(FunctionWords.pronouns, .pronoun)
        mark(FunctionWords.determiners, .determiner)
        mark(AttributionWords.verbs, .reportingVerb)
        mark(AttributionWords.participles, .participle)
        mark(AttributionWords.statementNouns, .statementNoun)
        mark(AttributionWords.titles, .title)
        mark(AttributionWords.organisationWords, .organisationWord)
        mark(AttributionWords.anonymousHeads, .anonymousHead)
        mark(NumberWords.starters, .numberStart)
        mark(Gazetteer.table.firstWords, .placeFirst)
        mark(Predicates.aspects.firstWords, .aspectFirst)
        mark(Predicates.aspects.lastWords, .aspectLast)
        mark(Predicates.outcomes.firstWords, .outcomeFirst)
        mark(Predicates.outcomes.lastWords, .outcomeLast)
        mark(Predicates.changeVerbs.firstWords, .changeFirst)
        mark(Predicates.changeVerbs.lastWords, .changeLast)
        mark(CountedNouns.classes.firstWords, .classFirst)
        mark(CountedNouns.classes.lastWords, .classLast)
        mark(Hedges.before.firstWords, .hedgeFirst)
        mark(Hedges.before.lastWords, .hedgeLast)
        mark(Units.after.firstWords, .unitFirst)
        mark(Hedges.after.firstWords, .postHedgeFirst)
        return table
    }()
}
