public import Foundation

/// Articles about one event, as stored: what the story index holds and rebuilds from.
public struct Story: Sendable, Equatable {
    public var id: Int64
    /// Unique: `2023-09-morocco-earthquake`, `-2` after it on a clash.
    public var slug: String
    /// The times of its earliest and latest article.
    public var firstTime: Date
    public var lastTime: Date
    /// Its terms, heaviest first, at most `StoryIndex.profileSize`: the sum of its articles' terms.
    public var profile: [WeightedTerm]
    public var articleCount: Int
    /// When it last took an article, as a sequence number across all stories: the index keeps the
    /// most recently touched stories and is rebuilt from them in this order.
    public var touched: Int64

    public init(id: Int64, slug: String, firstTime: Date, lastTime: Date, profile: [WeightedTerm], articleCount: Int, touched: Int64) {
        self.id = id
        self.slug = slug
        self.firstTime = firstTime
        self.lastTime = lastTime
        self.profile = profile
        self.articleCount = articleCount
        self.touched = touched
    }
}

/// A story its first article starts, before the store gives it an id and makes its slug unique.
public struct NewStory: Sendable, Equatable {
    /// Not yet unique.
    public var slug: String
    public var time: Date
    public var profile: [WeightedTerm]
    public var touched: Int64

    public init(slug: String, time: Date, profile: [WeightedTerm], touched: Int64) {
        self.slug = slug
        self.time = time
        self.profile = profile
        self.touched = touched
    }

    public func story(id: Int64, slug: String) -> Story {
        Story(id: id, slug: slug, firstTime: time, lastTime: time, profile: profile, articleCount: 1, touched: touched)
    }
}

/// Where an article goes.
public enum StoryDecision: Sendable, Equatable {
    /// It continues a story: the story as it becomes with the article (profile, times, count and
    /// touched updated), and the article's similarity to the story before.
    case joins(Story, similarity: Double)
    /// No active story is close enough: it starts one.
    case starts(NewStory)
}
