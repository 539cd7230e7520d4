import Figures
public import Foundation
public import Model

/// Scores predicted claims against the hand annotation in `seeds-figures.json`.
///
/// A prediction matches a gold claim when it has the same value and either overlaps the gold span
/// (hedge + number) or shares the gold sentence (one contains the other, or the prediction's
/// sentence holds the words around the gold number; whitespace and quotes folded), so the same
/// scorer works on raw files and on cleaned articles whose offsets and sentence breaks differ.
/// Each gold claim and each prediction is matched at most once.
public struct SeedScorer {
    struct GoldClaim: Decodable {
        var id: String
        var quote: String
        var numberText: String
        var value: Double
        var modifiedStart: Int
        var modifiedEnd: Int
        var subject: String
        var acceptableAlternativeSubjects: [String]?
    }
    struct GoldFile: Decodable { var claims: [GoldClaim] }
    struct GoldCorpus: Decodable { var files: [String: GoldFile] }

    public struct Score {
        public var precision: Double
        public var recall: Double
        /// Pairwise over matched gold claims (across files): same predicted key exactly when same subject.
        public var grouping: Double
        public var predicted: Int
        public var gold: Int
        public var matched: Int
        public var unmatchedPredictions: [(file: String, claim: Claim)]
        public var missedGold: [String]
        public var wrongPairs: [(String, String, sameKey: Bool)]
        /// Predicted key for each matched gold id.
        public var keys: [String: String]

        public var summary: String {
            String(format: "precision %.3f (%d/%d)  recall %.3f (%d/%d)  key grouping %.3f",
                   precision, matched, predicted, recall, matched, gold, grouping)
        }
    }

    let corpus: GoldCorpus

    public init(goldJSON: Data) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        corpus = try decoder.decode(GoldCorpus.self, from: goldJSON)
    }

    /// `predictions` maps a seed file name ("000_e78d40b9e972422a.txt") to its claims.
    public func score(_ predictions: [String: [Claim]]) -> Score {
        var matchedGold: [(GoldClaim, Claim)] = []
        var unmatched: [(String, Claim)] = []
        var missed: [String] = []
        var predicted = 0
        var goldCount = 0
        for file in corpus.files.keys.sorted() {
            let gold = corpus.files[file]?.claims ?? []
            // A vague magnitude ("thousands of troops") is no trackable figure in the gold's terms.
            let claims = (predictions[file] ?? []).filter { !$0.vague }
            predicted += claims.count
            goldCount += gold.count
            var used = Set<Int>()
            for g in gold {
                var best: (index: Int, score: Int)? = nil
                for (i, c) in claims.enumerated() where !used.contains(i) && Self.sameValue(c, g.value) {
                    let s = Self.overlaps(c, g) ? 2 : (Self.sameSentence(c.sentence, g) ? 1 : 0)
                    if s > 0, s > (best?.score ?? 0) { best = (i, s) }
                }
                if let best {
                    used.insert(best.index)
                    matchedGold.append((g, claims[best.index]))
                } else {
                    missed.append(g.id)
                }
            }
            for (i, c) in claims.enumerated() where !used.contains(i) { unmatched.append((file, c)) }
        }
        var pairs = 0
        var right = 0
        var wrong: [(String, String, Bool)] = []
        for i in matchedGold.indices {
            for j in matchedGold.indices where j > i {
                let (ga, ca) = matchedGold[i], (gb, cb) = matchedGold[j]
                let sameKey = ca.key == cb.key
                // A claim with acceptable alternative subjects is right under any of them.
                let sa = [ga.subject] + (ga.acceptableAlternativeSubjects ?? [])
                let sb = [gb.subject] + (gb.acceptableAlternativeSubjects ?? [])
                let acceptable = sa.contains { x in sb.contains { y in (x == y) == sameKey } }
                pairs += 1
                if acceptable { right += 1 } else { wrong.append((ga.id, gb.id, sameKey)) }
            }
        }
        let matched = matchedGold.count
        return Score(precision: predicted == 0 ? 0 : Double(matched) / Double(predicted),
                     recall: goldCount == 0 ? 0 : Double(matched) / Double(goldCount),
                     grouping: pairs == 0 ? 0 : Double(right) / Double(pairs),
                     predicted: predicted, gold: goldCount, matched: matched,
                     unmatchedPredictions: unmatched, missedGold: missed, wrongPairs: wrong,
                     keys: Dictionary(uniqueKeysWithValues: matchedGold.map { ($0.0.id, $0.1.key) }))
    }

    static func sameValue(_ c: Claim, _ value: Double) -> Bool {
        let tolerance = max(1e-9, abs(value) * 1e-9)
        return abs(c.quantity.low - value) <= tolerance || abs(c.quantity.high - value) <= tolerance
    }

    static func overlaps(_ c: Claim, _ g: GoldClaim) -> Bool {
        c.start < g.modifiedEnd && g.modifiedStart < c.end
    }

    static func sameSentence(_ sentence: String, _ g: GoldClaim) -> Bool {
        let x = fold(sentence), y = fold(g.quote)
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x.contains(y) || y.contains(x) { return true }
        // Sentences split differently: the words around the gold number, up to 24 characters each side.
        guard let hit = y.range(of: fold(g.numberText)) else { return false }
        let lo = y.index(hit.lowerBound, offsetBy: -24, limitedBy: y.startIndex) ?? y.startIndex
        let hi = y.index(hit.upperBound, offsetBy: 24, limitedBy: y.endIndex) ?? y.endIndex
        return x.contains(y[lo..<hi])
    }

    /// Whitespace runs to one space, typographic quotes to ASCII.
    private static func fold(_ s: String) -> String {
        var out = ""
        var space = false
        for c in s.unicodeScalars {
            if c.properties.isWhitespace { space = true; continue }
            if space, !out.isEmpty { out.append(" ") }
            space = false
            switch c {
            case "\u{2019}", "\u{2018}": out.append("'")
            case "\u{201C}", "\u{201D}": out.append("\"")
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
