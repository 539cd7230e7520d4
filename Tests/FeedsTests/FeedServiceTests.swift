import Documents
import FeedFetching
import Feeds
import FetchingDoubles
import Foundation
import Pipeline
import Store
import Synchronization
import Testing

@Suite struct FeedServiceTests {
    let feedURL = "https://news.example.org/world/rss"

    @Test func newEntriesBecomeDocumentsOnceWithTheEntrysMetadata() throws {
        let body = SampleFeed.rss(items: [
            .init(guid: "a1", title: "Flood toll rises to 45", link: "https://news.example.org/a1", content: SampleFeed.article("45")),
            .init(guid: "a2", title: "Toll reaches 60", link: "https://news.example.org/a2", date: "Wed, 23 Oct 2024 08:00:00 GMT", content: SampleFeed.article("60")),
        ])
        let harness = try FeedHarness { request in
            request.etag == "\"v1\"" ? .notModified : .ok(body, headers: ["ETag": "\"v1\"", "Content-Type": "application/rss+xml"])
        }
        try harness.subscribe(feedURL, name: "Example World")
        harness.start()
        let documents = harness.deliveries.wait(for: 2)
        #expect(documents.map(\.metadata.title) == ["Flood toll rises to 45", "Toll reaches 60"], "oldest first")
        #expect(documents.first?.metadata.url == "https://news.example.org/a1")
        #expect(documents.first?.metadata.source == "Example World")
        #expect(documents.first?.metadata.published == Date(timeIntervalSince1970: 1_729_584_000))
        #expect(documents.allSatisfy { $0.name.hasSuffix(".html") && $0.name.hasPrefix("example-world-") })
        #expect(harness.waitFor { harness.fetcher.requests.count >= 3 }, "fetched again on its interval")
        #expect(harness.fetcher.requests.dropFirst().allSatisfy { $0.etag == "\"v1\"" }, "with the validator of the last 200")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(harness.deliveries.all.count == 2, "a 304 brings nothing new")

        let feed = try #require(try harness.feed(feedURL))
        #expect(feed.etag == "\"v1\"")
        #expect(feed.entriesSeen == 2)
        #expect(feed.entriesPending == 2)
        let reports = try harness.ingest(documents)
        #expect(reports.map(\.claims) == [2, 2], "the entry title and the body each state the figure")
        #expect(reports.last?.alerts.count == 1, "45 → 60 by the health ministry")
        #expect(try harness.feed(feedURL)?.entriesPending == 0)
    }

    @Test func anEntryWithOnlyASummaryIsReadFromItsPage() throws {
        let page = "<html><head><title>Page</title></head><body><article>\(SampleFeed.article("12"))</article></body></html>"
        let harness = try FeedHarness { request in
            switch request.url {
            case "https://news.example.org/world/rss":
                .ok(SampleFeed.rss(items: [.init(guid: "b1", title: "Quake", link: "https://news.example.org/b1"),
                                           .init(guid: "b2", title: "Gone", link: "https://news.example.org/missing")]))
            case "https://news.example.org/b1": .ok(page, headers: ["Content-Type": "text/html; charset=ISO-8859-1"])
            default: ScriptedReply(status: 404)
            }
        }
        try harness.subscribe(feedURL, name: "World")
        harness.start()
        let documents = harness.deliveries.wait(for: 2).sorted { $0.metadata.title! < $1.metadata.title! }
        #expect(documents.count == 2)
        let fromPage = try #require(documents.first { $0.metadata.title == "Quake" })
        #expect(fromPage.bytes == Array(page.utf8))
        #expect(fromPage.declaredCharset == "ISO-8859-1")
        #expect(fromPage.metadata.url == "https://news.example.org/b1")
        let fallback = try #require(documents.first { $0.metadata.title == "Gone" })
        #expect(String(decoding: fallback.bytes, as: UTF8.self).contains("A short summary."), "a page that cannot be fetched leaves the summary")
        #expect(harness.fetcher.requests.map(\.url).contains("https://news.example.org/b1"))
    }

    @Test func withoutArticleFetchingTheEntryItselfIsRead() throws {
        let harness = try FeedHarness { _ in .ok(SampleFeed.rss(items: [.init(guid: "c1", title: "T", link: "https://news.example.org/c1")])) }
        try harness.subscribe(feedURL)
        harness.start(fetchArticles: false)
        #expect(harness.deliveries.wait(for: 1).count == 1)
        #expect(!harness.fetcher.requests.map(\.url).contains("https://news.example.org/c1"))
    }

    @Test func aPermanentRedirectUpdatesTheStoredAddress() throws {
        let harness = try FeedHarness { request in
            var reply = ScriptedReply.ok(SampleFeed.rss(items: []))
            if request.url == "https://news.example.org/world/rss" {
                reply.finalURL = "https://feeds.example.org/world"
                reply.permanentURL = "https://feeds.example.org/world"
            }
            return reply
        }
        try harness.subscribe(feedURL)
        harness.start()
        #expect(harness.waitFor { (try? harness.feed("https://feeds.example.org/world")) != nil })
        #expect(try harness.feed(feedURL) == nil)
        #expect(harness.waitFor { harness.fetcher.requests.contains { $0.url == "https://feeds.example.org/world" } }, "later fetches go to the new address")
    }

