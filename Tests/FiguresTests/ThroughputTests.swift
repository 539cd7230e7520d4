import Figures
import Foundation
import Model
import Testing

/// Prints extraction throughput over the five seeds (no timing assertion: the number is a report).
/// For the release figure: `swift test -c release --filter FiguresTests.ThroughputTests`.
@Suite struct ThroughputTests {
    @Test func seedThroughput() throws {
        let seeds = try TestData.seeds().values.sorted()
        let bytes = seeds.reduce(0) { $0 + $1.utf8.count }
        let extractor = ClaimExtractor()
        for text in seeds { _ = extractor.claims(title: nil, body: text) }
        let rounds = 50
        var found = 0
        let start = Date()
        for _ in 0..<rounds {
            for text in seeds { found += extractor.claims(title: nil, body: text).filter { !$0.vague }.count }
        }
        let seconds = Date().timeIntervalSince(start)
        let perArticle = seconds / Double(rounds * seeds.count) * 1000
        let perFiveKB = seconds / Double(rounds * bytes) * 5_000 * 1000
        print(String(format: "figures throughput: %.3f ms per seed article, %.3f ms per 5 KB, %.2f MB/s (%d claims)",
                     perArticle, perFiveKB, Double(rounds * bytes) / seconds / 1e6, found / rounds))
        #expect(found == rounds * 17)
    }
}
