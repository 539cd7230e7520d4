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

    /// Names of a picture's caption and credit ("wp-caption-text", "image-credit"): text about a
    /// picture, not a part of the article's prose.
    static let caption = ["caption", " credit ", " credits ", "photo-credit", "image-credit", "media-credit", "credit-line"]

    /// Names of a container that says whether it holds a caption ("no-caption", "has-caption"):
    /// about what it holds, not a caption itself.
    static let captionHolder = ["no-caption", "no_caption", "nocaption", "has-caption", "has_caption", "with-caption", "captioned"]

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
        /// "hid" as a whole class name, the one pattern that is a word rather than a substring.
        static let hiddenToken = Signals(rawValue: 1 << 8)
        static let caption = Signals(rawValue: 1 << 9)
        static let captionHolder = Signals(rawValue: 1 << 10)
    }

    /// The signals of an element with these (lower-cased) class and id values.
    static func signals(class classes: String?, id: String?) -> Signals {
        var signals: Signals = []
        if let classes, !classes.isEmpty {
            let found = matches(in: classes)
            signals.formUnion(found.subtracting([.negativeClass, .positiveClass, .hiddenToken]))
            if !found.isDisjoint(with: [.negativeClass, .hiddenToken]) { signals.insert(.negativeClass) }
            if found.contains(.positiveClass) { signals.insert(.positiveClass) }
        }
        if let id, !id.isEmpty {
            let found = matches(in: id)
            signals.formUnion(found.subtracting([.negativeClass, .positiveClass, .hiddenToken]))
            if !found.isDisjoint(with: [.negativeClass, .hiddenToken]) { signals.insert(.negativeID) }
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

    /// Every pattern of every list in one automaton (Aho–Corasick, as a table of transitions):
    /// a name is read once, byte by byte, whatever the number of patterns. Positive and
    /// negative are recorded as the class kind; `signals(class:id:)` sorts out the id.
    private struct Automaton {
        /// `next[state * 256 + byte]`: the state after reading `byte`.
        var next: [Int32]
        /// What has been matched on reaching each state.
        var output: [Signals]

        init(_ lists: [([String], Signals)]) {
            var goto: [[UInt8: Int32]] = [[:]]
            var output: [Signals] = [[]]
            for (patterns, signal) in lists {
                for pattern in patterns {
                    var state: Int32 = 0
                    for byte in pattern.utf8 {
                        if let known = goto[Int(state)][byte] {
                            state = known
                        } else {
                            goto.append([:])
                            output.append([])
                            goto[Int(state)][byte] = Int32(goto.count - 1)
                            state = Int32(goto.count - 1)
                        }
                    }
                    output[Int(state)].insert(signal)
                }
            }
            // Breadth first: each state's failure link is settled before its children's.
            var next = [Int32](repeating: 0, count: goto.count * 256)
            var failure = [Int32](repeating: 0, count: goto.count)
            var queue: [Int32] = []
            for byte in 0..<256 {
                if let child = goto[0][UInt8(byte)] {
                    next[byte] = child
                    queue.append(child)
                }
            }
            var head = 0
            while head < queue.count {
                let state = Int(queue[head])
                head += 1
                output[state].formUnion(output[Int(failure[state])])
                for byte in 0..<256 {
                    if let child = goto[state][UInt8(byte)] {
                        failure[Int(child)] = next[Int(failure[state]) * 256 + byte]
                        next[state * 256 + byte] = child
                        queue.append(child)
                    } else {
                        next[state * 256 + byte] = next[Int(failure[state]) * 256 + byte]
                    }
                }
            }
            self.next = next
            self.output = output
        }

        /// Read between two spaces, so that " hid " matches a whole class name.
        func matches(in name: String) -> Signals {
            var found: Signals = []
            var state = Int(next[Int(UInt8(ascii: " "))])
            var name = name
            name.withUTF8 { bytes in
                for byte in bytes {
                    state = Int(next[state * 256 + Int(byte)])
                    found.formUnion(output[state])
                }
            }
            state = Int(next[state * 256 + Int(UInt8(ascii: " "))])
            return found.union(output[state])
        }
    }

    private static let automaton = Automaton([(unlikely, .unlikely), (maybeCandidate, .maybeCandidate), (share, .share), (byline, .byline), (caption, .caption), (captionHolder, .captionHolder),
                                              (negative, .negativeClass), (positive, .positiveClass), ([" hid "], .hiddenToken)])

    private static func matches(in name: String) -> Signals {
        automaton.matches(in: name)
    }

}
