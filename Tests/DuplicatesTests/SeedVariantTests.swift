@testable import Duplicates
import Foundation
import TestSupport
import Testing

/// The five seed reports and copies of them: every copy points to its seed, no seed to another.
struct SeedVariantTests {
    /// Variants of a text that must all be recorded as duplicates of it.
    static func variants(of text: String, seed: UInt64) -> [(name: String, text: String)] {
        let paragraphs = TestTexts.paragraphs(text)
        var generator = SplitMix64(seed: seed)
        return [
            ("exact copy", text),
            ("other furniture and headline", """
                Menu | Home | World | Business | Sport | Subscribe
                Pyongyang's soldiers head west, officials say
                By our staff and wire reports, updated 14 minutes ago
                \(paragraphs.dropFirst().joined(separator: "\n"))
                Share on Facebook | Share on X | Email this story
                Copyright 2024 Example Media Group. All rights reserved.
                """),
            ("5% of words replaced", TestTexts.replacingWords(text, fraction: 0.05, seed: seed)),
            ("first half", TestTexts.firstHalf(text)),
            ("first half, 3% replaced", TestTexts.replacingWords(TestTexts.firstHalf(text), fraction: 0.03, seed: seed)),
            ("one figure changed", changingFirstFigure(text)),
            ("paragraphs reordered", paragraphs.shuffled(using: &generator).joined(separator: "\n")),
        ]
    }

    /// The text with its first number replaced by another ("12,000" -> "15,000"), like a revised story.
    static func changingFirstFigure(_ text: String) -> String {
        guard let range = text.range(of: "[0-9][0-9,.]*", options: .regularExpression) else { return text }
        let replacement = text[range] == "15,000" ? "16,000" : "15,000"
        return text.replacingCharacters(in: range, with: replacement)
    }

    @Test func seedsAreThere() {
        #expect(TestTexts.seeds.count == 5)
    }

    @Test func everyVariantPointsToItsSeed() {
        let index = DuplicateIndex()
        for (offset, seed) in TestTexts.seeds.enumerated() {
            index.insert(Fingerprint(text: seed), id: Int64(offset + 1))
        }
        for (offset, seed) in TestTexts.seeds.enumerated() {
            for variant in Self.variants(of: seed, seed: UInt64(offset)) {
                let match = index.bestMatch(for: Fingerprint(text: variant.text))
                #expect(match?.original == Int64(offset + 1), "seed \(offset + 1), \(variant.name): \(String(describing: match))")
            }
        }
    }

    @Test func changingOneFigureChangesTheText() {
        for seed in TestTexts.seeds {
            #expect(Self.changingFirstFigure(seed) != seed)
        }
    }

    @Test func noSeedIsADuplicateOfAnother() {
        let index = DuplicateIndex()
        for (offset, seed) in TestTexts.seeds.enumerated() {
            let fingerprint = Fingerprint(text: seed)
            #expect(index.bestMatch(for: fingerprint) == nil, "seed \(offset + 1)")
            index.insert(fingerprint, id: Int64(offset + 1))
        }
        let fingerprints = TestTexts.seeds.map { Fingerprint(text: $0) }
        var largest = 0.0
        for (a, first) in fingerprints.enumerated() {
            for (b, second) in fingerprints.enumerated() where a != b {
                let resemblance = first.resemblance(to: second)
                #expect(!resemblance.isDuplicate, "seeds \(a + 1) and \(b + 1)")
                largest = max(largest, resemblance.containment)
            }
        }
        print("Largest estimated containment between two seeds: \(largest)")
        #expect(largest < 0.2)
    }

    @Test func variantsOfASeedResembleItAsArgued() {
        let seed = TestTexts.seeds[0]
        let original = Fingerprint(text: seed)
        for variant in Self.variants(of: seed, seed: 7) {
            let resemblance = Fingerprint(text: variant.text).resemblance(to: original)
            print("seed 1, \(variant.name): containment \(resemblance.containment), jaccard \(resemblance.jaccard), sample \(resemblance.sampleSize)")
            #expect(resemblance.isDuplicate, "\(variant.name)")
        }
    }
}
