public import Foundation

/// An article as the story stage sees it: its terms and its time, which is when it was published,
/// else when it was received (an old report fed in late belongs with the stories of its own days).
public struct StoryArticle: Sendable, Equatable {
    public let terms: ArticleTerms
    public let time: Date

    public init(title: String?, body: String, time: Date) {
        self.init(terms: ArticleTerms(title: title, body: body), time: time)
    }

    public init(terms: ArticleTerms, time: Date) {
        self.terms = terms
        self.time = time
    }
}
