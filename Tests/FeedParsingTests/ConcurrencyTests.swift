import FeedParsing
import Foundation
import Testing

/// The feed service parses several feeds at once: parsing on many threads gives what parsing
/// one at a time gives.
@Suite struct ConcurrencyTests {
    @Test func parallelParsesAgreeWithSerialOnes() throws {
        let inputs = try ["outbreak-rss20.xml", "markets-atom10.xml", "disasters-rss10.rdf", "elections-jsonfeed11.json",
                          "news-iso-8859-2.xml", "mislabelled-windows-1252.xml", "greek-utf16le.xml"].map(TestData.bytes)
        let expected = inputs.map { try? FeedParser.parse($0) }
        let rounds = 8
        let results = Results(count: inputs.count * rounds)
        DispatchQueue.concurrentPerform(iterations: inputs.count * rounds) { index in
            results.set(index, try? FeedParser.parse(inputs[index % inputs.count]))
        }
        for index in 0..<(inputs.count * rounds) {
            #expect(results.get(index) == expected[index % inputs.count])
        }
    }

    /// Slots written from several threads under a lock.
    private final class Results: @unchecked Sendable {
        private var values: [ParsedFeed?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: ParsedFeed?) { lock.withLock { values[index] = value } }
        func get(_ index: Int) -> ParsedFeed? { lock.withLock { values[index] } }
    }
}
