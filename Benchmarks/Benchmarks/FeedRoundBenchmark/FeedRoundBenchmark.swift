import Benchmark
import CurlFetching
import FeedFetching
import Foundation
import Store

/// One round of 10,000 feeds through the real CurlFetcher against a LoopbackServer in another
/// process (FeedSiteServer), so the peak memory measured is the fetching side's alone; the
/// "Service" rounds go through Tally's FeedService (schedule, fetch, parse, record in SQLite),
/// the others through the bare fetcher. Round 1: no validators, every feed answers 200 with ~4 KB of RSS.
/// Round 2: each request carries the ETag and Last-Modified of round 1; one feed in 20 has a
/// new edition (200), the rest answer 304. Each feed has a host of its own
/// ("f123.localhost", which libcurl resolves to loopback without a resolver thread), so the
/// per-host limit does not serialise them, as on the web where feeds live on many sites.
///
///     cd Benchmarks && swift build -c release --product FeedSiteServer
///     swift package benchmark --target FeedRoundBenchmark
let feedCount = 10_000
let feedsPerSecond = BenchmarkMetric.custom("feeds/s", polarity: .prefersLarger, useScalingFactor: false)

/// Fails loudly instead of measuring a round that did not do the work.
func check(_ outcome: FeedRound.Outcome, expecting statuses: [Int: Int]) {
    precondition(outcome.failures.isEmpty, "\(outcome.failures.count) failures, first: \(outcome.failures.first ?? "")")
    precondition(outcome.statuses == statuses, "statuses \(outcome.statuses), expected \(statuses)")
}

let benchmarks: @Sendable () -> Void = {
    let site = try! FeedSiteProcess()
    let round = FeedRound(port: site.port, feedCount: feedCount)
    let changed = feedCount / site.changingEvery
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, feedsPerSecond], warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 5)

    Benchmark("Service round 1: \(feedCount) feeds, all 200 (fetch, parse, record)", configuration: configuration) { benchmark in
        let service = ServiceRound(port: site.port, feedCount: feedCount)
        defer { service.remove() }
        let store = service.subscribeAll()
        let start = ContinuousClock.now
        benchmark.startMeasurement()
        service.run(store, since: Date())
        benchmark.stopMeasurement()
        benchmark.measurement(feedsPerSecond, Int(Double(feedCount) / (ContinuousClock.now - start).seconds))
        precondition(service.statuses(store) == [200: feedCount], "statuses \(service.statuses(store))")
    }

    Benchmark("Service round 2: \(feedCount) feeds, \(feedCount - changed) answer 304 (fetch, parse, record)", configuration: configuration) { benchmark in
        let service = ServiceRound(port: site.port, feedCount: feedCount)
        defer { service.remove() }
        let store = service.subscribeAll()
        service.run(store, since: Date())
        site.publishNewEdition()
        let start = ContinuousClock.now
        benchmark.startMeasurement()
        service.run(store, since: Date())
        benchmark.stopMeasurement()
        benchmark.measurement(feedsPerSecond, Int(Double(feedCount) / (ContinuousClock.now - start).seconds))
        precondition(service.statuses(store) == [200: changed, 304: feedCount - changed], "statuses \(service.statuses(store))")
    }

    // Each database is made inside its benchmark: one made here would be held by every benchmark's process and count in its peak memory.
    let lookConfiguration = Benchmark.Configuration(metrics: [.wallClock], warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)

    Benchmark("Subscriptions, the daemon's look: \(feedCount) feeds, 101,000 entries, nothing changed", configuration: lookConfiguration) { benchmark in
        let look = try! SubscriptionLook(feeds: feedCount, entries: 101_000)
        defer { look.remove() }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try! look.store.read { try $0.feedChanges(after: look.revision) }) }
        benchmark.stopMeasurement()
    }

    Benchmark("Subscriptions, the daemon's look: \(feedCount) feeds, 101,000 entries, one feed added", configuration: lookConfiguration) { benchmark in
        let look = try! SubscriptionLook(feeds: feedCount, entries: 101_000)
        defer { look.remove() }
        let added = try! look.store.write { try $0.subscribe(FeedSubscription(url: "https://added.example/rss"), origin: .added, firstDue: Date(), now: Date()) }
        benchmark.startMeasurement()
        blackHole(try! look.store.read { try $0.feedChanges(after: look.revision) })
        benchmark.stopMeasurement()
        precondition(try! look.store.read { try $0.feedChanges(after: look.revision) }.feeds.map(\.id) == [added])
    }

    Benchmark("Subscriptions, read whole with entry counts (tally feeds list): \(feedCount) feeds, 101,000 entries", configuration: lookConfiguration) { benchmark in
        let look = try! SubscriptionLook(feeds: feedCount, entries: 101_000)
        defer { look.remove() }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { blackHole(try! look.store.read { try $0.feeds() }) }
        benchmark.stopMeasurement()
    }

    for touch in [false, true] {
        let what = touch ? "fetch + body touch" : "fetch only"

        Benchmark("Round 1: \(feedCount) feeds, all 200 (\(what))", configuration: configuration) { benchmark in
            let fetcher = CurlFetcher()
            defer { fetcher.shutdown() }
            let requests = round.requests(validators: nil)
            let start = ContinuousClock.now
            benchmark.startMeasurement()
            let outcome = round.run(fetcher, requests, touch: touch)
            benchmark.stopMeasurement()
            benchmark.measurement(feedsPerSecond, Int(Double(feedCount) / (ContinuousClock.now - start).seconds))
            check(outcome, expecting: [200: feedCount])
            blackHole(outcome.touched)
        }

        Benchmark("Round 2: \(feedCount) feeds, \(feedCount - changed) answer 304 (\(what))", configuration: configuration) { benchmark in
            let fetcher = CurlFetcher()
            defer { fetcher.shutdown() }
            let first = round.run(fetcher, round.requests(validators: nil), touch: false)
            site.publishNewEdition()
            let requests = round.requests(validators: first.validators)
            let start = ContinuousClock.now
            benchmark.startMeasurement()
            let outcome = round.run(fetcher, requests, touch: touch)
            benchmark.stopMeasurement()
            benchmark.measurement(feedsPerSecond, Int(Double(feedCount) / (ContinuousClock.now - start).seconds))
            check(outcome, expecting: [200: changed, 304: feedCount - changed])
            blackHole(outcome.touched)
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
