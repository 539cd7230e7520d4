import Foundation
import Model
import Store
import StoreTestSupport
import Stories
import Testing

/// What every backend must answer alike: each query of the store's protocols, its order, its
/// NULLs and its edge cases, run against SQLite and (when a server is at hand) PostgreSQL.
@Suite struct StoreSemanticsTests {
    static let t0 = Date(timeIntervalSince1970: 1_700_000_000)

    func document(_ hash: String, outcome: DocumentOutcome = .ingested, in tx: any StoreWriting) throws -> Int64 {
        try tx.insertDocument(NewDocument(contentHash: hash, fileName: hash + ".txt", origin: .drop, byteCount: 3, receivedAt: Self.t0), outcome: outcome)
    }

    func observation(_ key: String, _ value: Double, claimant: String?, claimID: Int64, at seconds: Double = 0) -> Observation {
        Observation(claimID: claimID, key: key, quantity: Quantity(value), statedAs: "\(Int(value))", claimant: claimant, quote: "q",
                    article: ArticleReference(id: 1), observedAt: Self.t0.addingTimeInterval(seconds))
    }

    func alert(_ key: String) -> Alert {
        let new = observation(key, 1, claimant: nil, claimID: 1)
        return Alert(kind: .figureNew, key: key, raisedAt: Self.t0, new: new, old: nil, positions: [Position(claimant: nil, latest: new)])
    }

    @Test(.enabled(if: StoreKind.postgresURL != nil, Comment(rawValue: StoreKind.postgresMissing)))
    func theTestServerTakesANewDatabase() throws {
        let state = try TestStore(.postgres)
        let store = try state.open()
        #expect(try store.read { try $0.documents() }.isEmpty)
        #expect(try store.read { try $0.highestAlertID() } == 0)
    }

    @Test(arguments: StoreKind.available)
    func alertsAreNumberedAfterTheHighestHeldOrFloored(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let first = try store.write { tx in try tx.insertAlerts([alert("a"), alert("b")], documentID: try document("d1", in: tx)) }
        #expect(first.map(\.id) == [1, 2])
        try store.write { try $0.numberAlerts(after: 40) }
        #expect(try store.read { try $0.highestAlertID() } == 40)
        let next = try store.write { tx in try tx.insertAlerts([alert("c")], documentID: try document("d2", in: tx)) }
        #expect(next.map(\.id) == [41])
        // A floor below what is held changes nothing.
        try store.write { try $0.numberAlerts(after: 5) }
        #expect(try store.read { try $0.highestAlertID() } == 41)
        #expect(try store.read { try $0.alerts(after: 1, limit: 1) }.map(\.id) == [2])
        #expect(try store.read { try $0.alerts(after: 2) }.map(\.alert.key) == ["c"])
        try store.write { try $0.markLogged(alertIDs: [1, 41]) }
        #expect(try store.read { try $0.unloggedAlerts() }.map(\.id) == [2])
        #expect(try store.read { try $0.alerts() }.map(\.logged) == [true, false, true])
    }