    @Test func failuresAreRecordedAndBackedOffWhileOtherFeedsCarryOn() throws {
        let (good, bad, html) = (MixedFeeds.good, MixedFeeds.bad, MixedFeeds.html)
        let harness = try MixedFeeds.harness()
        harness.start()
        #expect(harness.deliveries.wait(for: 1).count == 1)
        #expect(try harness.waitFor { (try harness.feed(bad)?.errorStreak ?? 0) >= 2 })
        let failing = try #require(try harness.feed(bad))
        #expect(failing.lastError == "HTTP 500")
        #expect(failing.lastStatus == 500)
        let notAFeed = try #require(try harness.feed(html))
        #expect(notAFeed.errorStreak >= 1)
        #expect(notAFeed.lastError?.hasPrefix("not a readable feed") == true)
        #expect(try harness.feed(good)?.errorStreak == 0)
    }

    @Test func retryAfterIsHonoured() throws {
        let harness = try FeedHarness { _ in ScriptedReply(status: 429, headers: ["Retry-After": "3600"]) }
        try harness.subscribe(feedURL)
        harness.start()
        #expect(try harness.waitFor { (try harness.feed(feedURL)?.lastStatus) == 429 })
        let feed = try #require(try harness.feed(feedURL))
        #expect(feed.nextDue.timeIntervalSinceNow > 3500)
        Thread.sleep(forTimeInterval: 1)
        #expect(harness.fetcher.requests.count == 1, "not fetched again before the server's time")
    }

    @Test func aRepublishedFeedDoesNotBringOldEntriesBack() throws {
        let items: [SampleFeed.Item] = (1...3).map { .init(guid: "r\($0)", title: "Story \($0)", link: "https://news.example.org/r\($0)", content: SampleFeed.article("\($0)")) }
        let round = Mutex(0)
        let harness = try FeedHarness { _ in
            // Every fetch: a new ETag and the same entries in another order, one new each time.
            let n = round.withLock { $0 += 1; return $0 }
            let extra = SampleFeed.Item(guid: "new\(n)", title: "New \(n)", link: "https://news.example.org/new\(n)", content: SampleFeed.article("9"))
            return .ok(SampleFeed.rss(items: (n % 2 == 0 ? items.reversed() : items) + [extra]), headers: ["ETag": "\"\(n)\""])
        }
        try harness.subscribe(feedURL)
        harness.start()
        #expect(harness.waitFor { harness.fetcher.requests.count >= 3 })
        harness.stop()
        let titles = harness.deliveries.all.compactMap(\.metadata.title)
        #expect(Set(titles).count == titles.count, "no entry delivered twice")
        #expect(titles.filter { $0.hasPrefix("Story") }.count == 3)
    }

