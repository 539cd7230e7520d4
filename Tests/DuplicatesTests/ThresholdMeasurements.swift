@testable import Duplicates
import Foundation
import Model
import Testing

/// The measurements behind the thresholds argued in `Resemblance` (about 40 s, so off by default):
///
///     TALLY_MEASURE=1 swift test --filter ThresholdMeasurements
///
/// For 106 texts (seeds, other-domain stories, readability pages of 80+ shingles) and 10 random
/// edits each, prints per kind of copy: how many the verdict missed, the estimated and the exact
/// containment, and the sample the estimate rested on. The readability texts' lines are lines of
/// HTML source, not paragraphs, so for them "paragraphs reordered" shuffles and "other furniture"
/// drops arbitrary chunks (exact containment down to 0.21): read those two kinds on the seeds and
/// stories, where SeedVariantTests and OtherDomainTests find every copy.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["TALLY_MEASURE"] != nil))
struct ThresholdMeasurements {
    struct Observation {
        let estimated: Double
        let exact: Double
        let sample: Int
        let isDuplicate: Bool
    }

    static let deterministicKinds: Set = ["exact copy", "other furniture and headline", "first half",
                                          "one figure changed", "first third"]

    static func copies(of text: String, seed: UInt64) -> [(name: String, text: String)] {
        let words = TestTexts.words(text)
        return SeedVariantTests.variants(of: text, seed: seed) + [
            ("first half, 5% replaced", TestTexts.replacingWords(TestTexts.firstHalf(text), fraction: 0.05, seed: seed)),
            ("first third", words.prefix(words.count / 3).joined(separator: " ")),
        ]
    }

    @Test func copiesOfRealTexts() {
        let pages = ReadabilityCorpusTests.pages.filter(ReadabilityCorpusTests.isSubstantial).map(\.text)
        let originals = TestTexts.seeds + OtherDomainTests.stories + pages
        var observations: [String: [Observation]] = [:]
        for (number, text) in originals.enumerated() {
            let original = Fingerprint(text: text)
            let shingles = Set(ShingleHashing.hashes(of: text))
            for trial in 0..<10 {
                for copy in Self.copies(of: text, seed: UInt64(number * 100 + trial))
                where trial == 0 || !Self.deterministicKinds.contains(copy.name) {
                    let resemblance = Fingerprint(text: copy.text).resemblance(to: original)
                    let exact = ReadabilityCorpusTests.exactContainment(Set(ShingleHashing.hashes(of: copy.text)), shingles)
                    observations[copy.name, default: []].append(
                        Observation(estimated: resemblance.containment, exact: exact,
                                    sample: resemblance.sampleSize, isDuplicate: resemblance.isDuplicate))
                }
            }
        }
        for (kind, list) in observations.sorted(by: { $0.key < $1.key }) {
            let estimated = list.map(\.estimated).sorted()
            let exact = list.map(\.exact).sorted()
            let samples = list.map(\.sample).sorted()
            print(kind, "| copies", list.count, "missed", list.filter { !$0.isDuplicate }.count,
                  "| estimated min", estimated[0], "1st percentile", estimated[estimated.count / 100],
                  "median", estimated[estimated.count / 2],
                  "| exact min", exact[0], "median", exact[exact.count / 2],
                  "| sample min", samples[0], "median", samples[samples.count / 2])
        }
        #expect(observations.count == 9)
    }

    @Test func differentTexts() {
        let seeds = TestTexts.seeds.map { Set(ShingleHashing.hashes(of: $0)) }
        var seedsLargest = 0.0
        for a in seeds.indices {
            for b in seeds.indices where a != b {
                seedsLargest = max(seedsLargest, ReadabilityCorpusTests.exactContainment(seeds[a], seeds[b]))
            }
        }
        let pages = ReadabilityCorpusTests.pages.filter { $0.shingles.count >= Resemblance.shortTextShingles }
        var pagesLargest = 0.0
        for a in pages {
            for b in pages where a.name < b.name {
                let exact = ReadabilityCorpusTests.exactContainment(a.shingles, b.shingles)
                if exact < ReadabilityCorpusTests.differentBelow { pagesLargest = max(pagesLargest, exact) }
            }
        }
        print("Largest exact containment: between seeds", seedsLargest, "| between different readability texts", pagesLargest)
        #expect(seedsLargest < 0.1)
    }
}
