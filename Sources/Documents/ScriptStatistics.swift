import Foundation

/// How likely a decoded text is in a language: the sum of the natural logarithms of its
/// non-ASCII characters' probabilities under the language's profile, plus, for cased scripts,
/// a model of where capitals stand. Sums over the same bytes compare across encodings: a
/// right decoding makes ordinary letters, a wrong one rare letters, symbols and capitals in the
/// middle of words.
struct ScriptStatistics: Sendable {
    /// The probability of a character outside every class of a profile: a foreign name's letter,
    /// a rare symbol. About 1 in 1,000 non-ASCII characters of real text is one, spread over
    /// about 100 such characters.
    static let floor = 1e-5
    /// A byte sequence the encoding does not define: far less likely than any character.
    static let invalid = log(1e-7)

    /// What stands before a letter, for the case model.
    enum Preceding { case nonLetter, smallLetter, capital }

    // The case model, from news text: a word starts with a capital about 1 time in 5 (sentences,
    // names); after a small letter a capital is a camel-cased name's (about 1 in 200); after a
    // capital, an acronym or an all-caps heading goes on in capitals about 1 time in 4. A text
    // read in the wrong Cyrillic code page swaps the cases (KOI8-R and Windows-1251 put capitals
    // where the other has small letters) and pays at nearly every letter.
    private static let capitalAfter: [Preceding: (capital: Double, small: Double)] = [
        .nonLetter: (log(0.2), log(0.8)), .smallLetter: (log(0.005), log(0.995)), .capital: (log(0.25), log(0.75)),
    ]
    /// A letter of another script right after an ASCII letter, inside one word: in Cyrillic,
    /// Greek, Hebrew, Arabic or Thai text, about 1 in 100 (a brand name, a typo).
    static let afterLatinLetter = log(0.01)
    /// A Latin letter beyond ASCII standing alone between non-letters: a word of one letter.
    /// Only a few languages have such words (French à, Italian è, Portuguese é, Swedish å and ö),
    /// so elsewhere it is about 1 in 100; a symbol read as a letter stands alone all the time.
    static let loneLatinLetter = log(0.01)
    static let oneLetterWords: Set<Unicode.Scalar> = ["à", "è", "é", "ò", "ó", "å", "ö"]
    /// A combining mark (a Thai vowel or tone mark, a Hebrew point) that follows no letter: real
    /// text puts every one on a letter, a wrong decoding anywhere.
    static let markWithoutLetter = log(0.001)

    let profile: LanguageProfile
    private let weighted: [Unicode.Scalar: Double]
    private let ranges: [(range: ClosedRange<UInt32>, logProbability: Double)]

    init(_ profile: LanguageProfile) {
        self.profile = profile
        var weighted: [Unicode.Scalar: Double] = [:]
        var ranges: [(ClosedRange<UInt32>, Double)] = []
        for characterClass in profile.classes {
            let total = characterClass.weights.values.reduce(0, +)
            for (scalar, weight) in characterClass.weights where weighted[scalar] == nil {
                weighted[scalar] = log(characterClass.share * weight / total)
            }
            for range in characterClass.ranges {
                ranges.append((range, log(characterClass.share / Double(characterClass.members))))
            }
        }
        self.weighted = weighted
        self.ranges = ranges
    }

    /// ln P(character) for a non-ASCII character; cased scripts look up the small letter.
    func logProbability(_ scalar: Unicode.Scalar) -> Double {
        if let logProbability = weighted[profile.isCased ? Self.lowercase(scalar) : scalar] { return logProbability }
        for entry in ranges where entry.range.contains(scalar.value) { return entry.logProbability }
        return log(Self.floor)
    }

    /// ln P of a letter's case where it stands.
    static func caseLogProbability(capital: Bool, after preceding: Preceding) -> Double {
        let odds = capitalAfter[preceding] ?? (0, 0)
        return capital ? odds.capital : odds.small
    }

    /// The small letter of a capital (one scalar), else the scalar itself.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.properties.isUppercase else { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first ?? scalar : scalar
    }

    /// ln P of decoded text (multi-byte readings): the non-ASCII characters only. No case model:
    /// the multi-byte encodings serve uncased scripts.
    func logLikelihood(of text: String) -> Double {
        text.unicodeScalars.reduce(0) { total, scalar in
            scalar.value >= 0x80 && scalar != "\u{FFFD}" ? total + logProbability(scalar) : total
        }
    }
}
