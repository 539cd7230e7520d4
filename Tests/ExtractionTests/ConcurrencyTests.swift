import Documents
import Extraction
import Foundation
import Model
import Testing

/// The daemon and `tally extract --batch` may extract on several threads: extracting many pages
/// at once gives what extracting them one at a time gives, and never deadlocks in libxml2's
/// lazily created globals.
@Suite struct ConcurrencyTests {
    @Test func parallelExtractionsAgreeWithSerialOnes() throws {
        let folder = TestData.shared.appendingPathComponent("corpora/readability")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().prefix(12)
        let pages = try names.map { try [UInt8](Data(contentsOf: folder.appendingPathComponent($0).appendingPathComponent("source.html"))) }
        let extract: @Sendable ([UInt8]) -> Article? = { try? ArticleExtractor.extract(try DocumentDecoder.decode($0, fileName: "page.html")) }
        let expected = pages.map(extract)
        #expect(expected.allSatisfy { $0 != nil })
        let rounds = 4
        let results = Results(count: pages.count * rounds)
        DispatchQueue.concurrentPerform(iterations: pages.count * rounds) { index in
            results.set(index, extract(pages[index % pages.count]))
        }
        for index in 0..<(pages.count * rounds) {
            #expect(results.get(index) == expected[index % pages.count])
        }
    }

    /// Slots written from several threads under a lock.
    private final class Results: @unchecked Sendable {
        private var values: [Article?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: Article?) { lock.withLock { values[index] = value } }
        func get(_ index: Int) -> Article? { lock.withLock { values[index] } }
    }
}
