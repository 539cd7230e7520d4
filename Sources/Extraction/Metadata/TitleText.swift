/// Titles as pages state them, without the site's name around them: "Flood toll rises |
/// Example News" -> "Flood toll rises".
enum TitleText {
    /// Where a title and the site's name (or a section's) are joined.
    static let separators = [" | ", " - ", " -- ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ "]

    /// What follows the space a separator starts with.
    private static let separatorMarks = Set(separators.compactMap { $0.dropFirst().first })

    /// The parts between separators.
    static func segments(_ title: String) -> [String] {
        let title = CollapsedWhitespace.of(title)
        return parts(title).map { String(title[$0]) }
    }

    /// The title without parts at either end that are one of the site's names; nil when that
    /// is all it is. For titles written for the purpose (og:title, a headline), so nothing but
    /// a known name is taken away.
    static func withoutSiteName(_ title: String, _ siteNames: SiteNames) -> String? {
        let title = CollapsedWhitespace.of(title)
        var parts = parts(title)
        guard !parts.allSatisfy({ siteNames.contains(String(title[$0])) }) else { return nil }
        while parts.count > 1, let last = parts.last, siteNames.contains(String(title[last])) { parts.removeLast() }
        while parts.count > 1, let first = parts.first, siteNames.contains(String(title[first])) { parts.removeFirst() }
        return rejoin(parts, in: title)
    }

    /// The article's part of a `<title>`, which usually names the site too: the part a heading
    /// repeats (the longest such), else the parts that are not the site's name, else all but the
    /// last part (where site names go; the first when it is at most half as long: a brand before
    /// a headline) when that leaves a few words. Nil when the title is only the site's name.
    static func fromTitleElement(_ title: String, _ siteNames: SiteNames, headings: [String]) -> String? {
        let title = CollapsedWhitespace.of(title)
        let parts = parts(title)
        let texts = parts.map { String(title[$0]) }
        guard !texts.allSatisfy(siteNames.contains) else { return nil }
        guard parts.count > 1, let first = texts.first, let last = texts.last else { return title }
        let headings = Set(headings.map { withoutPermalink(CollapsedWhitespace.of($0)).lowercased() })
        if let repeated = texts.filter({ headings.contains($0.lowercased()) && !siteNames.contains($0) }).max(by: { $0.count < $1.count }) {
            return repeated
        }
        if let named = withoutSiteName(title, siteNames), named != title { return named }
        let result = rejoin(2 * first.count <= last.count ? Array(parts.dropFirst()) : Array(parts.dropLast()), in: title)
        return result.split(separator: " ").count >= 3 ? result : title
    }

    /// Blogging platforms end titles with the author ("Samantha and The Great Big Lie - John C.
    /// Welch", "... | by John C. Welch"): that part goes.
    static func withoutAuthor(_ title: String, _ authors: [String]) -> String {
        let title = CollapsedWhitespace.of(title)
        var parts = parts(title)
        let names = Set(authors.map { $0.lowercased() })
        guard parts.count > 1, let last = parts.last.map({ title[$0].lowercased() }),
              names.contains(last) || last.hasPrefix("by ") && names.contains(String(last.dropFirst(3))) else { return title }
        parts.removeLast()
        return rejoin(parts, in: title)
    }

    /// Where the parts between separators are, in a collapsed title. Separators start with a
    /// space, so only spaces are looked at.
    private static func parts(_ title: String) -> [Range<String.Index>] {
        var parts: [Range<String.Index>] = []
        var start = title.startIndex
        var index = title.startIndex
        while let space = title[index...].firstIndex(of: " ") {
            let next = title.index(after: space)
            if next < title.endIndex, separatorMarks.contains(title[next]), let separator = separators.first(where: { title[space...].hasPrefix($0) }) {
                if start < space { parts.append(start..<space) }
                index = title.index(space, offsetBy: separator.count)
                start = index
            } else {
                index = title.index(after: space)
            }
        }
        if start < title.endIndex { parts.append(start..<title.endIndex) }
        return parts
    }

    /// The text from the first part to the last, separators between them kept.
    private static func rejoin(_ parts: [Range<String.Index>], in title: String) -> String {
        guard let first = parts.first, let last = parts.last else { return title }
        return String(title[first.lowerBound..<last.upperBound])
    }

    /// Documentation generators end headings with a permalink sign ("Installation¶").
    private static func withoutPermalink(_ heading: String) -> String {
        var heading = Substring(heading)
        while let last = heading.last, last == "¶" || last == "#" || last == "🔗" { heading = heading.dropLast() }
        return CollapsedWhitespace.of(heading)
    }
}
