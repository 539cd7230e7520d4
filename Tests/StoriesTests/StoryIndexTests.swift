import Foundation
@testable import Stories
import Testing

struct StoryIndexTests {
    /// Plays the store: gives ids and unique slugs, keeps every story as last persisted.
    final class Store {
        let index: StoryIndex
        var stored: [Int64: Story] = [:]
        private var nextID: Int64 = 1

        init(_ index: StoryIndex) { self.index = index }

        @discardableResult
        func ingest(_ article: StoryArticle) -> StoryDecision {
            let decision = index.assign(article)
            switch decision {
            case .joins(let story, _):
                persist(story)
            case .starts(let new):
                persist(new.story(id: nextID, slug: new.slug))
                nextID += 1
            }
            return decision
        }

        func persist(_ story: Story) {
            stored[story.id] = story
            index.record(story)
        }

        /// The `count` most recently touched stories, as the store loads them.
        func recent(_ count: Int) -> [Story] {
            Array(stored.values.sorted { $0.touched > $1.touched }.prefix(count))
        }
    }

    func joined(_ decision: StoryDecision) -> Story? {
        if case .joins(let story, _) = decision { return story }
        return nil
    }

    @Test func anUpdateWithANewAngleJoinsItsStory() throws {
        let store = Store(StoryIndex())
        store.ingest(MadeUpNews.quake)
        let decision = store.ingest(MadeUpNews.quakeUpdate)
        let story = try #require(joined(decision))
        #expect(story.id == 1)
        #expect(story.articleCount == 2)
        #expect(story.lastTime == MadeUpNews.quakeUpdate.time)
        #expect(story.touched == 2)
    }

    @Test func aFloodTheSameWeekInTheSameCountryIsAnotherStory() {
        let store = Store(StoryIndex())
        store.ingest(MadeUpNews.quake)
        store.ingest(MadeUpNews.quakeUpdate)
        guard case .starts = store.ingest(MadeUpNews.flood) else {
            Issue.record("the flood joined the earthquake's story")
            return
        }
    }

    @Test func aQuakeInTheSameCountryMonthsLaterIsAnotherStory() {
        let store = Store(StoryIndex())
        store.ingest(MadeUpNews.quake)
        store.ingest(MadeUpNews.quakeUpdate)
        guard case .starts(let new) = store.ingest(MadeUpNews.laterQuake) else {
            Issue.record("a quake four months later joined the first one's story")
            return
        }
        #expect(new.slug.hasPrefix("2024-03-"))
    }

    /// The same later report, had it come within the fade window, would join: fading is what tells them apart.
    @Test func theLaterQuakeJoinsWhenItComesWithinTheFadeWindow() {
        let store = Store(StoryIndex())
        store.ingest(MadeUpNews.quake)
        store.ingest(MadeUpNews.quakeUpdate)
        let soon = StoryArticle(terms: MadeUpNews.laterQuake.terms, time: MadeUpNews.quakeUpdate.time.addingTimeInterval(86_400))
        #expect(joined(store.ingest(soon)) != nil)
    }

    @Test func anArticleOlderThanItsStoryJoinsAndMovesItsStart() throws {
        let store = Store(StoryIndex())
        store.ingest(MadeUpNews.quakeUpdate)
        let story = try #require(joined(store.ingest(MadeUpNews.quake)))
        #expect(story.firstTime == MadeUpNews.quake.time)
        #expect(story.lastTime == MadeUpNews.quakeUpdate.time)
    }

    @Test func aBackfilledReportFromLongBeforeStartsItsOwnStory() {
        let store = Store(StoryIndex())
        store.ingest(MadeUpNews.quakeUpdate)
        let yearBefore = StoryArticle(terms: MadeUpNews.quake.terms, time: MadeUpNews.quake.time.addingTimeInterval(-365 * 86_400))
        guard case .starts(let new) = store.ingest(yearBefore) else {
            Issue.record("a report a year older joined a story of this year")
            return
        }
        #expect(new.slug.hasPrefix("2022-11-"))
    }

    @Test func unrelatedNewsStaysApart() {
        let store = Store(StoryIndex())
        store.ingest(MadeUpNews.quake)
        guard case .starts = store.ingest(MadeUpNews.market) else {
            Issue.record("a copper market report joined an earthquake")
            return
        }
    }

    @Test func assigningChangesNothingUntilTheStoryIsRecorded() {
        let index = StoryIndex()
        let first = index.assign(MadeUpNews.quake)
        #expect(index.assign(MadeUpNews.quake) == first)
        #expect(index.count == 0)
    }

