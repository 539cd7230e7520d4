import Foundation
import GRDB
import Stories

extension SQLiteTransaction {
    func insertStory(_ new: NewStory) throws -> Story {
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

    func updateStory(_ story: Story) throws {
        try db.execute(sql: """
            UPDATE story SET first_time = ?, last_time = ?, article_count = ?, touched = ?, profile_json = ? WHERE id = ?
            """, arguments: [story.firstTime.timeIntervalSince1970, story.lastTime.timeIntervalSince1970, story.articleCount,
                             story.touched, try Coding.encode(story.profile), story.id])
        guard db.changesCount == 1 else { throw StoreError("story \(story.id) (\(story.slug)) is not in the database: it cannot be updated") }
    }

    func setStory(_ storyID: Int64, ofArticle articleID: Int64) throws {
        try db.execute(sql: "UPDATE article SET story_id = ? WHERE id = ?", arguments: [storyID, articleID])
    }
}

extension SQLiteReading {
    func recentStories(_ count: Int) throws -> [Story] {
        try Row.fetchAll(db, sql: "SELECT * FROM story ORDER BY touched DESC LIMIT ?", arguments: [count])
            .reversed().map(Self.story)
    }

    func stories(touchedAfter touched: Int64) throws -> [Story] {
        try Row.fetchAll(db, sql: "SELECT * FROM story WHERE touched > ? ORDER BY touched", arguments: [touched]).map(Self.story)
    }

    func story(id: Int64) throws -> Story? {
        try Row.fetchOne(db, sql: "SELECT * FROM story WHERE id = ?", arguments: [id]).map(Self.story)
    }

    func storyID(ofArticle articleID: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT story_id FROM article WHERE id = ?", arguments: [articleID])
    }

    static func story(_ row: Row) throws -> Story {
        Story(id: row["id"], slug: row["slug"], firstTime: Date(timeIntervalSince1970: row["first_time"]),
              lastTime: Date(timeIntervalSince1970: row["last_time"]), profile: try Coding.decode([WeightedTerm].self, row["profile_json"]),
              articleCount: row["article_count"], touched: row["touched"])
    }
}
