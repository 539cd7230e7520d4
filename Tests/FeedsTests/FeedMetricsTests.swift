import FeedFetching
import FeedScheduling
@testable import Feeds
import FetchingDoubles
import Foundation
import MetricsTestKit
import TestSupport
import Testing

@Suite struct FeedMetricsTests {
    static func fetches(_ metrics: TestMetrics, _ result: String, _ status: String) -> Int64 {
        metrics.counterTotal(label: "tally_feed_fetches_total", dimensions: [("result", result), ("status", status)])
    }

    @Test func fetchesAreCountedByResultAndStatusAndFailingFeedsGauged() throws {
        let harness = try MixedFeeds.harness()
        harness.start()
        let metrics = harness.metrics
        #expect(waitUntil { Self.fetches(metrics, "failed", "500") >= 2 })
        #expect(Self.fetches(metrics, "fresh", "200") >= 1)
        #expect(Self.fetches(metrics, "failed", "200") >= 1, "a 200 that is not a feed is a failed fetch")
        #expect(try metrics.expectGauge("tally_feeds_failing").lastValue == 2)
        let requests = { Int64(harness.fetcher.requests.filter { [MixedFeeds.good, MixedFeeds.bad, MixedFeeds.html].contains($0.url) }.count) }
        #expect(waitUntil { metrics.counterTotal(label: "tally_feed_fetches_total") == requests() }, "every feed response counted once")
    }

    @Test func aFewStatusesAreLabelsOfTheirOwnAndAnyOtherItsClass() {
        let metrics = TestMetrics()
        let feeds = FeedMetrics(factory: metrics)
        let fetches: [(FetchResult, Int)] = [
            (.fresh, 200), (.fresh, 200), (.notModified, 304), (.throttled(retryAfter: 60), 429),
            (.failed(reason: "connection refused", retryAfter: nil), 0), (.failed(reason: "HTTP 418", retryAfter: nil), 418),
            (.failed(reason: "HTTP 451", retryAfter: nil), 451), (.failed(reason: "HTTP 599", retryAfter: nil), 599),
            (.failed(reason: "HTTP 999", retryAfter: nil), 999), (.failed(reason: "not a readable feed", retryAfter: nil), 200),
        ]
        for (result, status) in fetches { feeds.recordFetch(result, status: status) }
        let counted = Dictionary(uniqueKeysWithValues: metrics.counters(label: "tally_feed_fetches_total").map { counter in
            (counter.dimensions.map { "\($0.0)=\($0.1)" }.joined(separator: ","), counter.totalValue)
        })
        #expect(counted == [
            "result=fresh,status=200": 2, "result=not_modified,status=304": 1, "result=throttled,status=429": 1,
            "result=failed,status=none": 1, "result=failed,status=4xx": 2, "result=failed,status=5xx": 1,
            "result=failed,status=other": 1, "result=failed,status=200": 1,
        ])
    }

    @Test func theFailingGaugeStartsAtZeroAndHoldsTheLastCount() throws {
        let metrics = TestMetrics()
        let feeds = FeedMetrics(factory: metrics)
        #expect(try metrics.expectGauge("tally_feeds_failing").lastValue == 0)
        feeds.setFeedsFailing(3)
        feeds.setFeedsFailing(2)
        #expect(try metrics.expectGauge("tally_feeds_failing").lastValue == 2)
    }
}