    @Test func aNearDuplicateIsAbsorbedIntoTheStoryItIsGiven() throws {
        let store = Store(StoryIndex())
        store.ingest(MadeUpNews.quake)
        store.ingest(MadeUpNews.market)
        // Into the market story, because the caller says so: the index does not second-guess it.
        let absorbed = try #require(store.index.absorb(MadeUpNews.quakeUpdate, into: 2))
        #expect(absorbed.articleCount == 2)
        #expect(absorbed.touched == 3)
        #expect(absorbed.profile.contains { $0.term == TermKey.key("jajarkot") })
        #expect(store.index.absorb(MadeUpNews.quakeUpdate, into: 99) == nil)
    }

    @Test func profilesStayBoundedAndInTheirOrder() throws {
        let store = Store(StoryIndex())
        for article in [MadeUpNews.quake, MadeUpNews.quakeUpdate] + (0..<5).map({ _ in MadeUpNews.quake }) {
            store.ingest(article)
        }
        let story = try #require(store.index.story(id: 1))
        #expect(story.articleCount == 7)
        #expect(story.profile.count <= StoryIndex.profileSize)
        #expect(story.profile == story.profile.sorted(by: WeightedTerm.precedes))
    }

    @Test func theLeastRecentlyTouchedStoryIsEvictedBeyondCapacity() {
        let store = Store(StoryIndex(capacity: 2))
        store.ingest(MadeUpNews.quake)        // story 1
        store.ingest(MadeUpNews.market)       // story 2
        store.ingest(MadeUpNews.quakeUpdate)  // touches story 1 again
        store.ingest(MadeUpNews.flood)        // story 3: story 2 goes
        #expect(store.index.count == 2)
        #expect(store.index.story(id: 2) == nil)
        #expect(store.index.story(id: 1) != nil)
        #expect(store.index.story(id: 3) != nil)
        // An evicted story is not found any more: the copper report now starts a story of its own.
        guard case .starts = store.index.assign(MadeUpNews.market) else {
            Issue.record("an evicted story was still found")
            return
        }
    }

    /// After a crash, the index is rebuilt from the stories as stored: it must hold the same
    /// stories and take the same decisions as the index that ran without stopping.
    @Test func rebuildingFromTheMostRecentlyTouchedStoriesReproducesTheRunningIndex() {
        let capacity = 3
        let running = Store(StoryIndex(capacity: capacity))
        let stream = [MadeUpNews.quake, MadeUpNews.market, MadeUpNews.quakeUpdate, MadeUpNews.flood, MadeUpNews.laterQuake,
                      MadeUpNews.quake, MadeUpNews.market]
        for article in stream { running.ingest(article) }

        let rebuilt = StoryIndex(capacity: capacity, restoring: running.recent(capacity))
        #expect(rebuilt.stories == running.index.stories)
        #expect(rebuilt.lastTouched == running.index.lastTouched)
        for article in [MadeUpNews.quakeUpdate, MadeUpNews.flood, MadeUpNews.market] {
            #expect(rebuilt.assign(article) == running.index.assign(article))
        }
        // Restoring more than the capacity keeps the most recently touched.
        let fromAll = StoryIndex(capacity: capacity, restoring: Array(running.stored.values))
        #expect(fromAll.stories == running.index.stories)
    }

    /// Many stories over a small vocabulary, a small capacity: terms enter and leave postings,
    /// stories are evicted, postings entries move. The index rebuilt from storage must still hold the
    /// same stories and decide every further article as the running one does.
    @Test func aLongStreamOverASharedVocabularyRebuildsToTheSameDecisions() {
        var state: UInt64 = 42
        func random(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
        func article(_ number: Int) -> StoryArticle {
            let event = random(60)
            var weights: [String: Double] = [:]
            for _ in 0..<6 { weights["event\(event)-\(random(8))"] = 1 + Double(random(100)) / 100 }
            for _ in 0..<12 { weights["word\(random(150))"] = 0.2 + Double(random(100)) / 200 }
            return StoryArticle(terms: ArticleTerms(weights: weights, slugWords: ["event\(event)"]),
                                time: Date(timeIntervalSince1970: 1_700_000_000 + Double(number) * 3_600))
        }
        let capacity = 25
        let running = Store(StoryIndex(capacity: capacity))
        var joins = 0
        for number in 0..<600 {
            if case .joins = running.ingest(article(number)) { joins += 1 }
        }
        #expect(joins > 100)
        #expect(running.stored.count > 2 * capacity)
        #expect(running.index.postingsMatchProfiles())

        let rebuilt = StoryIndex(capacity: capacity, restoring: running.recent(capacity))
        #expect(rebuilt.stories == running.index.stories)
        let rebuiltStore = Store(rebuilt)
        for number in 600..<700 {
            let next = article(number)
            #expect(rebuilt.assign(next) == running.index.assign(next))
            running.ingest(next)
            rebuiltStore.persist(running.stored.values.max { $0.touched < $1.touched }!)
        }
        #expect(rebuilt.stories == running.index.stories)
        #expect(running.index.postingsMatchProfiles())
        #expect(rebuilt.postingsMatchProfiles())
    }
}
