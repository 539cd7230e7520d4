import Foundation
import GRDB
import Stories

extension SQLiteTransaction {
    func insertStory(_ new: NewStory) throws -> Story {
        let slug = try Story.uniqueSlug(new.slug) { try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM story WHERE slug = ?)", arguments: [$0]) == true }
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
            .reversed().map(Story.init(row:))
    }

    func stories(touchedAfter touched: Int64) throws -> [Story] {
        try Row.fetchAll(db, sql: "SELECT * FROM story WHERE touched > ? ORDER BY touched", arguments: [touched]).map(Story.init(row:))
    }

    func story(id: Int64) throws -> Story? {
        try Row.fetchOne(db, sql: "SELECT * FROM story WHERE id = ?", arguments: [id]).map(Story.init(row:))
    }

    func storyID(ofArticle articleID: Int64) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT story_id FROM article WHERE id = ?", arguments: [articleID])
    }
}
