import Foundation
import Stories

/// A stream of synthetic articles shaped like a news feed, made without text so that a million take
/// seconds: 3,000 articles a day; four in ten start a story, the rest continue one of the 4,000 most
/// recently started (recent ones far likelier), so stories run from one article to hundreds over days.
/// Each article has 32 terms, like a real one: 8 of its story's 10 own terms (names, places: weight
/// 1-2), 10 of its topic's 40 (500 topics, a few far more frequent: 0.5-1) and 14 common words from
/// a pool of 5,000, frequent ones far likelier (0.2-0.5).
struct SyntheticNews {
    static let articlesPerDay = 3_000
    private var generator: SplitMix64
    private var storyTopics: [Int] = []
    private(set) var produced = 0

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    mutating func next() -> StoryArticle {
        let story: Int
        if storyTopics.isEmpty || unit() < 0.4 {
            story = storyTopics.count
            storyTopics.append(skewed(500))
        } else {
            let recent = min(storyTopics.count, 4_000)
            story = storyTopics.count - 1 - Int(unit() * unit() * Double(recent))
        }
        let topic = storyTopics[story]
        var weights: [String: Double] = [:]
        for term in pick(8, of: 10) { weights["s\(story)x\(term)"] = 1 + unit() }
        for term in pick(10, of: 40) { weights["t\(topic)x\(term)"] = 0.5 + unit() / 2 }
        for _ in 0..<14 { weights["c\(skewed(5_000))"] = 0.2 + unit() * 0.3 }
        let time = Date(timeIntervalSince1970: 1_600_000_000 + Double(produced) * 86_400 / Double(Self.articlesPerDay))
        produced += 1
        return StoryArticle(terms: ArticleTerms(weights: weights, slugWords: ["s\(story)"]), time: time)
    }

    private mutating func unit() -> Double {
        Double(generator.next() >> 11) / Double(1 << 53)
    }

    /// 0..<n, small numbers far likelier (the product of two uniforms).
    private mutating func skewed(_ n: Int) -> Int {
        Int(unit() * unit() * Double(n))
    }

    private mutating func pick(_ count: Int, of n: Int) -> [Int] {
        var all = Array(0..<n)
        for i in 0..<count { all.swapAt(i, i + Int(generator.next() % UInt64(n - i))) }
        return Array(all.prefix(count))
    }
}

/// Feeds a stream into an index as the pipeline does: assign, "persist" (ids given here), record.
final class StoryFeed {
    let index = StoryIndex()
    var news = SyntheticNews(seed: 7)
    private var nextID: Int64 = 1

    func feed(_ count: Int) {
        for _ in 0..<count { feed(news.next()) }
    }

    func feed(_ article: StoryArticle) {
        switch index.assign(article) {
        case .joins(let story, _):
            index.record(story)
        case .starts(let new):
            index.record(new.story(id: nextID, slug: new.slug))
            nextID += 1
        }
    }
}

struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
