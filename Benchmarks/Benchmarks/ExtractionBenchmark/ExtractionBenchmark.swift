import Benchmark
import Documents
import Extraction
import Foundation

/// Pages per second through the extractor alone, single-threaded, pages already in memory:
/// decoding (encoding detection included) and article extraction (parse, content selection,
/// metadata), over the web pages of the readability corpus. `tally extract --batch` adds reading
/// and writing files; `Benchmarks/trafilatura_in_memory.py` times the peer the same way.
///
///     cd Benchmarks && swift package benchmark --target ExtractionBenchmark
let corpus = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora/readability")

let pagesPerSecond = BenchmarkMetric.custom("pages/s", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()) ?? []
    let pages = names.compactMap { try? [UInt8](Data(contentsOf: corpus.appendingPathComponent($0).appendingPathComponent("source.html"))) }
    precondition(pages.count >= 100, "the readability corpus is missing at \(corpus.path)")
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal, pagesPerSecond], warmupIterations: 2, maxDuration: .seconds(30), maxIterations: 20)

    Benchmark("Extract \(pages.count) readability pages (decode + extract)", configuration: configuration) { benchmark in
        var bodyCharacters = 0
        let start = ContinuousClock.now
        benchmark.startMeasurement()
        for page in pages {
            guard let article = try? ArticleExtractor.extract(try DocumentDecoder.decode(page, fileName: "page.html")) else { continue }
            bodyCharacters += article.body.utf8.count
        }
        benchmark.stopMeasurement()
        let elapsed = ContinuousClock.now - start
        benchmark.measurement(pagesPerSecond, Int(Double(pages.count) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)))
        blackHole(bodyCharacters)
    }
}
