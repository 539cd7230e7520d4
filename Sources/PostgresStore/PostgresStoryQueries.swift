import Foundation
import PostgresNIO
import Store
import Stories

extension PostgresTransaction {
    func insertStory(_ new: NewStory) throws -> Story {
        // The slugs it could clash with, in one query: itself and its numbered forms.
        let pattern = LikePattern.literal(new.slug) + "-%"
        let taken = Set(try session.rows("SELECT slug FROM story WHERE slug = \(new.slug) OR slug LIKE \(pattern) ESCAPE '\\'")
            .map { try $0.text("slug") })
        let slug = Story.uniqueSlug(new.slug) { taken.contains($0) }
        let id = try insertedID("""
            INSERT INTO story (slug, first_time, last_time, article_count, touched, profile_json)
            VALUES (\(slug), \(new.time.timeIntervalSince1970), \(new.time.timeIntervalSince1970), 1, \(new.touched), \(try Coding.encode(new.profile)))
            RETURNING id
            """)
        return new.story(id: id, slug: slug)
    }

    func updateStory(_ story: Story) throws {
        let changed = try session.execute("""
            UPDATE story SET first_time = \(story.firstTime.timeIntervalSince1970), last_time = \(story.lastTime.timeIntervalSince1970),
                             article_count = \(story.articleCount), touched = \(story.touched), profile_json = \(try Coding.encode(story.profile))
            WHERE id = \(story.id)
            """)
        guard changed == 1 else { throw StoreError("story \(story.id) (\(story.slug)) is not in the database: it cannot be updated") }
    }

    func setStory(_ storyID: Int64, ofArticle articleID: Int64) throws {
        try session.execute("UPDATE article SET story_id = \(storyID) WHERE id = \(articleID)")
    }
}

extension PostgresReading {
    func recentStories(_ count: Int) throws -> [Story] {
        try session.rows("SELECT * FROM story ORDER BY touched DESC LIMIT \(count)").reversed().map(Story.init(row:))
    }

    func stories(touchedAfter touched: Int64) throws -> [Story] {
        try session.rows("SELECT * FROM story WHERE touched > \(touched) ORDER BY touched").map(Story.init(row:))
    }

    func story(id: Int64) throws -> Story? {
        try session.row("SELECT * FROM story WHERE id = \(id)").map(Story.init(row:))
    }

    func storyID(ofArticle articleID: Int64) throws -> Int64? {
        try session.value("SELECT story_id FROM article WHERE id = \(articleID)", as: Int64.self)
    }
}
