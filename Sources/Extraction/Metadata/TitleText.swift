import Foundation

/// Titles as pages state them, without the site's name around them: "Flood toll rises |
/// Example News" -> "Flood toll rises".
enum TitleText {
    /// Where a title and the site's name (or a section's) are joined.
    static let separators = [" | ", " - ", " -- ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ "]

    /// The parts between separators.
    static func segments(_ title: String) -> [String] {
        separators.reduce([Whitespace.collapsed(title)]) { parts, separator in
            parts.flatMap { $0.components(separatedBy: separator) }
        }
    }

    /// The title without parts at either end that are one of the site's names; nil when that
    /// is all it is. For titles written for the purpose (og:title, a headline), so nothing but
    /// a known name is taken away.
    static func withoutSiteName(_ title: String, _ siteNames: SiteNames) -> String? {
        let title = Whitespace.collapsed(title)
        var parts = segments(title)
        guard !parts.allSatisfy(siteNames.contains) else { return nil }
        while parts.count > 1, let last = parts.last, siteNames.contains(last) { parts.removeLast() }
        while parts.count > 1, let first = parts.first, siteNames.contains(first) { parts.removeFirst() }
        return rejoin(parts, in: title)
    }

    /// The article's part of a `<title>`, which usually names the site too: the part a heading
    /// repeats (the longest such), else the parts that are not the site's name, else all but the
    /// shortest end part (where site names go) when that leaves a few words. Nil when the title
    /// is only the site's name.
    static func fromTitleElement(_ title: String, _ siteNames: SiteNames, headings: [String]) -> String? {
        let title = Whitespace.collapsed(title)
        let parts = segments(title)
        guard !parts.allSatisfy(siteNames.contains) else { return nil }
        guard parts.count > 1, let first = parts.first, let last = parts.last else { return title }
        let headings = Set(headings.map { withoutPermalink(Whitespace.collapsed($0)).lowercased() })
        if let repeated = parts.filter({ headings.contains($0.lowercased()) && !siteNames.contains($0) }).max(by: { $0.count < $1.count }) {
            return repeated
        }
        if let named = withoutSiteName(title, siteNames), named != title { return named }
        let kept = last.count <= first.count ? Array(parts.dropLast()) : Array(parts.dropFirst())
        let result = rejoin(kept, in: title)
        return result.split(separator: " ").count >= 3 ? result : title
    }

    /// Blogging platforms end titles with the author ("Samantha and The Great Big Lie - John C.
    /// Welch", "... | by John C. Welch"): that part goes.
    static func withoutAuthor(_ title: String, _ authors: [String]) -> String {
        var parts = segments(title)
        let names = Set(authors.map { $0.lowercased() })
        guard parts.count > 1, let last = parts.last?.lowercased(),
              names.contains(last) || last.hasPrefix("by ") && names.contains(String(last.dropFirst(3))) else { return title }
        parts.removeLast()
        return rejoin(parts, in: title)
    }

    /// Documentation generators end headings with a permalink sign ("Installation¶").
    private static func withoutPermalink(_ heading: String) -> String {
        var heading = Substring(heading)
        while let last = heading.last, last == "¶" || last == "#" || last == "🔗" { heading = heading.dropLast() }
        return Whitespace.collapsed(heading)
    }

    /// Parts that were next to each other keep their original separator.
    private static func rejoin(_ parts: [String], in title: String) -> String {
        guard let first = parts.first, let last = parts.last,
              let start = title.range(of: first), let end = title.range(of: last, options: .backwards),
              start.lowerBound <= end.lowerBound else { return parts.first ?? title }
        return Whitespace.collapsed(title[start.lowerBound..<end.upperBound])
    }
}
