import Foundation

/// What the story stage reads in an article: its most distinctive terms, weighted, and the words
/// a new story's slug would be made of.
///
/// A term's weight is rarity × (1 + ln of its weighted count) × 1.5 for a name:
/// - rarity: 6 − the word's Zipf frequency (`WordFrequencies`; an unlisted word counts as 2.5), so
///   "said" (6.0) weighs nothing, "troops" (4.6) 1.4, "earthquake" (4.2) 1.8, "Itaewon" 3.5;
/// - an occurrence in the title counts 3, in the lede (the first 50 words) 2, elsewhere 1: reports of
///   one event share their headline facts, and differ in the paragraphs further down;
/// - a name (`NameEvidence`) weighs 1.5 times more: names of places, people and bodies tell events
///   apart better than the words describing them.
/// The 32 heaviest terms are kept, scaled to unit length. Figures are not terms: they change from
/// one update to the next, and neither are names of days and months (`CalendarWords`).
public struct ArticleTerms: Sendable, Equatable {
    /// Heaviest first; unit length.
    public let terms: [WeightedTerm]
    /// Lower-case words, in reading order, that name this article's story (see `StorySlug`).
    public let slugWords: [String]

    static let termLimit = 32
    static let titleWeight = 3.0
    static let ledeWeight = 2.0
    static let ledeLength = 50
    static let nameBoost = 1.5
    static let rarityCeiling = 6.0
    /// The Zipf frequency given to words the table does not list (all rarer than 3.0 in English).
    static let unlistedZipf = 2.5
    /// A capitalised word seen only where capitals are the rule is a name if it is rarer than this.
    static let commonZipf = 4.0

    public init(title: String?, body: String) {
        let titleWords = WordScanner.words(title ?? "")
        let bodyWords = WordScanner.words(body)

        // Each distinct word is looked up once and everything about it gathered there: a report
        // repeats its words, and a hash per occurrence is the cost that matters here.
        var words = DistinctWords()
        for word in titleWords { words.note(word, weight: Self.titleWeight, inTitle: true) }
        for (position, word) in bodyWords.enumerated() {
            words.note(word, weight: position < Self.ledeLength ? Self.ledeWeight : 1, inTitle: false)
        }
        let names = NameEvidence(words.evidence)

        var accumulated: [String: Accumulated] = [:]
        for entry in words.entries {
            let lowercased = entry.lowercased
            guard lowercased.unicodeScalars.count >= 2, !CalendarWords.contains(lowercased) else { continue }
            let rarity = Self.rarity(lowercased)
            guard rarity > 0 else { continue }
            let isName = entry.isCapitalised && names.isName(lowercased)
            accumulated[TermKey.key(lowercased), default: Accumulated(surface: entry.surface)].add(entry.count, rarity: rarity, isName: isName)
        }

        let weights = accumulated.mapValues(\.weight)
        terms = Self.normalised(weights, limit: Self.termLimit)
        let headline = titleWords.isEmpty ? Self.firstSentence(bodyWords) : titleWords
        let heaviestName = accumulated.filter(\.value.isName)
            .max { ($0.value.weight, $1.key) < ($1.value.weight, $0.key) }?.value.surface
        slugWords = SlugWords.choose(from: headline, weights: weights, heaviestName: heaviestName,
                                     isName: { word in word.isCapitalised && names.isName(word.lowercased) })
    }

    /// Terms weighed elsewhere (tests, benchmarks): the heaviest `termLimit`, scaled to unit length.
    public init(weights: [String: Double], slugWords: [String]) {
        terms = Self.normalised(weights, limit: Self.termLimit)
        self.slugWords = slugWords
    }

    public var isEmpty: Bool { terms.isEmpty }

    static func rarity(_ lowercased: String) -> Double {
        let zipf = WordFrequencies.zipfTenths(lowercased).map { Double($0) / 10 } ?? unlistedZipf
        return max(0, rarityCeiling - zipf)
    }

