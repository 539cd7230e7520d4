import Figures
import Foundation
import Model
import TestSupport
import Testing

@Suite struct SeedScoreTests {
    @Test func seedsMeetTheTargets() throws {
        let scorer = try SeedScorer(goldJSON: Data(contentsOf: TestData.goldFile))
        let seeds = try TestData.seeds()
        #expect(seeds.count == 5)
        let predictions = seeds.mapValues { ClaimExtractor().claims(title: nil, body: $0) }
        let score = scorer.score(predictions)
        print("figures seeds: \(score.summary)")
        for (file, c) in score.unmatchedPredictions {
            print("  unmatched prediction \(file): \(c.numberText) [\(c.key)] in: \(c.sentence)")
        }
        for id in score.missedGold { print("  missed gold \(id)") }
        for (a, b, same) in score.wrongPairs { print("  wrong pair \(a) \(b): predicted \(same ? "same" : "different") key") }
        for id in score.keys.keys.sorted() { print("  \(id) -> \(score.keys[id] ?? "")") }
        #expect(score.precision >= 0.95)
        #expect(score.recall >= 0.95)
        #expect(score.grouping >= 0.95)
    }
}

extension SeedScoreTests {
    /// The scorer matches on sentences when offsets move, as they do in a cleaned article.
    @Test func scorerMatchesShiftedText() throws {
        let scorer = try SeedScorer(goldJSON: Data(contentsOf: TestData.goldFile))
        let seeds = try TestData.seeds()
        let shifted = seeds.mapValues { ClaimExtractor().claims(title: "A title that moves every offset", body: $0) }
        let score = scorer.score(shifted)
        #expect(score.recall >= 0.95)
        #expect(score.grouping >= 0.95)
    }
}
