@testable import Duplicates
import Testing

/// The readability corpus's expected texts as a bigger set of real pages.
///
/// About thirty of its test pages are built on one shared filler text, so "different pages" is
/// decided here by exact containment over full shingle sets (no sketches): below `differentBelow` the
/// texts are different, at or above `sameAbove` they are the same text and must be found.
struct ReadabilityCorpusTests {
    static let differentBelow = 0.3
    static let sameAbove = 0.7

    struct Page {
        let name: String
        let text: String
        let shingles: Set<UInt32>
        let fingerprint: Fingerprint
    }

    static let pages: [Page] = TestTexts.readabilityPages.map {
        Page(name: $0.name, text: $0.text, shingles: Set(ShingleHashing.hashes(of: $0.text)),
             fingerprint: Fingerprint(text: $0.text))
    }

    static func exactContainment(_ a: Set<UInt32>, _ b: Set<UInt32>) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        guard !small.isEmpty else { return 0 }
        return Double(small.filter(large.contains).count) / Double(small.count)
    }

    /// Pages long enough for containment, whose copies the index must find.
    static func isSubstantial(_ page: Page) -> Bool {
        page.shingles.count >= 80
    }

    @Test func corpusIsThere() {
        #expect(Self.pages.count >= 100)
    }

    /// Reports the largest containment estimated on a sample big enough to decide on (a pair of
    /// very different lengths has a sample of one or two shingles, and is never a duplicate).
    @Test func noDuplicatesAcrossDifferentTexts() {
        var largest = (containment: 0.0, pair: "")
        var pairs = 0
        for a in Self.pages where !a.fingerprint.isEmpty {
            for b in Self.pages where b.name != a.name && !b.fingerprint.isEmpty {
                guard Self.exactContainment(a.shingles, b.shingles) < Self.differentBelow else { continue }
                pairs += 1
                let resemblance = a.fingerprint.resemblance(to: b.fingerprint)
                #expect(!resemblance.isDuplicate, "\(a.name) vs \(b.name): \(resemblance)")
                if resemblance.sampleSize >= Resemblance.minimumSample, resemblance.containment > largest.containment {
                    largest = (resemblance.containment, "\(a.name) vs \(b.name)")
                }
            }
        }
        print("Largest estimated containment over \(pairs) ordered pairs of different readability texts: \(largest)")
        #expect(pairs > 10000)
        #expect(largest.containment < Resemblance.containmentThreshold)
    }

    @Test func indexFindsSameTextsAndOnlyThem() {
        let index = DuplicateIndex()
        for (position, page) in Self.pages.enumerated() {
            let match = index.bestMatch(for: page.fingerprint)
            if let match {
                let original = Self.pages[Int(match.original)]
                #expect(Self.exactContainment(page.shingles, original.shingles) >= Self.differentBelow,
                        "\(page.name) matched \(original.name)")
            }
            let sameTextEarlier = Self.pages[..<position].contains {
                Self.isSubstantial($0) && Self.isSubstantial(page)
                    && Self.exactContainment(page.shingles, $0.shingles) >= Self.sameAbove
                    && max($0.shingles.count, page.shingles.count) <= 2 * min($0.shingles.count, page.shingles.count)
            }
            if sameTextEarlier {
                #expect(match != nil, "\(page.name) has an earlier page with the same text")
            }
            index.insert(page.fingerprint, id: Int64(position))
        }
        #expect(index.count == Self.pages.count)
    }

    @Test func firstHalvesAndEditedCopiesAreFound() {
        let index = DuplicateIndex()
        for (position, page) in Self.pages.enumerated() {
            index.insert(page.fingerprint, id: Int64(position))
        }
        var checked = 0
        for (position, page) in Self.pages.enumerated() where Self.isSubstantial(page) {
            let copies = [
                ("first half", TestTexts.firstHalf(page.text)),
                ("5% of words replaced", TestTexts.replacingWords(page.text, fraction: 0.05, seed: UInt64(position))),
            ]
            for (name, copy) in copies {
                let match = index.bestMatch(for: Fingerprint(text: copy))
                #expect(match != nil, "\(page.name), \(name)")
                if let match {
                    // The page itself, or an earlier page with the same text.
                    let original = Self.pages[Int(match.original)]
                    #expect(match.original == Int64(position)
                                || Self.exactContainment(page.shingles, original.shingles) >= Self.sameAbove,
                            "\(page.name), \(name) matched \(original.name)")
                }
            }
            checked += 1
        }
        #expect(checked >= 80)
    }
}
