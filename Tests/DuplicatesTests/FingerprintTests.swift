@testable import Duplicates
import Testing

struct FingerprintTests {
    static let sample = TestTexts.seeds.first ?? ""

    @Test func bytesRoundTrip() throws {
        for text in TestTexts.seeds + ["", "one", "two words", String(repeating: "same words again ", count: 50)] {
            let fingerprint = Fingerprint(text: text)
            let decoded = try #require(Fingerprint(bytes: fingerprint.bytes))
            #expect(decoded == fingerprint)
        }
    }

    @Test func storedFormIsCompact() {
        #expect(Fingerprint(text: Self.sample).bytes.count <= 299)
        #expect(Fingerprint(text: "").bytes.count == 11)
    }

    @Test func corruptBytesAreRejected() {
        let bytes = Fingerprint(text: Self.sample).bytes
        #expect(Fingerprint(bytes: []) == nil)
        #expect(Fingerprint(bytes: Array(bytes.dropLast())) == nil)
        #expect(Fingerprint(bytes: bytes + [0]) == nil)
        for position in [0, 1, 2, 5, 20, bytes.count / 2, bytes.count - 1] {
            var damaged = bytes
            damaged[position] ^= 0x10
            #expect(Fingerprint(bytes: damaged) == nil, "byte \(position)")
        }
    }

    /// Well-formed bytes (valid checksum) that no text can produce are rejected too.
    @Test func inconsistentContentIsRejected() {
        let unsorted = Fingerprint(shingleCount: 3, sketch: [9, 4, 7], keys: [4])
        let keyOutsideSketch = Fingerprint(shingleCount: 3, sketch: [4, 7, 9], keys: [4, 8])
        let wrongCount = Fingerprint(shingleCount: 70, sketch: [4, 7, 9], keys: [4])
        for fingerprint in [unsorted, keyOutsideSketch, wrongCount] {
            #expect(Fingerprint(bytes: fingerprint.bytes) == nil)
        }
    }

    /// Stored fingerprints must keep meaning the same thing across runs and machines.
    @Test func hashesAreStable() {
        let fingerprint = Fingerprint(text: "The quick brown fox jumps over the lazy dog")
        #expect(fingerprint.shingleCount == 6)
        #expect(fingerprint.sketch == ShingleHashing.hashes(of: "the QUICK brown fox, jumps over the lazy dog!").sorted())
        #expect(fingerprint.sketch.first == 699_476_220)
        #expect(Array(Fingerprint(text: Self.sample).bytes.suffix(4)) == [62, 115, 126, 31])
    }

    @Test func caseSpacingAndPunctuationDoNotMatter() {
        let plain = Fingerprint(text: "Officials said 1,200 people were evacuated from the coast on Monday")
        let noisy = Fingerprint(text: "OFFICIALS said: 1,200 people\n\nwere evacuated -- from the coast (on Monday).")
        #expect(plain == noisy)
    }

    @Test func wordOrderMatters() {
        #expect(Fingerprint(text: "alpha beta gamma delta epsilon") != Fingerprint(text: "epsilon delta gamma beta alpha"))
    }

    @Test func chineseAndJapaneseAreTokenisedPerCharacter() {
        #expect(Fingerprint(text: "北朝鮮がロシアに兵士を派遣した").shingleCount > 10)
    }

    @Test func emptyTextHasAnEmptyFingerprint() {
        #expect(Fingerprint(text: "").isEmpty)
        #expect(Fingerprint(text: " \n ... -- !").isEmpty)
        #expect(!Fingerprint(text: "word").isEmpty)
    }

    @Test func sketchAndKeysHaveTheirSizes() {
        let fingerprint = Fingerprint(text: Self.sample)
        #expect(fingerprint.shingleCount > Fingerprint.sketchSize)
        #expect(fingerprint.sketch.count == Fingerprint.sketchSize)
        #expect(fingerprint.keys.count == Fingerprint.keyCount)
        #expect(fingerprint.keys.first == fingerprint.sketch.first)
    }
}
