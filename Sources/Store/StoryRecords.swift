import Foundation
import GRDB
import Stories

extension StoreTransaction {
    /// Inserts a story its first article starts; its slug made unique by "-2", "-3", ... on a clash.
    public func insertStory(_ new: NewStory) throws -> Story {
        var slug = new.slug
        var suffix = 1
        while try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM story WHERE slug = ?)", arguments: [slug]) == true {
            suffix += 1
            slug = "\(new.slug)-\(suffix)"
        }
        try db.execute(sql: """
            INSERT INTO story (slug, first_time, last_time, article_count, touched, profile_json) VALUES (?, ?, ?, 1, ?, ?)
            """, arguments: [slug, new.time.timeIntervalSince1970, new.time.timeIntervalSince1970, new.touched, try Coding.encode(new.profile)])
        return new.story(id: db.lastInsertedRowID, slug: slug)
    }

    /// Stores what an article changed about its story: profile, span, count and touched.
    public func updateStory(_ story: Story) throws {
        try db.execute(sql: """
            UPDATE story SET first_time = ?, last_time = ?, article_count = ?, touched = ?, profile_json = ? WHERE id = ?
            """, arguments: [story.firstTime.timeIntervalSince1970, story.lastTime.timeIntervalSince1970, story.articleCount,
                             story.touched, try Coding.encode(story.profile), story.id])
        guard db.changesCount == 1 else { throw StoreError("story \(story.id) (\(story.slug)) is not in the database: it cannot be updated") }
    }

    public func setStory(_ storyID: Int64, ofArticle articleID: Int64) throws {
        try db.execute(sql: "UPDATE article SET story_id = ? WHERE id = ?", arguments: [storyID, articleID])
    }
}

extension StoreReading {
    /// The `count` most recently touched stories, least recent first: the order to rebuild the story index in.
    public func recentStories(_ count: Int) throws -> [Story] {
        try Row.fetchAll(db, sql: "SELECT * FROM story ORDER BY touched DESC LIMIT ?", arguments: [count])
            .reversed().map(Self.story)
    }

    /// The highest `touched` stored (0: no story yet). Higher than the story index's `lastTouched`:
    /// another process recorded stories, and the index should be rebuilt before it decides again.
    public func lastStoryTouched() throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT MAX(touched) FROM story") ?? 0
    }

    public func story(id: Int64) throws -> Story? {
        try Row.fetchOne(db, sql: "SELECT * FROM story WHERE id = ?", arguments: [id]).map(Self.story)
    }

    /// The story an article was put in (nil: none yet, or no such article).
    public func storyID(ofArticle articleID: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT story_id FROM article WHERE id = ?", arguments: [articleID])
    }

    static func story(_ row: Row) throws -> Story {
        Story(id: row["id"], slug: row["slug"], firstTime: Date(timeIntervalSince1970: row["first_time"]),
              lastTime: Date(timeIntervalSince1970: row["last_time"]), profile: try Coding.decode([WeightedTerm].self, row["profile_json"]),
              articleCount: row["article_count"], touched: row["touched"])
    }
}
