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
        let names = NameEvidence(title: titleWords, body: bodyWords)

        var accumulated: [String: Accumulated] = [:]
        // Each distinct word is looked up once: a report repeats its words.
        var termOf: [String: (key: String, rarity: Double)?] = [:]
        func count(_ word: ScannedWord, _ positionWeight: Double) {
            let term: (key: String, rarity: Double)?
            if let known = termOf[word.lowercased] {
                term = known
            } else {
                let isTerm = word.lowercased.unicodeScalars.count >= 2 && !CalendarWords.contains(word.lowercased)
                let rarity = isTerm ? Self.rarity(word.lowercased) : 0
                term = rarity > 0 ? (TermKey.key(word.lowercased), rarity) : nil
                termOf[word.lowercased] = term
            }
            guard let term else { return }
            accumulated[term.key, default: Accumulated(surface: word.surface)].add(positionWeight, rarity: term.rarity,
                                                                                  isName: word.isCapitalised && names.isName(word.lowercased))
        }
        for word in titleWords { count(word, Self.titleWeight) }
        for (position, word) in bodyWords.enumerated() { count(word, position < Self.ledeLength ? Self.ledeWeight : 1) }

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

        mutating func add(_ positionWeight: Double, rarity: Double, isName: Bool) {
            count += positionWeight
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
    private var capitalisedMidSentence: [String: Int] = [:]
    private var lowerCase: [String: Int] = [:]
    private var capitalisedElsewhere: [String: Int] = [:]

    init(title: [ScannedWord], body: [ScannedWord]) {
        for word in title {
            if word.isCapitalised { capitalisedElsewhere[word.lowercased, default: 0] += 1 } else { lowerCase[word.lowercased, default: 0] += 1 }
        }
        for word in body {
            if !word.isCapitalised {
                lowerCase[word.lowercased, default: 0] += 1
            } else if word.isSentenceInitial {
                capitalisedElsewhere[word.lowercased, default: 0] += 1
            } else {
                capitalisedMidSentence[word.lowercased, default: 0] += 1
            }
        }
    }

    func isName(_ lowercased: String) -> Bool {
        let capitalised = capitalisedMidSentence[lowercased, default: 0]
        let lower = lowerCase[lowercased, default: 0]
        if capitalised > lower { return true }
        if capitalised == 0 && lower == 0 {
            if capitalisedElsewhere[lowercased, default: 0] >= 2 { return true }
            let zipf = WordFrequencies.zipfTenths(lowercased).map { Double($0) / 10 } ?? ArticleTerms.unlistedZipf
            return zipf < ArticleTerms.commonZipf
        }
        return false
    }
}
