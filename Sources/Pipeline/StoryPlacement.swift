import Foundation
import Store
import Stories

/// The story stage of the pipeline: which story an article belongs to, decided and written
/// inside the document's transaction and taken into the in-memory index only once it commits,
/// so the index always equals what the database holds (a restart rebuilds the same index from
/// the most recently touched stories).
final class StoryPlacement {
    private(set) var index: StoryIndex
    let capacity: Int
    let fadeWindow: TimeInterval

    init(capacity: Int, fadeWindow: TimeInterval) {
        self.capacity = max(1, capacity)
        self.fadeWindow = fadeWindow
        index = StoryIndex(capacity: capacity, fadeWindow: fadeWindow)
    }

    /// Starts again from the stories the database holds.
    func rebuild(from reader: some StoreReading) throws {
        index = StoryIndex(capacity: capacity, fadeWindow: fadeWindow, restoring: try reader.recentStories(capacity))
    }

    /// Takes in stories another process (a `tally ingest` beside the daemon) touched since.
    private func catchUp(_ reader: some StoreReading) throws {
        for story in try reader.stories(touchedAfter: index.lastTouched) { index.record(story) }
    }

    /// Places the article in a story and writes it: a near-duplicate goes where its original
    /// went; anything else joins the closest active story or starts one. Returns the story as
    /// written, for `committed` once the transaction is through.
    func place(_ article: StoryArticle, articleID: Int64, copyOf original: Int64?, in tx: any StoreWriting) throws -> Story {
        try catchUp(tx)
        let story: Story
        if let original, let storyID = try tx.storyID(ofArticle: original), let copied = try absorb(article, into: storyID, tx) {
            story = copied
            try tx.updateStory(story)
        } else {
            switch index.assign(article) {
            case .joins(let joined, _):
                story = joined
                try tx.updateStory(story)
            case .starts(let new):
                story = try tx.insertStory(new)
            }
        }
        try tx.setStory(story.id, ofArticle: articleID)
        return story
    }

    /// The original's story with the copy in it; a story faded out of the index is taken back
    /// from the database first (it is stored, so holding it again changes nothing a rebuild would not).
    private func absorb(_ article: StoryArticle, into storyID: Int64, _ tx: any StoreWriting) throws -> Story? {
        if index.story(id: storyID) == nil, let stored = try tx.story(id: storyID) { index.record(stored) }
        return index.absorb(article, into: storyID)
    }

    func committed(_ story: Story) {
        index.record(story)
    }
}