    private static func normalised(_ weights: [String: Double], limit: Int) -> [WeightedTerm] {
        let top = weights.filter { $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(limit)
        var sum = 0.0
        for (_, weight) in top { sum += weight * weight }
        let length = sum.squareRoot()
        guard length > 0 else { return [] }
        return top.map { WeightedTerm(term: $0.key, weight: Float($0.value / length)) }
            .sorted(by: WeightedTerm.precedes)
    }

    private static func firstSentence(_ words: [ScannedWord]) -> [ScannedWord] {
        guard let first = words.first else { return [] }
        var sentence = [first]
        for word in words.dropFirst() {
            if word.isSentenceInitial { break }
            sentence.append(word)
        }
        return sentence
    }

    private struct Accumulated {
        /// As first written.
        var surface: String
        var count = 0.0
        var rarity = 0.0
        var isName = false

        mutating func add(_ weightedCount: Double, rarity: Double, isName: Bool) {
            count += weightedCount
            self.rarity = max(self.rarity, rarity)
            self.isName = self.isName || isName
        }

        var weight: Double { rarity * (1 + log(count)) * (isName ? ArticleTerms.nameBoost : 1) }
    }
}

/// Whether a capitalised word is a name, judged on how the text writes it: capitalised in the
/// middle of sentences more often than in lower case; or, never seen there nor in lower case (only
/// at sentence starts and in the headline, where capitals say nothing), seen at least twice or
/// rarer than Zipf 4 ("Georgia" opening two sentences is a name, "Update:" once is not).
struct NameEvidence {
    /// How one word is written across the article.
    struct Counts {
        var capitalisedMidSentence = 0
        var lowerCase = 0
        var capitalisedElsewhere = 0

        mutating func note(_ word: ScannedWord, inTitle: Bool) {
            if !word.isCapitalised {
                lowerCase += 1
            } else if inTitle || word.isSentenceInitial {
                capitalisedElsewhere += 1
            } else {
                capitalisedMidSentence += 1
            }
        }
    }

    private let counts: [String: Counts]

    init(_ counts: [String: Counts]) {
        self.counts = counts
    }

    init(title: [ScannedWord], body: [ScannedWord]) {
        var counts: [String: Counts] = [:]
        for word in title { counts[word.lowercased, default: Counts()].note(word, inTitle: true) }
        for word in body { counts[word.lowercased, default: Counts()].note(word, inTitle: false) }
        self.init(counts)
    }

    func isName(_ lowercased: String) -> Bool {
        let seen = counts[lowercased] ?? Counts()
        if seen.capitalisedMidSentence > seen.lowerCase { return true }
        if seen.capitalisedMidSentence == 0 && seen.lowerCase == 0 {
            if seen.capitalisedElsewhere >= 2 { return true }
            let zipf = WordFrequencies.zipfTenths(lowercased).map { Double($0) / 10 } ?? ArticleTerms.unlistedZipf
            return zipf < ArticleTerms.commonZipf
        }
        return false
    }
}

/// The distinct words of an article in order of first appearance, each with its weighted count
/// and how it is written.
private struct DistinctWords {
    struct Entry {
        /// As first written.
        var surface: String
        var lowercased: String
        var count = 0.0
        var isCapitalised = false
        var written = NameEvidence.Counts()
    }

    private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    mutating func note(_ word: ScannedWord, weight: Double, inTitle: Bool) {
        let position: Int
        if let known = index[word.lowercased] {
            position = known
        } else {
            position = entries.count
            index[word.lowercased] = position
            entries.append(Entry(surface: word.surface, lowercased: word.lowercased))
        }
        entries[position].count += weight
        entries[position].isCapitalised = entries[position].isCapitalised || word.isCapitalised
        entries[position].written.note(word, inTitle: inTitle)
    }

    var evidence: [String: NameEvidence.Counts] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.lowercased, $0.written) })
    }
}
