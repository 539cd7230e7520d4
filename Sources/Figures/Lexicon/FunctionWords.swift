/// Closed-class words: they end a noun phrase and are never part of a name.
enum FunctionWords {
    static let determiners: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "both", "each", "every", "all", "another", "other", "such", "any", "no",
    ]
    /// Determiners that make a small spelled number a reference to a known set ("the two sides").
    static let referenceDeterminers: Set<String> = [
        "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "both", "all", "'s",
    ]

    static let prepositions: Set<String> = [
        "in", "on", "at", "to", "from", "by", "with", "for", "into", "onto", "across", "near", "over", "under",
        "since", "during", "after", "before", "against", "alongside", "including", "like", "as", "than",
        "per", "via", "about", "around", "among", "between", "through", "toward", "towards", "without",
        "within", "amid", "amidst", "despite", "inside", "outside", "upon", "until", "till", "along", "off",
        "out", "up", "down", "of", "throughout", "beyond", "behind", "below", "above", "beside", "besides",
    ]
    static let conjunctions: Set<String> = [
        "and", "or", "but", "nor", "while", "whereas", "because", "if", "that", "which", "who", "whom",
        "whose", "where", "when", "although", "though", "so", "yet", "unless", "whether", "once",
    ]
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "may", "might", "must", "shall", "should", "'s", "'re", "'ve", "'d", "'ll",
    ]
    static let adverbs: Set<String> = [
        "already", "allegedly", "reportedly", "still", "now", "also", "only", "just", "currently", "apiece",
        "then", "there", "here", "not", "never", "more", "less", "recently", "previously", "believed",
        "thought", "said", "expected", "likely", "probably", "possibly", "reported", "estimated",
        "so", "far", "yet", "again", "even", "mostly", "mainly", "largely", "meanwhile", "however",
        "today", "yesterday", "tomorrow", "altogether", "overall", "each", "respectively", "since",
        "potentially", "further", "officially", "roughly", "nearly", "almost", "ago", "overnight", "tonight",
        "earlier", "later", "annually", "daily", "weekly", "monthly", "yearly", "instead", "too", "together",
        "abroad", "nationwide", "worldwide", "alone", "home", "immediately", "eventually", "initially", "elsewhere",
    ]
    static let pronouns: Set<String> = [
        "it", "they", "them", "he", "she", "him", "we", "us", "you", "i", "me", "its", "their", "this",
        "these", "those", "that", "which", "who", "one", "ones",
    ]

    /// Words that end a noun phrase read rightwards from a number.
    static func endsPhrase(_ t: Token) -> Bool { !t.flags.isDisjoint(with: .closedClass) }

    static func endsPhrase(_ w: String) -> Bool {
        prepositions.contains(w) || conjunctions.contains(w) || auxiliaries.contains(w)
            || adverbs.contains(w) || pronouns.contains(w) || determiners.contains(w)
    }
}