    @Test func entriesLeftPendingAreTakenUpAfterARestart() throws {
        let harness = try FeedHarness { request in
            request.etag == "\"v1\"" ? .notModified
                : .ok(SampleFeed.rss(items: [.init(guid: "p1", title: "Pending", link: "https://news.example.org/p1", content: SampleFeed.article("7"))]),
                      headers: ["ETag": "\"v1\""])
        }
        try harness.subscribe(feedURL)
        harness.start()
        harness.deliveries.wait(for: 1)
        // The process dies before the worker records the document: the entry stays pending.
        harness.stop()
        #expect(try harness.feed(feedURL)?.entriesPending == 1)
        let before = harness.deliveries.all.count
        harness.start()
        let after = harness.deliveries.wait(for: before + 1)
        #expect(after.last?.metadata.title == "Pending", "delivered again from the database, though the feed now answers 304")
        _ = try harness.ingest([try #require(after.last)])
        #expect(try harness.feed(feedURL)?.entriesPending == 0)
    }
}

@Suite struct FeedServiceBoundsTests {
    @Test func onlyAWindowOfEntriesLeavesTheDatabaseAtOnce() throws {
        let items: [SampleFeed.Item] = (1...5).map {
            .init(guid: "w\($0)", title: "Story \($0)", link: "https://news.example.org/w\($0)", date: "Tue, 22 Oct 2024 0\($0):00:00 GMT",
                  content: SampleFeed.article("\($0)"))
        }
        let harness = try FeedHarness { _ in .ok(SampleFeed.rss(items: items), headers: ["ETag": "\"1\""]) }
        try harness.subscribe("https://news.example.org/rss")
        harness.start(entryWindow: 2)
        #expect(harness.deliveries.wait(for: 2).count == 2)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(harness.deliveries.all.map(\.metadata.title) == ["Story 1", "Story 2"], "the other three wait in the database")
        #expect(try harness.feed("https://news.example.org/rss")?.entriesPending == 5)
        harness.service?.entryFinished(harness.deliveries.all[0].entry)
        #expect(harness.deliveries.wait(for: 3).map(\.metadata.title) == ["Story 1", "Story 2", "Story 3"], "one finished, one more taken, in order")
        Thread.sleep(forTimeInterval: 0.2)
        #expect(harness.deliveries.all.count == 3)
        for document in harness.deliveries.all { harness.service?.entryFinished(document.entry) }
        #expect(harness.deliveries.wait(for: 5).map(\.metadata.title) == (1...5).map { "Story \($0)" })
    }

    @Test func aFeedsEntriesReachThePipelineInPublicationOrderWhateverOrderTheirPagesArriveIn() throws {
        let page: @Sendable (String) -> String = { "<html><body><article>\(SampleFeed.article($0))</article></body></html>" }
        var holding: HoldingFetcher?
        let harness = try FeedHarness(script: { request in
            switch request.url {
            case "https://news.example.org/rss":
                .ok(SampleFeed.rss(items: [.init(guid: "late", title: "Later", link: "https://news.example.org/later", date: "Wed, 23 Oct 2024 08:00:00 GMT"),
                                           .init(guid: "early", title: "Earlier", link: "https://news.example.org/earlier", date: "Tue, 22 Oct 2024 08:00:00 GMT")]))
            case "https://news.example.org/earlier": .ok(page("45"))
            default: .ok(page("60"))
            }
        }, wrap: { inner in
            let wrapper = HoldingFetcher(inner)
            holding = wrapper
            return wrapper
        })
        let fetcher = try #require(holding)
        try harness.subscribe("https://news.example.org/rss", interval: 3600)
        harness.start()
        #expect(harness.waitFor { fetcher.heldURLs.contains("https://news.example.org/rss") })
        fetcher.release("https://news.example.org/rss")
        #expect(harness.waitFor { Set(fetcher.heldURLs).isSuperset(of: ["https://news.example.org/earlier", "https://news.example.org/later"]) })
        fetcher.release("https://news.example.org/later")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(harness.deliveries.all.isEmpty, "the later entry waits for the earlier one")
        fetcher.release("https://news.example.org/earlier")
        #expect(harness.deliveries.wait(for: 2).map(\.metadata.title) == ["Earlier", "Later"])
    }

    @Test func feedFetchesOutAtOnceStayWithinTheLimit() throws {
        var holding: HoldingFetcher?
        let harness = try FeedHarness(script: { _ in .notModified }, wrap: { inner in
            let wrapper = HoldingFetcher(inner)
            holding = wrapper
            return wrapper
        })
        let fetcher = try #require(holding)
        for number in 0..<10 { try harness.subscribe("https://f\(number).example.org/rss", interval: 0.1) }
        // Every feed due at once.
        #expect(try harness.store.write { try $0.requestRefresh(.all) } == 10)
        harness.start(maxFeedFetches: 3)
        #expect(harness.waitFor { fetcher.outstanding == 3 })
        Thread.sleep(forTimeInterval: 0.2)
        #expect(harness.fetcher.requests.count == 3, "seven due feeds wait for a free slot")
        for _ in 0..<6 {
            fetcher.release()
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(harness.waitFor { Set(harness.fetcher.requests.map(\.url)).count == 10 }, "every feed had its turn")
        #expect(fetcher.mostOutstanding <= 3)
    }
}

@Suite struct FeedServiceLifetimeTests {
    /// A reload that changes the feed settings replaces the service: the old one, with its
    /// database connections and HTTP client, must not stay behind.
    @Test func aStoppedServiceIsFreed() throws {
        let harness = try FeedHarness { _ in .notModified }
        try harness.subscribe("https://news.example.org/rss")
        harness.start()
        #expect(harness.waitFor { !harness.fetcher.requests.isEmpty })
        weak var service = harness.service
        harness.stop()
        #expect(harness.waitFor { service == nil })
    }
}

@Suite struct FeedSubscriptionTests {
    @Test func theConfigurationIsSyncedAndItsFeedsCannotBeRemovedFromTheCommandLine() throws {
        let harness = try FeedHarness { _ in .notModified }
        let first = try FeedSubscriptions.sync([.init(url: "https://a.example/rss", name: "A", tags: ["x"]), .init(url: "https://b.example/rss")],
                                               store: harness.store, now: Date())
        #expect(first.subscribed == ["https://a.example/rss", "https://b.example/rss"])
        let second = try FeedSubscriptions.sync([.init(url: "https://b.example/rss")], store: harness.store, now: Date())
        #expect(second == FeedSubscriptions.Change(subscribed: [], unsubscribed: ["https://a.example/rss"]))
        #expect(try harness.feed("https://a.example/rss")?.subscribed == false)
        #expect(try FeedSubscriptions.remove(url: "https://b.example/rss", store: harness.store) == .inConfiguration)
        try harness.subscribe("https://c.example/rss")
        #expect(try FeedSubscriptions.remove(url: "https://c.example/rss", store: harness.store) == .removed)
        #expect(try FeedSubscriptions.remove(url: "https://c.example/rss", store: harness.store) == .notSubscribed)
        #expect(try harness.store.read { try $0.feeds() }.map(\.url) == ["https://b.example/rss"])
    }
}
