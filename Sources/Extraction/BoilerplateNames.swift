/// What the class and id names of page elements say about them. These are the name patterns of
/// the readability family of extractors (Arc90 Readability and its descendants), as substrings
/// of the lower-cased "class id" string.
enum BoilerplateNames {
    /// Names of page parts that are almost never the article: comments, sharing, related links,
    /// sidebars, footers, navigation, promotions, newsletter and cookie boxes, ads.
    static let unlikely = [
        "-ad-", "ad-break", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
        "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate", "pagination",
        "pager", "popup", "yom-remote", "newsletter", "cookie", "subscribe", "paywall", "promo",
    ]

    /// Names that rescue an element the list above would drop ("main-header-content").
    static let maybeCandidate = ["and", "article", "body", "column", "content", "main", "mathjax", "shadow"]

    static let positive = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text",
        "blog", "story",
    ]

    static let negative = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "newsletter", "cookie",
    ]

    static let share = ["share", "sharedaddy"]

    static let byline = ["byline", "author", "dateline", "writtenby", "p-author"]

    /// ARIA roles of page parts that are not the article.
    static let unlikelyRoles: Set<String> = ["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog"]

    /// Whether any pattern occurs in the names. A byte search: this runs for every element of
    /// every page, and Foundation's `contains` is many times slower.
    static func matches(_ names: String, _ patterns: [String]) -> Bool {
        let haystack = Array(names.utf8)
        guard haystack.contains(where: { $0 != UInt8(ascii: " ") }) else { return false }
        return patterns.contains { pattern in
            let needle = Array(pattern.utf8)
            guard needle.count <= haystack.count else { return false }
            for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            }
            return false
        }
    }

    /// "hid" as a whole class name, the one pattern that is a word rather than a substring.
    static func hasHiddenToken(_ names: String) -> Bool {
        names.split(whereSeparator: { $0 == " " }).contains("hid")
    }

    /// +25 for an article-like class, -25 for a boilerplate-like one; the same for the id.
    static func weight(of node: HTMLTree.Node) -> Double {
        var weight = 0.0
        for value in [node.attribute("class"), node.attribute("id")] {
            guard let value = value?.lowercased(), !value.isEmpty else { continue }
            if matches(value, negative) || hasHiddenToken(value) { weight -= 25 }
            if matches(value, positive) { weight += 25 }
        }
        return weight
    }
}
