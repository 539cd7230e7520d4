import AlertLog
import Alerts
import Benchmark
import Foundation
import Pipeline
import Store

/// Documents per second through the whole path (decode, extract, fingerprint and duplicate check,
/// claims, one SQLite transaction with synchronous=FULL, alert log) over the web pages of the
/// readability corpus.
///
///     cd Benchmarks && swift package benchmark --target PipelineBenchmark
struct Page {
    var name: String
    var bytes: [UInt8]
}

let corpus = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora/readability")

func loadPages() -> [Page] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()) ?? []
    return names.compactMap { name in
        (try? Data(contentsOf: corpus.appendingPathComponent(name).appendingPathComponent("source.html")))
            .map { Page(name: name + ".html", bytes: [UInt8]($0)) }
    }
}

/// A fresh installation in a temporary folder.
func makePipeline() -> (Pipeline, String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tally-bench-\(UUID().uuidString)").path
    let pipeline = Pipeline(store: try! TallyStore(path: root + "/tally.sqlite"), alertLog: try! AlertLogWriter(path: root + "/alerts.jsonl"))
    return (pipeline, root)
}

/// The page with a trailing comment: other bytes, the same article (a near-duplicate).
func variant(_ page: Page, _ round: Int) -> Page {
    Page(name: "\(round)-" + page.name, bytes: page.bytes + Array("<!-- copy \(round) -->".utf8))
}

let documentsPerSecond = BenchmarkMetric.custom("documents/s", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    let pages = loadPages()
    precondition(!pages.isEmpty, "no pages found under \(corpus.path)")
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident, documentsPerSecond], warmupIterations: 1, maxDuration: .seconds(60), maxIterations: 10)

    Benchmark("Pipeline: \(pages.count) new pages", configuration: configuration) { benchmark in
        let (pipeline, root) = makePipeline()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let start = ContinuousClock.now
        benchmark.startMeasurement()
        for page in pages {
            blackHole(try! pipeline.ingest(page.bytes, name: page.name, origin: .cli))
        }
        benchmark.stopMeasurement()
        benchmark.measurement(documentsPerSecond, Int(Double(pages.count) / (ContinuousClock.now - start).seconds))
    }

    Benchmark("Pipeline: \(pages.count) near-duplicate copies", configuration: configuration) { benchmark in
        let (pipeline, root) = makePipeline()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for page in pages { _ = try! pipeline.ingest(page.bytes, name: page.name, origin: .cli) }
        let copies = pages.map { variant($0, 1) }
        let start = ContinuousClock.now
        benchmark.startMeasurement()
        for page in copies {
            blackHole(try! pipeline.ingest(page.bytes, name: page.name, origin: .cli))
        }
        benchmark.stopMeasurement()
        benchmark.measurement(documentsPerSecond, Int(Double(copies.count) / (ContinuousClock.now - start).seconds))
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
