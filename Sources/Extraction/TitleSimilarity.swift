/// How much of a heading's wording the title already has: 1 when every word of the heading is
/// in the title. Tells a repeated headline in the content from a subhead.
enum TitleSimilarity {
    static func similarity(_ title: String, _ heading: String) -> Double {
        similarity(Set(words(title)), heading)
    }

    /// With the title's words found once, for a page's many headings.
    static func similarity(_ titleWords: Set<String>, _ heading: String) -> Double {
        let headingWords = words(heading)
        guard !titleWords.isEmpty, !headingWords.isEmpty else { return 0 }
        let unmatched = headingWords.filter { !titleWords.contains($0) }
        let totalLength = headingWords.joined(separator: " ").count
        let unmatchedLength = unmatched.joined(separator: " ").count
        return 1 - Double(unmatchedLength) / Double(totalLength)
    }

    static func words(_ text: String) -> [String] {
        ASCIIText.lowercased(text).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }
}
