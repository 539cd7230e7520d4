/// What the class and id names of page elements say about them. These are the name patterns of
/// the readability family of extractors (Arc90 Readability and its descendants), as substrings
/// of the lower-cased class and id.
enum BoilerplateNames {
    /// Names of page parts that are almost never the article: comments, sharing, related links,
    /// sidebars, footers, navigation, promotions, newsletter and cookie boxes, ads.
    static let unlikely = [
        "-ad-", "ad-break", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community", "cover-wrap",
        "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
        "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "agegate", "pagination",
        "pager", "popup", "yom-remote", "newsletter", "cookie", "subscribe", "promo",
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

    /// Which lists an element's names match, worked out once when the element is read.
    struct Signals: OptionSet, Sendable {
        let rawValue: UInt16
        static let unlikely = Signals(rawValue: 1 << 0)
        static let maybeCandidate = Signals(rawValue: 1 << 1)
        static let share = Signals(rawValue: 1 << 2)
        static let byline = Signals(rawValue: 1 << 3)
        static let negativeClass = Signals(rawValue: 1 << 4)
        static let positiveClass = Signals(rawValue: 1 << 5)
        static let negativeID = Signals(rawValue: 1 << 6)
        static let positiveID = Signals(rawValue: 1 << 7)
    }

    /// The signals of an element with these (lower-cased) class and id values.
    static func signals(class classes: String?, id: String?) -> Signals {
        var signals: Signals = []
        if let classes, !classes.isEmpty {
            let found = matches(in: classes)
            signals.formUnion(found.subtracting([.negativeClass, .positiveClass]))
            if found.contains(.negativeClass) || hasHiddenToken(classes) { signals.insert(.negativeClass) }
            if found.contains(.positiveClass) { signals.insert(.positiveClass) }
        }
        if let id, !id.isEmpty {
            let found = matches(in: id)
            signals.formUnion(found.subtracting([.negativeClass, .positiveClass]))
            if found.contains(.negativeClass) || hasHiddenToken(id) { signals.insert(.negativeID) }
            if found.contains(.positiveClass) { signals.insert(.positiveID) }
        }
        return signals
    }

    /// +25 for an article-like class, -25 for a boilerplate-like one; the same for the id.
    static func weight(_ signals: Signals) -> Double {
        var weight = 0.0
        if signals.contains(.negativeClass) { weight -= 25 }
        if signals.contains(.positiveClass) { weight += 25 }
        if signals.contains(.negativeID) { weight -= 25 }
        if signals.contains(.positiveID) { weight += 25 }
        return weight
    }

    /// Whether the unlikely-candidate rule drops the element.
    static func isUnlikely(_ signals: Signals) -> Bool {
        signals.contains(.unlikely) && !signals.contains(.maybeCandidate)
    }

    /// Every pattern, with the lists it belongs to (positive and negative as the class kind),
    /// laid end to end in one buffer and bucketed by first byte: one pass over a name tries
    /// only the patterns that can start at each byte, without touching an array per pattern.
    private struct PatternTable {
        var bytes: [UInt8] = []
        /// Per pattern: where its bytes start, how many, and its signals.
        var patterns: [(start: Int, count: Int, signals: Signals)] = []
        /// Per first byte: the patterns starting with it (indices into `patterns`).
        var buckets = [[Int]](repeating: [], count: 256)
    }

    private static let table: PatternTable = {
        var table = PatternTable()
        var all: [String: Signals] = [:]
        for (list, signal) in [(unlikely, Signals.unlikely), (maybeCandidate, .maybeCandidate), (share, .share), (byline, .byline),
                               (negative, .negativeClass), (positive, .positiveClass)] {
            for pattern in list { all[pattern, default: []].insert(signal) }
        }
        for (pattern, signals) in all.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(pattern.utf8)
            table.buckets[Int(bytes[0])].append(table.patterns.count)
            table.patterns.append((table.bytes.count, bytes.count, signals))
            table.bytes.append(contentsOf: bytes)
        }
        return table
    }()

    private static func matches(in name: String) -> Signals {
        var found: Signals = []
        var name = name
        let table = Self.table
        name.withUTF8 { haystack in
            table.bytes.withUnsafeBufferPointer { patternBytes in
                for start in haystack.indices {
                    for pattern in table.buckets[Int(haystack[start])] {
                        let (offset, count, signals) = table.patterns[pattern]
                        guard !found.isSuperset(of: signals), start + count <= haystack.count else { continue }
                        var position = 1
                        while position < count && haystack[start + position] == patternBytes[offset + position] { position += 1 }
                        if position == count { found.formUnion(signals) }
                    }
                }
            }
        }
        return found
    }

    /// "hid" as a whole class name, the one pattern that is a word rather than a substring.
    private static func hasHiddenToken(_ names: String) -> Bool {
        var tokenLength = 0
        var matchesSoFar = true
        for byte in names.utf8 {
            if byte == UInt8(ascii: " ") {
                if matchesSoFar && tokenLength == 3 { return true }
                tokenLength = 0
                matchesSoFar = true
                continue
            }
            let expected: UInt8? = switch tokenLength {
            case 0: UInt8(ascii: "h")
            case 1: UInt8(ascii: "i")
            case 2: UInt8(ascii: "d")
            default: nil
            }
            matchesSoFar = matchesSoFar && byte == expected
            tokenLength += 1
        }
        return matchesSoFar && tokenLength == 3
    }
}
