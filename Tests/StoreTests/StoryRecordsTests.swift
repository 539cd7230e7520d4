import Extraction
import Foundation
import Model
import Store
import StoreTestSupport
import Stories
import Testing

@Suite struct StoryRecordsTests {
    func newStory(_ slug: String, touched: Int64, profile: [WeightedTerm] = [WeightedTerm(term: "quake", weight: 1)]) -> NewStory {
        NewStory(slug: slug, time: Date(timeIntervalSince1970: 1_694_000_000), profile: profile, touched: touched)
    }

    @Test(arguments: StoreKind.available)
    func aClashingSlugGetsANumber(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        #expect(try store.read { try $0.stories(touchedAfter: 0) }.isEmpty)
        let stories = try store.write { tx in
            try (1...3).map { try tx.insertStory(newStory("2023-09-morocco-earthquake", touched: $0)) }
        }
        #expect(stories.map(\.slug) == ["2023-09-morocco-earthquake", "2023-09-morocco-earthquake-2", "2023-09-morocco-earthquake-3"])
        #expect(Set(stories.map(\.id)).count == 3)
        #expect(try store.read { try $0.story(id: stories[1].id) } == stories[1])
    }

    /// Weights come back bit for bit: a rebuilt index must compute what the running one did.
    @Test(arguments: StoreKind.available)
    func aStoryReadBackIsTheStoryWritten(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let awkward = [Float(1) / 3, Float(0.1), Float.leastNormalMagnitude, 1 + Float.ulpOfOne, Float(2.7182817)]
        let profile = awkward.enumerated().map { WeightedTerm(term: "term\($0.offset)", weight: $0.element) }
        var story = try store.write { tx in try tx.insertStory(newStory("2023-09-quake", touched: 1, profile: profile)) }
        story.articleCount = 2
        story.touched = 7
        story.lastTime = story.firstTime.addingTimeInterval(3_600.25)
        story.profile.reverse()
        try store.write { tx in try tx.updateStory(story) }
        #expect(try state.open().read { try $0.story(id: story.id) } == story)
    }

    @Test(arguments: StoreKind.available)
    func updatingAStoryThatIsNotStoredIsAnError(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let missing = newStory("2023-09-quake", touched: 1).story(id: 42, slug: "2023-09-quake")
        #expect(throws: StoreError.self) { try store.write { tx in try tx.updateStory(missing) } }
    }

    @Test(arguments: StoreKind.available)
    func anArticleIsPutInAStory(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let (articleID, storyID) = try store.write { tx in
            let documentID = try tx.insertDocument(NewDocument(contentHash: "h", fileName: "a.txt", origin: .drop, byteCount: 1,
                                                               receivedAt: Date(timeIntervalSince1970: 5)), outcome: .ingested)
            let articleID = try tx.insertArticle(Article(title: "T", body: "B"), documentID: documentID, duplicateOf: nil, similarity: nil)
            #expect(try tx.storyID(ofArticle: articleID) == nil)
            let story = try tx.insertStory(newStory("2023-09-quake", touched: 1))
            try tx.setStory(story.id, ofArticle: articleID)
            return (articleID, story.id)
        }
        #expect(try store.read { try $0.storyID(ofArticle: articleID) } == storyID)
    }

    /// The daemon's restart: an index rebuilt from the most recently touched stories in the
    /// database holds what the index that recorded them held.
    @Test(arguments: StoreKind.available)
    func theIndexRebuiltFromTheDatabaseEqualsTheOneThatRan(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let running = StoryIndex(capacity: 3)
        let day = 86_400.0
        let reports: [(String, String, Double)] = [
            ("Earthquake in Jajarkot kills 128", "The earthquake struck Jajarkot in western Nepal. Rescuers searched Jajarkot homes.", 0),
            ("Copper climbs on Chinese demand", "Copper futures rose in London as imports into China grew. Smelters in Yunnan cut output.", 0.5),
            ("Aid reaches Jajarkot quake survivors", "Tents reached survivors of the Jajarkot earthquake in western Nepal.", 1),
            ("Floods sweep Kathmandu valley", "The Bagmati river flooded Kathmandu, Lalitpur and Bhaktapur after record rain.", 2),
            ("Wildfire forces evacuations near Boulder", "A wildfire near Boulder, Colorado, forced thousands to evacuate.", 3),
            ("Copper slips as Yunnan smelters restart", "Copper futures fell in London as smelters in Yunnan restarted.", 3.5),
        ]
        for (title, body, offset) in reports {
            let article = StoryArticle(title: title, body: body, time: Date(timeIntervalSince1970: 1_699_000_000 + offset * day))
            let story = try store.write { tx -> Story in
                switch running.assign(article) {
                case .joins(let story, _):
                    try tx.updateStory(story)
                    return story
                case .starts(let new):
                    return try tx.insertStory(new)
                }
            }
            running.record(story)
        }
        #expect(try store.read { try $0.stories(touchedAfter: 0) }.last?.touched == running.lastTouched)
        let stored = try state.open().read { try $0.recentStories(3) }
        #expect(stored.map(\.touched) == stored.map(\.touched).sorted())
        let rebuilt = StoryIndex(capacity: 3, restoring: stored)
        #expect(rebuilt.stories == running.stories)
        #expect(try store.read { try $0.recentStories(100) }.count > 3)
    }
}
