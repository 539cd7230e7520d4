import Benchmark
import Duplicates

/// The near-duplicate index at the size the daemon must hold: a million synthetic articles.
///
///     cd Benchmarks && swift package benchmark --target DuplicateIndexBenchmark
///
/// Fingerprints are made in setup (not measured). "Index memory" is the index's own account of the
/// bytes its arrays hold; peak resident memory (delta) also shows the transient merge buffers.
let articleCount = 1_000_000
let queryCount = 1000

func makeFingerprints(count: Int, from first: Int = 0) -> [Fingerprint] {
    (first..<(first + count)).map { Fingerprint(shingleHashes: SyntheticArticles.shingleHashes(UInt64($0))) }
}

func makeIndex(_ fingerprints: [Fingerprint]) -> DuplicateIndex {
    let index = DuplicateIndex()
    for (id, fingerprint) in fingerprints.enumerated() {
        index.insert(fingerprint, id: Int64(id))
    }
    return index
}

/// Stored fingerprints as the daemon reads them back: one blob, cut at the offsets.
struct StoredFingerprints {
    var blob: [UInt8] = []
    var ends: [Int] = []

    init(_ fingerprints: [Fingerprint]) {
        for fingerprint in fingerprints {
            blob.append(contentsOf: fingerprint.bytes)
            ends.append(blob.count)
        }
    }
}

/// An index of all articles and queries made from a spread of them.
func makeQueryState(_ makeQuery: ([UInt32], UInt64) -> [UInt32]) -> (DuplicateIndex, [Fingerprint]) {
    let index = makeIndex(makeFingerprints(count: articleCount))
    let queries = (0..<queryCount).map { number in
        let article = UInt64(number * (articleCount / queryCount))
        return Fingerprint(shingleHashes: makeQuery(SyntheticArticles.shingleHashes(article), article))
    }
    return (index, queries)
}

let indexMemory = BenchmarkMetric.custom("Index memory (MB)", polarity: .prefersSmaller, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    let buildConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResidentDelta, .mallocCountTotal, indexMemory],
        warmupIterations: 0, maxDuration: .seconds(120), maxIterations: 3)
    let queryConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .throughput, .mallocCountTotal],
        warmupIterations: 1, scalingFactor: .kilo, maxDuration: .seconds(10), maxIterations: 50)

    Benchmark("Build: 1M inserts", configuration: buildConfiguration) { benchmark, fingerprints in
        benchmark.startMeasurement()
        let index = makeIndex(fingerprints)
        benchmark.stopMeasurement()
        benchmark.measurement(indexMemory, index.memoryBytes / 1_000_000)
        blackHole(index)
    } setup: {
        makeFingerprints(count: articleCount)
    }

    Benchmark("Rebuild: decode and insert 1M stored fingerprints", configuration: buildConfiguration) { benchmark, stored in
        benchmark.startMeasurement()
        let index = DuplicateIndex()
        var start = 0
        for (id, end) in stored.ends.enumerated() {
            if let fingerprint = Fingerprint(bytes: Array(stored.blob[start..<end])) {
                index.insert(fingerprint, id: Int64(id))
            }
            start = end
        }
        benchmark.stopMeasurement()
        benchmark.measurement(indexMemory, index.memoryBytes / 1_000_000)
        blackHole(index)
    } setup: {
        StoredFingerprints(makeFingerprints(count: articleCount))
    }

    let queryKinds: [(String, ([UInt32], UInt64) -> [UInt32])] = [
        ("non-duplicate", { _, article in SyntheticArticles.shingleHashes(article + UInt64(articleCount)) }),
        ("exact copy", { hashes, _ in hashes }),
        ("5% of words replaced", { hashes, article in SyntheticArticles.edited(hashes, fraction: 0.05, seed: article) }),
        ("first half", { hashes, _ in Array(hashes.prefix(hashes.count / 2)) }),
    ]
    for (name, makeQuery) in queryKinds {
        Benchmark("bestMatch in 1M: \(name)", configuration: queryConfiguration) { benchmark, state in
            let (index, queries) = state
            for query in queries {
                blackHole(index.bestMatch(for: query))
            }
        } setup: {
            makeQueryState(makeQuery)
        }
    }

    var generator = SplitMix64(seed: 2024)
    let vocabulary = """
        the of and to in a is that for on said with was as by at from his it an were are which this be \
        has have had not but after its new been also who their more first two one people they year \
        government officials ministry health cases outbreak reported deaths district vaccine teams \
        percent households hospital patients water supply province region army troops border election \
        votes turnout counted results party candidate market shares index prices oil rose fell week
        """.split(separator: " ")
    let article = (0..<800).map { _ in String(vocabulary[Int(generator.next() % UInt64(vocabulary.count))]) }
        .joined(separator: " ")
    Benchmark("Fingerprint(text:) of an 800-word article", configuration: queryConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Fingerprint(text: article))
        }
    }

    let stored = Fingerprint(shingleHashes: SyntheticArticles.shingleHashes(1)).bytes
    Benchmark("Fingerprint(bytes:) of a stored fingerprint", configuration: queryConfiguration) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(Fingerprint(bytes: stored))
        }
    }
}
