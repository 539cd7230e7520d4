import Benchmark
import Foundation
import Stories

/// Story assignment after 1,000 and after 1,000,000 articles seen: the time per article must not
/// grow with the archive (the index holds at most `StoryIndex.defaultCapacity` stories).
///
///     cd Benchmarks && swift package benchmark --target StoryIndexBenchmark
///
/// The stream (SyntheticNews) is fed in setup, not measured. A look-up (`assign`) changes nothing,
/// so the look-up benchmarks measure the index at exactly the size named; "assign and record" goes
/// on with the stream at a million, where the index is full and stays so.
let storiesHeld = BenchmarkMetric.custom("Stories held", polarity: .prefersSmaller, useScalingFactor: false)
let indexMemory = BenchmarkMetric.custom("Index memory (MB)", polarity: .prefersSmaller, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    let assignConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal, storiesHeld, indexMemory],
        warmupIterations: 1, scalingFactor: .kilo, maxDuration: .seconds(10), maxIterations: 50)

    // Look-ups leave the index as it is: each iteration assigns the same next 1,000 articles.
    for seen in [1_000, 100_000, 1_000_000] {
        Benchmark("assign (look-up only), \(seen) articles seen", configuration: assignConfiguration) { (benchmark: Benchmark, state: (StoryFeed, [StoryArticle])) in
            let (feed, articles) = state
            for article in articles.prefix(benchmark.scaledIterations.count) { blackHole(feed.index.assign(article)) }
            benchmark.measurement(storiesHeld, feed.index.count)
            benchmark.measurement(indexMemory, feed.index.memoryBytes / 1_000_000)
        } setup: {
            let feed = StoryFeed()
            feed.feed(seen)
            return (feed, (0..<1_000).map { _ in feed.news.next() })
        }
    }

    // The whole per-article work at the size the daemon runs at: the stream goes on, the index stays full.
    Benchmark("assign and record, 1000000 articles seen", configuration: assignConfiguration) { (benchmark: Benchmark, feed: StoryFeed) in
        let articles = (0..<benchmark.scaledIterations.count).map { _ in feed.news.next() }
        benchmark.startMeasurement()
        for article in articles { feed.feed(article) }
        benchmark.stopMeasurement()
        benchmark.measurement(storiesHeld, feed.index.count)
        benchmark.measurement(indexMemory, feed.index.memoryBytes / 1_000_000)
    } setup: {
        let feed = StoryFeed()
        feed.feed(1_000_000)
        return feed
    }

    Benchmark("build: 1M articles fed", configuration: Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResidentDelta, storiesHeld, indexMemory],
        warmupIterations: 0, maxDuration: .seconds(300), maxIterations: 1)) { benchmark in
        let feed = StoryFeed()
        feed.feed(1_000_000)
        benchmark.measurement(storiesHeld, feed.index.count)
        benchmark.measurement(indexMemory, feed.index.memoryBytes / 1_000_000)
        blackHole(feed)
    }

    Benchmark("rebuild: restore \(StoryIndex.defaultCapacity) stored stories", configuration: Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResidentDelta, indexMemory], warmupIterations: 0, maxDuration: .seconds(60), maxIterations: 3)) { (benchmark: Benchmark, stored: [Story]) in
        benchmark.startMeasurement()
        let index = StoryIndex(restoring: stored)
        benchmark.stopMeasurement()
        benchmark.measurement(indexMemory, index.memoryBytes / 1_000_000)
        blackHole(index)
    } setup: {
        let feed = StoryFeed()
        feed.feed(300_000)
        return feed.index.stories
    }

    let article = realisticArticle()
    Benchmark("read the terms of an 800-word article", configuration: Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal], warmupIterations: 1, scalingFactor: .kilo,
        maxDuration: .seconds(10), maxIterations: 50)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(ArticleTerms(title: article.title, body: article.body))
        }
    }
}

/// An 800-word report: sentences of news words with names in them.
func realisticArticle() -> (title: String, body: String) {
    var generator = SplitMix64(seed: 11)
    let words = """
        the of and to in a is that for on said with was as by at from his it an were are which this be \
        has have had not but after its new been also who their more first two one people they year \
        government officials ministry health cases outbreak reported deaths district vaccine teams \
        percent households hospital patients water supply province region army troops border election \
        votes turnout counted results party candidate market shares index prices oil rose fell week
        """.split(separator: " ")
    let names = ["Morocco", "Marrakesh", "Al Haouz", "Rabat", "King Mohammed", "Red Crescent", "Taroudant", "Interior Ministry"]
    var sentences: [String] = []
    var count = 0
    while count < 800 {
        let length = 12 + Int(generator.next() % 14)
        var sentence = (0..<length).map { _ in String(words[Int(generator.next() % UInt64(words.count))]) }
        sentence[Int(generator.next() % UInt64(length))] = names[Int(generator.next() % UInt64(names.count))]
        sentence[0] = sentence[0].prefix(1).uppercased() + sentence[0].dropFirst()
        sentences.append(sentence.joined(separator: " ") + ".")
        count += length
    }
    return ("Update: Morocco earthquake kills 820 in Al Haouz", sentences.joined(separator: " "))
}
