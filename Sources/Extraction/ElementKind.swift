/// What the extractor's stages need to know of an element's name, as bits worked out once per
/// name: every stage walks every node, and comparing names as strings (or hashing them for a
/// set) there is much of its cost.
struct ElementKind: OptionSet, Sendable {
    let rawValue: UInt16
    /// Starts and ends a paragraph of the rendered text (`HTMLTextRenderer.blockElements`).
    static let block = ElementKind(rawValue: 1 << 0)
    /// A table cell: its text joins the row's, separated by " | ".
    static let cell = ElementKind(rawValue: 1 << 1)
    static let link = ElementKind(rawValue: 1 << 2)
    /// Its text scores its ancestors (`ContentScorer.scoredTags`).
    static let scored = ElementKind(rawValue: 1 << 3)
    /// Stops a div from being read as a paragraph (`ContentScorer.blockTags`).
    static let blockChild = ElementKind(rawValue: 1 << 4)
    /// Never article content (`ContentScorer.alwaysDropped`).
    static let dropped = ElementKind(rawValue: 1 << 5)
    /// Judged by its make-up inside the article (`ContentCleaner.conditionallyCleaned`).
    static let conditionallyCleaned = ElementKind(rawValue: 1 << 6)
    static let heading = ElementKind(rawValue: 1 << 7)
    /// Holds text as an article's blocks do (`ContentCleaner.textish`).
    static let textish = ElementKind(rawValue: 1 << 8)
    static let paragraph = ElementKind(rawValue: 1 << 9)
    static let division = ElementKind(rawValue: 1 << 10)

    static func of(_ name: String) -> ElementKind {
        table[name] ?? []
    }

    private static let table: [String: ElementKind] = {
        var table: [String: ElementKind] = [:]
        func mark(_ names: Set<String>, _ kind: ElementKind) {
            for name in names { table[name, default: []].insert(kind) }
        }
        mark(HTMLTextRenderer.blockElements, .block)
        mark(["td", "th"], .cell)
        mark(["a"], .link)
        mark(ContentScorer.scoredTags, .scored)
        mark(ContentScorer.blockTags, .blockChild)
        mark(ContentScorer.alwaysDropped, .dropped)
        mark(ContentCleaner.conditionallyCleaned, .conditionallyCleaned)
        mark(ContentCleaner.headings, .heading)
        mark(ContentCleaner.textish, .textish)
        mark(["p"], .paragraph)
        mark(["div"], .division)
        return table
    }()
}
