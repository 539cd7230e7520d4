import FeedParsing
import Foundation
import Testing

/// Every corpus file as raw input (no simulated HTTP), then cut short and with bytes flipped:
/// each must give a feed or a FeedError. A crash or a hang would end the run.
@Suite struct CorpusRobustnessTests {
    private func files() throws -> [[UInt8]] {
        try ConformanceCase.all(in: TestData.feedCorpus).map(\.bytes) + ["outbreak-rss20.xml", "markets-atom10.xml", "disasters-rss10.rdf",
            "elections-jsonfeed11.json", "news-iso-8859-2.xml", "mislabelled-windows-1252.xml", "greek-utf16le.xml"].map(TestData.bytes)
    }

    /// Parses or throws FeedError: the only two outcomes `parse` has; returns which.
    private func outcome(_ bytes: [UInt8]) -> Bool {
        (try? FeedParser.parse(bytes)) != nil
    }

    @Test func everyFileRaw() throws {
        let all = try files()
        let parsed = all.filter(outcome).count
        print("corpus as raw input: \(all.count) files, \(parsed) parsed, \(all.count - parsed) refused with a FeedError")
        #expect(all.count >= 700)
    }

    @Test func truncatedAndCorrupted() throws {
        var seed: UInt64 = 0x5EED
        func next() -> UInt64 {
            // SplitMix64: the same mutations on every run.
            seed &+= 0x9E37_79B9_7F4A_7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var runs = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for bytes in try files() where bytes.count > 8 {
            for cut in [bytes.count / 3, bytes.count / 2, bytes.count - 3] {
                _ = outcome(Array(bytes[..<cut]))
                runs += 1
            }
            var flipped = bytes
            for _ in 0..<8 {
                let index = Int(next() % UInt64(flipped.count))
                flipped[index] = UInt8(truncatingIfNeeded: next())
            }
            _ = outcome(flipped)
            runs += 1
        }
        print(String(format: "corpus mutations: %d parses in %.0f ms", runs, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6))
        #expect(runs > 2000)
    }
}
