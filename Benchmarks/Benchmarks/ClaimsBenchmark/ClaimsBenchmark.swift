import Benchmark
import Documents
import Extraction
import Figures
import Foundation

/// Claims per second: the claim extractor alone (numbers, exclusions, what each counts, scopes,
/// keys) over the article texts of the readability corpus and of the story clusters, extracted
/// once before timing. Single-threaded, articles in memory.
///
///     cd Benchmarks && swift package benchmark --target ClaimsBenchmark
let shared = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpora")

struct Text {
    var title: String?
    var body: String
}

func readabilityArticles() -> [Text] {
    let folder = shared.appendingPathComponent("readability")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
    return names.compactMap { name in
        guard let page = try? [UInt8](Data(contentsOf: folder.appendingPathComponent(name).appendingPathComponent("source.html"))),
              let article = try? ArticleExtractor.extract(try DocumentDecoder.decode(page, fileName: "page.html")) else { return nil }
        return Text(title: article.title, body: article.body)
    }
}

func storyArticles() -> [Text] {
    let folder = shared.appendingPathComponent("stories")
    let clusters = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
    return clusters.flatMap { cluster -> [Text] in
        let articles = folder.appendingPathComponent(cluster).appendingPathComponent("articles")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()) ?? []
        return names.compactMap { name in
            guard let data = try? Data(contentsOf: articles.appendingPathComponent(name)),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let text = object["text"] as? String else { return nil }
            return Text(title: object["title"] as? String, body: text)
        }
    }
}

let claimsPerSecond = BenchmarkMetric.custom("claims/s", polarity: .prefersLarger, useScalingFactor: false)
let articlesPerSecond = BenchmarkMetric.custom("articles/s", polarity: .prefersLarger, useScalingFactor: false)

let benchmarks: @Sendable () -> Void = {
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .peakMemoryResident, claimsPerSecond, articlesPerSecond], warmupIterations: 2,
        maxDuration: .seconds(30), maxIterations: 20)
    for (name, texts) in [("readability pages", readabilityArticles()), ("story articles", storyArticles())] {
        precondition(!texts.isEmpty, "no \(name) under \(shared.path)")
        Benchmark("Claims of \(texts.count) \(name)", configuration: configuration) { benchmark in
            let extractor = ClaimExtractor()
            var claims = 0
            let start = ContinuousClock.now
            benchmark.startMeasurement()
            for text in texts {
                claims += extractor.claims(title: text.title, body: text.body).count
            }
            benchmark.stopMeasurement()
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            benchmark.measurement(claimsPerSecond, Int(Double(claims) / seconds))
            benchmark.measurement(articlesPerSecond, Int(Double(texts.count) / seconds))
        }
    }
}