    @Test(arguments: StoreKind.available)
    func documentsArticlesAndFingerprintsReadBackInOrder(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let published = Self.t0.addingTimeInterval(0.125)
        let (first, second) = try store.write { tx in
            let d1 = try document("d1", in: tx)
            let a1 = try tx.insertArticle(Article(title: nil, body: "one", published: nil), documentID: d1, duplicateOf: nil, similarity: nil)
            let d2 = try document("d2", in: tx)
            let a2 = try tx.insertArticle(Article(title: "Two", body: "two", source: "Wire", url: "https://example.org/2", published: published,
                                                  author: "A. Writer", language: "en"), documentID: d2, duplicateOf: a1, similarity: 0.75)
            _ = try tx.insertDocument(NewDocument(contentHash: "d3", fileName: "d3.txt", origin: .feed, byteCount: 0, receivedAt: Self.t0),
                                      outcome: .rejected, reason: "empty")
            for (index, article) in [a1, a2].enumerated() { try tx.insertFingerprint([UInt8(index), 0, 255], articleID: article) }
            return (a1, a2)
        }
        try store.read { db in
            #expect(try db.articles().map(\.id) == [first, second])
            let article = try #require(try db.article(id: second))
            #expect(article.article == Article(title: "Two", body: "two", source: "Wire", url: "https://example.org/2", published: published,
                                               author: "A. Writer", language: "en"))
            #expect(article.duplicateOf == first)
            #expect(article.similarity == 0.75)
            #expect(try db.article(id: first)?.article.title == nil)
            #expect(try db.article(id: 999) == nil)
            #expect(try db.documents().map(\.contentHash) == ["d1", "d2", "d3"])
            #expect(try db.documents().map { $0.articleID != nil } == [true, true, false])
            let rejected = try #require(try db.document(hash: "d3"))
            #expect(rejected.outcome == .rejected && rejected.reason == "empty" && rejected.origin == .feed && rejected.byteCount == 0)
            #expect(try db.document(id: rejected.id) == rejected)
            #expect(try db.documentCounts() == [.ingested: 2, .rejected: 1])
            #expect(try db.fingerprints(after: 0).map(\.bytes) == [[0, 0, 255], [1, 0, 255]])
            #expect(try db.fingerprints(after: first).map(\.articleID) == [second])
            #expect(try db.oldestOfRecentFingerprints(1) == second)
            #expect(try db.oldestOfRecentFingerprints(2) == first)
            #expect(try db.oldestOfRecentFingerprints(3) == nil)
        }
    }

    @Test(arguments: StoreKind.available)
    func claimsPositionsFiguresAndHistory(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let story = "2024-10-deploys/troops/sent"
        let claims = [Claim(key: story, quantity: Quantity(12000), hedge: nil, claimant: "NIS", sentence: "s1", start: 0, end: 2),
                      Claim(key: "a_b/sent", quantity: Quantity(low: 3, high: 5), hedge: "about", claimant: nil, sentence: "s2", start: 3, end: 4),
                      Claim(key: story, quantity: Quantity(11000), hedge: nil, claimant: "Pentagon", sentence: "s3", start: 5, end: 6)]
        let (articleID, ids) = try store.write { tx in
            let article = try tx.insertArticle(Article(title: "T", body: "B"), documentID: try document("d1", in: tx), duplicateOf: nil, similarity: nil)
            let ids = try tx.insertClaims(claims.enumerated().map { ($1, $0 == 2) }, articleID: article)
            try tx.replacePositions([story: [Position(claimant: "NIS", latest: observation(story, 12000, claimant: "NIS", claimID: ids[0], at: 10)),
                                             Position(claimant: "Pentagon", latest: observation(story, 11000, claimant: "Pentagon", claimID: ids[2], at: 10))],
                                     "a_b/sent": [Position(claimant: nil, latest: observation("a_b/sent", 4, claimant: nil, claimID: ids[1], at: 20))]])
            return (article, ids)
        }
        #expect(ids.count == 3 && ids == ids.sorted())
        try store.read { db in
            let stored = try db.claims(ofArticle: articleID)
            #expect(stored.map(\.claim) == claims)
            #expect(stored.map(\.ordinal) == [0, 1, 2] && stored.map(\.repeated) == [false, false, true] && stored.map(\.id) == ids)
            #expect(try db.figureValues(ofArticle: articleID).map { "\($0.key) \($0.low) \($0.high)" }
                    == ["\(story) 12000.0 12000.0", "a_b/sent 3.0 5.0", "\(story) 11000.0 11000.0"])
            let positions = try db.positions(forKeys: [story, "none/yet", story])
            #expect(positions.keys.sorted() == [story, "none/yet"].sorted())
            #expect(positions[story]?.map(\.claimant) == ["NIS", "Pentagon"])
            #expect(positions["none/yet"] == [])
            let figures = try db.figures()
            // Most recently stated first; within a figure, the latest claim first.
            #expect(figures.map(\.key) == ["a_b/sent", story])
            #expect(figures.last?.positions.map(\.claimant) == ["Pentagon", "NIS"])
            #expect(figures.map(\.mentions) == [1, 2] && figures.map(\.articles) == [1, 1])
            // A key with no figure of its own finds the figure in every story; "_" is no wildcard.
            #expect(try db.history(key: story).map(\.claim.id) == [ids[0], ids[2]])
            #expect(try db.history(key: "troops/sent").map(\.claim.id) == [ids[0], ids[2]])
            #expect(try db.history(key: "sent").map(\.claim.id) == ids)
            #expect(try db.history(key: "a_b/sent").first?.article.file == "d1.txt")
            // "_" and "%" in a key are themselves, not wildcards.
            #expect(try db.history(key: "troops_sent").isEmpty)
            #expect(try db.history(key: "%/sent").isEmpty)
        }
        // Replacing a figure's positions drops the slots it no longer has.
        try store.write { tx in
            try tx.replacePositions([story: [Position(claimant: nil, latest: observation(story, 9000, claimant: nil, claimID: ids[2], at: 30))]])
        }
        #expect(try store.read { try $0.positions(forKeys: [story]) }[story]?.map(\.latest.quantity) == [Quantity(9000)])
        #expect(try store.read { try $0.figures() }.map(\.key) == [story, "a_b/sent"])
    }

    @Test(arguments: StoreKind.available)
    func storySlugsClashOnlyWithThemselves(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let slugs = try store.write { tx in
            try ["2024-10_quake", "2024-10xquake", "2024-10_quake", "2024-10_quake-2", "2024-10_quake"].enumerated().map { index, slug in
                try tx.insertStory(NewStory(slug: slug, time: Self.t0, profile: [], touched: Int64(index + 1))).slug
            }
        }
        #expect(slugs == ["2024-10_quake", "2024-10xquake", "2024-10_quake-2", "2024-10_quake-2-2", "2024-10_quake-3"])
    }

    @Test(arguments: StoreKind.available)
    func subscriptionsRevisionsAndRefreshRequests(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let (a, b) = try store.write { tx in
            (try tx.subscribe(FeedSubscription(url: "https://a.example/rss", name: "A", tags: ["x", "y"], interval: 600), origin: .config,
                              firstDue: Self.t0, now: Self.t0),
             try tx.subscribe(FeedSubscription(url: "https://b.example/rss"), origin: .added, firstDue: Self.t0, now: Self.t0))
        }
        let start = try store.read { try $0.feedChanges(after: 0) }
        #expect(start.feeds.map(\.id) == [a, b] && start.revision == 2)
        #expect(start.feeds.allSatisfy { $0.entriesSeen == nil })
        #expect(try store.read { try $0.feedChanges(after: 2) }.feeds.isEmpty)
        #expect(try store.read { try $0.feedChanges(after: 7) }.revision == 7)
        // Re-subscribed from the command line: still a configuration feed, its name kept when none is given.
        try store.write { _ = try $0.subscribe(FeedSubscription(url: "https://a.example/rss", tags: []), origin: .added, firstDue: Self.t0, now: Self.t0) }
        let feedA = try #require(try store.read { try $0.feed(url: "https://a.example/rss") })
        #expect(feedA.origin == .config && feedA.name == "A" && feedA.tags == [] && feedA.interval == nil && feedA.revision == 3)
        #expect(feedA.entriesSeen == 0 && feedA.entriesPending == 0 && feedA.subscribed && !feedA.refreshRequested)
        #expect(try store.write { try $0.unsubscribe(url: "https://b.example/rss") })
        #expect(try store.write { try $0.unsubscribe(url: "https://b.example/rss") } == false)
        #expect(try store.read { try $0.feeds() }.map(\.id) == [a])
        #expect(try store.read { try $0.feeds(includingUnsubscribed: true) }.map(\.subscribed) == [true, false])
        #expect(try store.read { try $0.feedChanges(after: 3) }.feeds.map(\.id) == [b])
        // Refresh requests: one revision for all the feeds a request marks; subscribed feeds only.
        #expect(try store.write { try $0.requestRefresh(.all) } == 1)
        #expect(try store.write { try $0.requestRefresh(.failing) } == 0)
        #expect(try store.write { try $0.requestRefresh(.url("https://b.example/rss")) } == 0)
        let requested = try store.read { try $0.feedChanges(after: 4) }
        #expect(requested.feeds.map(\.id) == [a] && requested.feeds.first?.refreshRequested == true && requested.revision == 5)
        // Taken up at revision 5, but asked again since (revision 6): the later request stays.
        _ = try store.write { try $0.requestRefresh(.url("https://a.example/rss")) }
        try store.write { try $0.clearRefreshRequests([(id: a, revision: 5)]) }
        #expect(try store.read { try $0.feed(url: "https://a.example/rss") }?.refreshRequested == true)
        try store.write { try $0.clearRefreshRequests([(id: a, revision: 6)]) }
        #expect(try store.read { try $0.feed(url: "https://a.example/rss") }?.refreshRequested == false)
        #expect(try store.write { try $0.unsubscribeConfigurationFeeds(except: ["https://a.example/rss"]) } == [])
        #expect(try store.write { try $0.unsubscribeConfigurationFeeds(except: []) } == ["https://a.example/rss"])
        #expect(try store.read { try $0.feeds() }.isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func fetchesRedirectsAndEntries(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let (a, _) = try store.write { tx in
            (try tx.subscribe(FeedSubscription(url: "https://a.example/rss"), origin: .added, firstDue: Self.t0, now: Self.t0),
             try tx.subscribe(FeedSubscription(url: "https://b.example/rss"), origin: .added, firstDue: Self.t0, now: Self.t0))
        }
        let later = Self.t0.addingTimeInterval(60)
        try store.write { tx in
            try tx.recordFetch(feedID: a, FeedFetchUpdate(etag: "\"v1\"", lastModified: "Mon", keepValidators: false, nextDue: later, errorStreak: 0,
                                                          lastAttempt: Self.t0, lastSuccess: Self.t0, status: 200, error: nil, title: "Feed A",
                                                          siteURL: "https://a.example/"))
            // A failure keeps the validators, the last success, the title; a redirect to a URL taken keeps the address.
            try tx.recordFetch(feedID: a, FeedFetchUpdate(movedTo: "https://b.example/rss", keepValidators: true, nextDue: later, errorStreak: 1,
                                                          lastAttempt: later, lastSuccess: nil, status: 503, error: "unavailable"))
        }
        var feed = try #require(try store.read { try $0.feed(url: "https://a.example/rss") })
        #expect(feed.etag == "\"v1\"" && feed.lastModified == "Mon" && feed.lastSuccess == Self.t0 && feed.lastAttempt == later)
        #expect(feed.title == "Feed A" && feed.siteURL == "https://a.example/" && feed.lastStatus == 503 && feed.lastError == "unavailable")
        #expect(feed.errorStreak == 1 && feed.nextDue == later)
        #expect(try store.write { try $0.requestRefresh(.failing) } == 1)
        try store.write { tx in
            try tx.recordFetch(feedID: a, FeedFetchUpdate(movedTo: "https://c.example/rss", keepValidators: false, nextDue: later, errorStreak: 0,
                                                          lastAttempt: later, lastSuccess: later, status: nil, error: nil))
        }
        feed = try #require(try store.read { try $0.feed(url: "https://c.example/rss") })
        #expect(feed.id == a && feed.etag == nil && feed.lastStatus == nil && feed.lastError == nil && feed.title == "Feed A")

        try store.write { tx in
            try tx.recordNewEntries(feedID: a, [(key: "e1", payload: "p1"), (key: "e2", payload: "p2"), (key: "e1", payload: "again")], at: Self.t0)
            try tx.recordNewEntries(feedID: a, [(key: "e2", payload: "later"), (key: "e3", payload: "p3")], at: later)
        }
        try store.read { db in
            let pending = try db.pendingFeedEntries()
            #expect(pending.map(\.key) == ["e1", "e2", "e3"] && pending.map(\.payload) == ["p1", "p2", "p3"])
            #expect(pending.map(\.sequence) == pending.map(\.sequence).sorted() && Set(pending.map(\.sequence)).count == 3)
            #expect(try db.pendingFeedEntries(after: pending[0].sequence, limit: 1).map(\.key) == ["e2"])
            #expect(try db.knownEntryKeys(feedID: a, among: ["e3", "e9", "e1"]) == ["e1", "e3"])
            #expect(try db.knownEntryKeys(feedID: a + 1, among: ["e1"]).isEmpty)
            #expect(try db.knownEntryKeys(feedID: a, among: []).isEmpty)
        }
        let documentID = try store.write { tx in try document("d1", in: tx) }
        try store.write { tx in
            try tx.completeFeedEntry(FeedEntryReference(feedID: a, key: "e1"), documentID: documentID)
            try tx.completeFeedEntry(FeedEntryReference(feedID: a, key: "e1"), documentID: nil)
        }
        #expect(try store.read { try $0.pendingFeedEntries() }.map(\.key) == ["e2", "e3"])
        let counted = try #require(try store.read { try $0.feeds() }.first { $0.id == a })
        #expect(counted.entriesSeen == 3 && counted.entriesPending == 2)
    }

    @Test(arguments: StoreKind.available)
    func deliveriesAreDueInOrderAndSummarised(_ kind: StoreKind) throws {
        let state = try TestStore(kind)
        let store = try state.open()
        let alerts = try store.write { tx in try tx.insertAlerts([alert("a"), alert("b")], documentID: try document("d1", in: tx)) }
        try store.write { tx in
            try tx.insertDeliveries([(alertID: alerts[0].id, notifiers: ["hook", "slack"]), (alertID: alerts[1].id, notifiers: ["hook"])], at: Self.t0)
            try tx.insertDeliveries([(alertID: alerts[0].id, notifiers: ["hook"])], at: Self.t0.addingTimeInterval(99)) // already there: ignored
            try tx.insertDeliveries([], at: Self.t0)
        }
        let due = try store.read { try $0.dueDeliveries(at: Self.t0, excluding: [], limit: 10) }
        #expect(due.map(\.notifier) == ["hook", "slack", "hook"] && due.map(\.alert.id) == [alerts[0].id, alerts[0].id, alerts[1].id])
        #expect(due.allSatisfy { $0.attempts == 0 && $0.createdAt == Self.t0 && $0.nextAttempt == Self.t0 })
        #expect(try store.read { try $0.dueDeliveries(at: Self.t0.addingTimeInterval(-1), excluding: [], limit: 10) }.isEmpty)
        #expect(try store.read { try $0.dueDeliveries(at: Self.t0, excluding: [due[0].id], limit: 1) }.map(\.id) == [due[1].id])
        let retryAt = Self.t0.addingTimeInterval(30)
        try store.write { tx in
            try tx.recordDelivery(id: due[0].id, notifier: "hook", .sent(at: Self.t0))
            try tx.recordDelivery(id: due[1].id, notifier: "slack", .retry(at: retryAt, attemptedAt: Self.t0, error: "503"))
            try tx.recordDelivery(id: due[2].id, notifier: "hook", .gaveUp(at: Self.t0.addingTimeInterval(5), error: "410 gone"))
        }
        #expect(try store.read { try $0.dueDeliveries(at: Self.t0, excluding: [], limit: 10) }.isEmpty)
        #expect(try store.read { try $0.dueDeliveries(at: retryAt, excluding: [], limit: 10) }.map(\.attempts) == [1])
        #expect(try store.read { try $0.nextDeliveryDue(excluding: []) } == retryAt)
        #expect(try store.read { try $0.nextDeliveryDue(excluding: [due[1].id]) } == nil)
        let summaries = try store.read { try $0.deliverySummaries() }
        #expect(summaries == [
            DeliverySummary(notifier: "hook", sent: 1, givenUp: 1, lastSuccess: Self.t0, lastError: "410 gone", lastErrorAt: Self.t0.addingTimeInterval(5)),
            DeliverySummary(notifier: "slack", pending: 1, lastError: "503", lastErrorAt: Self.t0),
        ])
    }
}
