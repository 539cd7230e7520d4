import FeedFetching
import Foundation
import TestSupport
import Testing

@Suite struct FeedMetricsTests {
    @Test func fetchesAreCountedByResultAndStatusAndFailingFeedsGauged() throws {
        let harness = try MixedFeeds.harness()
        harness.start()
        let samples = { PrometheusText.samples(String(decoding: harness.metrics.render(pendingDocuments: 0), as: UTF8.self)) }
        #expect(waitUntil { (samples()["tally_feed_fetches_total{result=\"failed\",status=\"500\"}"] ?? 0) >= 2 })
        let now = samples()
        #expect((now["tally_feed_fetches_total{result=\"fresh\",status=\"200\"}"] ?? 0) >= 1)
        #expect((now["tally_feed_fetches_total{result=\"failed\",status=\"200\"}"] ?? 0) >= 1, "a 200 that is not a feed is a failed fetch")
        #expect(now["tally_feeds_failing"] == 2)
        let fetches = { samples().filter { $0.key.hasPrefix("tally_feed_fetches_total") }.values.reduce(0, +) }
        let requests = { Double(harness.fetcher.requests.filter { [MixedFeeds.good, MixedFeeds.bad, MixedFeeds.html].contains($0.url) }.count) }
        #expect(waitUntil { fetches() == requests() }, "every feed response counted once")
    }
}
