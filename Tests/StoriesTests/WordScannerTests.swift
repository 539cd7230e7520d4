@testable import Stories
import Testing

struct WordScannerTests {
    @Test func marksSentenceStartsCapitalsAndPunctuation() {
        let words = WordScanner.words("The quake hit Al Haouz, near Marrakesh. Rescuers dug.")
        #expect(words.map(\.surface) == ["The", "quake", "hit", "Al", "Haouz", "near", "Marrakesh", "Rescuers", "dug"])
        #expect(words.map(\.isSentenceInitial) == [true, false, false, false, false, false, false, true, false])
        #expect(words.map(\.isCapitalised) == [true, false, false, true, true, false, true, true, false])
        #expect(words[5].followsPunctuation)
        #expect(!words[4].followsPunctuation)
    }

    @Test func aFullStopAfterAFigureEndsTheSentence() {
        let words = WordScanner.words("The toll rose to 2,012. Rescuers dug on, 37.63 dollars later.")
        #expect(words.map(\.surface) == ["The", "toll", "rose", "to", "Rescuers", "dug", "on", "dollars", "later"])
        #expect(words[4].isSentenceInitial)
        #expect(!words[7].isSentenceInitial)
    }

    @Test func dropsFiguresAndNegationsAndCutsApostropheEndings() {
        let words = WordScanner.words("Russia’s toll isn't 2,012 but the 7-magnitude quake's O'Brien")
        #expect(words.map(\.surface) == ["Russia", "toll", "but", "the", "magnitude", "quake", "Brien"])
    }
}
