public import Foundation

/// A story's readable name: the year and month of its first article, then two or three words of its
/// headline, lower-case ASCII joined by hyphens: `2023-09-morocco-earthquake`. The store makes it
/// unique (`-2`, `-3`, ...).
public enum StorySlug {
    /// When no word of the headline can be written in ASCII (an empty text, another script).
    static let fallbackWord = "story"

    public static func slug(words: [String], time: Date) -> String {
        let month = yearMonth(time)
        let words = words.compactMap(asciiWord).filter { !$0.isEmpty }
        return ([month] + (words.isEmpty ? [fallbackWord] : words)).joined(separator: "-")
    }

    /// "YYYY-MM" of an instant, in UTC.
    static func yearMonth(_ time: Date) -> String {
        let days = Int((time.timeIntervalSince1970 / 86_400).rounded(.down))
        let (year, month) = civilYearMonth(daysSinceEpoch: days)
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + (month < 10 ? "0" : "") + String(month)
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian), year and month only.
    private static func civilYearMonth(daysSinceEpoch: Int) -> (Int, Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month)
    }

    /// A word in lower-case ASCII letters and digits: accents dropped ("Zürich" -> "zurich"), other
    /// characters left out; nil when nothing is left.
    static func asciiWord(_ word: String) -> String? {
        var ascii = ""
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                ascii.unicodeScalars.append(scalar)
            } else if let letters = unaccentedLetters[scalar] {
                ascii += letters
            }
        }
        return ascii.isEmpty ? nil : ascii
    }

    /// Latin letters that do not decompose into a letter and an accent.
    private static let unaccentedLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]
}
