@testable import Duplicates
import TestSupport
import Testing

struct DuplicateIndexTests {
    /// A made-up article of `words` words drawn from a 5,000-word vocabulary.
    static func syntheticArticle(_ number: UInt64, words: Int = 300) -> String {
        var generator = SplitMix64(seed: number &* 7919)
        return (0..<words).map { _ in "w\(generator.next() % 5000)" }.joined(separator: " ")
    }

    @Test func theOriginalIsTheLowestIdAmongEqualMatches() {
        let index = DuplicateIndex()
        let text = TestTexts.seeds[2]
        index.insert(Fingerprint(text: TestTexts.seeds[0]), id: 3)
        index.insert(Fingerprint(text: text), id: 5)
        index.insert(Fingerprint(text: text), id: 8)
        index.insert(Fingerprint(text: text), id: 9)
        #expect(index.bestMatch(for: Fingerprint(text: text))?.original == 5)
        #expect(index.bestMatch(for: Fingerprint(text: TestTexts.firstHalf(text)))?.original == 5)
    }

    @Test func theMostAlikeCandidateWins() {
        let index = DuplicateIndex()
        let text = TestTexts.seeds[1]
        index.insert(Fingerprint(text: TestTexts.firstHalf(text)), id: 1)
        index.insert(Fingerprint(text: text), id: 2)
        let match = index.bestMatch(for: Fingerprint(text: text))
        #expect(match?.original == 2)
        #expect(match?.jaccard == 1)
    }

    @Test func anIndexRebuiltFromStoredBytesAnswersTheSame() throws {
        let texts = TestTexts.seeds + (0..<200).map { Self.syntheticArticle($0) }
        let live = DuplicateIndex()
        let rebuilt = DuplicateIndex()
        for (offset, text) in texts.enumerated() {
            let fingerprint = Fingerprint(text: text)
            live.insert(fingerprint, id: Int64(offset))
            rebuilt.insert(try #require(Fingerprint(bytes: fingerprint.bytes)), id: Int64(offset))
        }
        for (offset, text) in texts.enumerated() {
            let query = Fingerprint(text: TestTexts.replacingWords(text, fraction: 0.05, seed: UInt64(offset)))
            let match = live.bestMatch(for: query)
            #expect(match?.original == Int64(offset))
            #expect(rebuilt.bestMatch(for: query) == match)
        }
    }

    /// Many articles sharing a boilerplate paragraph: none is a duplicate of another, and each is
    /// still found, although the boilerplate's keys are shared by more articles than a key keeps.
    @Test func sharedBoilerplateNeitherMatchesNorHides() {
        let boilerplate = """
            Sign up for our daily newsletter to get the latest headlines delivered to your inbox every \
            morning. Our journalism is supported by readers like you: become a member today and help us \
            keep reporting from the places others have left behind.
            """
        let articles = (0..<120).map { Self.syntheticArticle(1000 + $0) + "\n" + boilerplate }
        let index = DuplicateIndex()
        for (offset, article) in articles.enumerated() {
            let fingerprint = Fingerprint(text: article)
            #expect(index.bestMatch(for: fingerprint) == nil, "article \(offset)")
            index.insert(fingerprint, id: Int64(offset))
        }
        for offset in [0, 31, 77, 119] {
            let copy = TestTexts.replacingWords(articles[offset], fraction: 0.05, seed: 42)
            #expect(index.bestMatch(for: Fingerprint(text: copy))?.original == Int64(offset))
        }
    }

    @Test func findsCopiesAmongManyArticlesAcrossMerges() {
        let index = DuplicateIndex()
        let count = 1500
        for number in 0..<count {
            index.insert(Fingerprint(shingleHashes: Self.syntheticHashes(UInt64(number))), id: Int64(number))
        }
        #expect(index.count == count)
        for number in stride(from: 0, to: count, by: 97) {
            let hashes = Self.syntheticHashes(UInt64(number))
            #expect(index.bestMatch(for: Fingerprint(shingleHashes: hashes))?.original == Int64(number))
            let firstHalf = Array(hashes.prefix(hashes.count / 2))
            #expect(index.bestMatch(for: Fingerprint(shingleHashes: firstHalf))?.original == Int64(number))
            #expect(index.bestMatch(for: Fingerprint(shingleHashes: Self.syntheticHashes(UInt64(count + number)))) == nil)
        }
    }

    static func syntheticHashes(_ number: UInt64) -> [UInt32] {
        var generator = SplitMix64(seed: number &+ 0xABCD)
        return (0..<300).map { _ in UInt32(truncatingIfNeeded: generator.next()) }
    }
}
