import Duplicates
import Foundation
import Stories

/// Feeds articles to a story index one by one, as the pipeline does: a near-duplicate of an earlier
/// article goes into its original's story (its terms still added to the profile), any other is
/// assigned by the index; the story is then "persisted" (ids and unique slugs given here) and recorded.
struct StoryStream {
    /// Story id of each article (by its place in the corpus).
    var storyOf: [Int64]
    /// The truth, with each near-duplicate given its original's.
    var truth: [String]
    var slugs: [Int64: String] = [:]
    /// Similarity with which each article joined its story; nil for the first of a story or a near-duplicate.
    var similarity: [Double?]
    var duplicates = 0
    var assignSeconds = 0.0

    init(_ articles: [CorpusArticle], order: [Int], fadeWindow: TimeInterval = StoryIndex.defaultFadeWindow,
         joinThreshold: Double = StoryIndex.defaultJoinThreshold, time: (Int) -> Date) {
        storyOf = Array(repeating: 0, count: articles.count)
        truth = articles.map(\.truth)
        similarity = Array(repeating: nil, count: articles.count)
        let index = StoryIndex(fadeWindow: fadeWindow, joinThreshold: joinThreshold)
        let nearDuplicates = DuplicateIndex()
        var nextID: Int64 = 1
        var takenSlugs: Set<String> = []
        for position in order {
            let article = articles[position]
            let storyArticle = StoryArticle(title: article.title, body: article.body, time: time(position))
            let fingerprint = Fingerprint(text: article.body)
            let story: Story
            let start = DispatchTime.now()
            if let match = nearDuplicates.bestMatch(for: fingerprint), let absorbed = index.absorb(storyArticle, into: storyOf[Int(match.original)]) {
                truth[position] = truth[Int(match.original)]
                duplicates += 1
                story = absorbed
            } else {
                switch index.assign(storyArticle) {
                case .joins(let joined, let similarity):
                    story = joined
                    self.similarity[position] = similarity
                case .starts(let new):
                    var slug = new.slug
                    var suffix = 1
                    while takenSlugs.contains(slug) {
                        suffix += 1
                        slug = "\(new.slug)-\(suffix)"
                    }
                    takenSlugs.insert(slug)
                    story = new.story(id: nextID, slug: slug)
                    nextID += 1
                }
            }
            index.record(story)
            assignSeconds += Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            nearDuplicates.insert(fingerprint, id: Int64(position))
            storyOf[position] = story.id
            slugs[story.id] = story.slug
        }
    }
}
