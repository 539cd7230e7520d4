/// What the body's markup marks as metadata, gathered in one walk over the tree: headings,
/// `<time>` elements, schema.org microdata (`itemprop`), microformats (`class="published"`),
/// `rel=author` links and byline-named elements. Values are as found; `MetadataTrust` judges them.
struct MarkedElements {
    /// The h1 elements: where the headline is, and its text.
    var headings: [(index: Int, text: String)] = []
    /// Values of elements marked as the publication date: `itemprop=datePublished`, `<time pubdate>`,
    /// the microformats class `published`.
    var publicationMarks: [String] = []
    /// The same for the modification date: `itemprop=dateModified`, class `updated`.
    var modificationMarks: [String] = []
    /// The first `<time datetime>` of the page, marked or not.
    var firstTime: String?
    /// Names in `itemprop=author` elements (their `itemprop=name` part when they have one).
    var microdataAuthors: [String] = []
    /// The text of `rel=author` links.
    var authorLinks: [String] = []
    /// The names in the first short element named like a byline ("byline", "author" in class
    /// or id) that has names, outside comment sections, whose commenters are named the same way.
    /// Looked for only when asked to (the head declares no author).
    var bylineNames: [String] = []

    /// Enough of each to choose from; a page's later ones are other articles' (lists, sidebars).
    private static let kept = 6
    /// A byline element is a line, not a box holding a biography.
    private static let bylineNodes = 40

    /// `names` reads a byline element's text; the walk stops looking for bylines at the first
    /// with names (or does not look, without `names`), which spares scanning the class names
    /// of the rest of the page.
    init(_ tree: HTMLTree, bylineNames names: ((String) -> [String])?) {
        var authorScope = -1
        var commentsEnd = -1
        for index in tree.nodes.indices where !tree.nodes[index].attributes.isEmpty || tree.nodes[index].name == "h1" {
            let name = tree.nodes[index].name
            let text = { HTMLTextRenderer.plainText(of: index, tree, excluded: nil) }
            if name == "h1", headings.count < Self.kept { headings.append((index, text())) }
            let marks = Marks(tree.nodes[index].attributes)
            if marks.isEmpty { continue }
            let attribute = { (position: Int?) in position.map { tree.nodes[index].attributes[$0].value } }
            let datetime = attribute(marks.datetime), content = attribute(marks.content)
            let value = datetime ?? content
            if name == "time", firstTime == nil, let datetime { firstTime = datetime }
            if let itemprop = attribute(marks.itemprop)?.lowercased() {
                if itemprop == "datepublished", publicationMarks.count < Self.kept { publicationMarks.append(value ?? text()) }
                if itemprop == "datemodified", modificationMarks.count < Self.kept { modificationMarks.append(value ?? text()) }
                if itemprop == "author", microdataAuthors.count < Self.kept {
                    microdataAuthors.append(content ?? text())
                    authorScope = tree.nodes[index].end
                } else if itemprop == "name", index < authorScope, !microdataAuthors.isEmpty {
                    // A Person's name inside the author element says it more precisely than all its text.
                    microdataAuthors[microdataAuthors.count - 1] = content ?? text()
                    authorScope = -1
                }
            }
            if marks.pubdate, let value, publicationMarks.count < Self.kept { publicationMarks.append(value) }
            if let value, let classes = attribute(marks.classes) {
                if Self.hasToken(classes, Self.publishedClasses), publicationMarks.count < Self.kept { publicationMarks.append(value) }
                if Self.hasToken(classes, Self.updatedClasses), modificationMarks.count < Self.kept { modificationMarks.append(value) }
            }
            // Most links' rel is "nofollow" or "noopener": the scan for "author" is cheaper than splitting.
            if name == "a", let rel = attribute(marks.rel), NameParts(rel).contains(.author), Self.hasToken(rel, Self.authorRelation),
               authorLinks.count < Self.kept {
                authorLinks.append(text())
            }
            guard let names, bylineNames.isEmpty, marks.classes != nil || marks.id != nil else { continue }
            let named = NameParts(attribute(marks.classes)).union(NameParts(attribute(marks.id)))
            if named.contains(.comment), index >= commentsEnd { commentsEnd = tree.nodes[index].end }
            if !named.isDisjoint(with: [.byline, .author]), index >= commentsEnd, tree.nodes[index].end - index <= Self.bylineNodes {
                let line = text()
                if !line.isEmpty, line.count <= 100 { bylineNames = names(line) }
            }
        }
    }

    /// The microformats' classes (h-entry's and hAtom's) and the link relation, as tokens.
    private static let publishedClasses: Set<String> = ["published", "dt-published"]
    private static let updatedClasses: Set<String> = ["updated", "dt-updated"]
    private static let authorRelation: Set<String> = ["author"]

    /// Whether a space-separated attribute value has one of the tokens (ASCII case ignored).
    static func hasToken(_ value: String, _ tokens: Set<String>) -> Bool {
        value.split(separator: " ").contains { tokens.contains($0.lowercased()) }
    }

    /// Where the attributes the walk reads are among an element's, found in one pass that
    /// copies no value; the first byte is compared first, as most attributes (href, src, style,
    /// data-*) are none of these.
    private struct Marks {
        var itemprop, datetime, content, classes, id, rel: Int?
        var pubdate = false

        init(_ attributes: [(name: String, value: String)]) {
            for (position, attribute) in attributes.enumerated() {
                let name = attribute.name
                switch name.utf8.first {
                case UInt8(ascii: "i"): if name == "itemprop" { itemprop = position } else if name == "id" { id = position }
                case UInt8(ascii: "d"): if name == "datetime" { datetime = position }
                case UInt8(ascii: "c"): if name == "class" { classes = position } else if name == "content" { content = position }
                case UInt8(ascii: "r"): if name == "rel" { rel = position }
                case UInt8(ascii: "p"): if name == "pubdate" { pubdate = true }
                default: break
                }
            }
        }

        var isEmpty: Bool {
            itemprop == nil && datetime == nil && content == nil && classes == nil && id == nil && rel == nil && !pubdate
        }
    }

    /// Which of the names that matter a class or id holds as a part: "byline" in
    /// "c-byline__item", "author" in "authorname-txt" (not in "authorization"), "comment" in
    /// "comments-list". One pass over the bytes, case ignored: it runs on every element.
    struct NameParts: OptionSet {
        let rawValue: UInt8
        static let byline = NameParts(rawValue: 1)
        static let author = NameParts(rawValue: 2)
        static let comment = NameParts(rawValue: 4)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        init(_ value: String?) {
            guard var value else { self = []; return }
            self = value.withUTF8 { bytes in
                var found: NameParts = []
                // Lower-casing by setting bit 5 turns only letters into the letters compared against.
                func part(_ word: StaticString, at start: Int) -> Bool {
                    guard start + word.utf8CodeUnitCount <= bytes.count else { return false }
                    for offset in 1..<word.utf8CodeUnitCount where bytes[start + offset] | 0x20 != word.utf8Start[offset] { return false }
                    return true
                }
                for start in bytes.indices {
                    switch bytes[start] | 0x20 {
                    case UInt8(ascii: "b"): if part("byline", at: start) { found.insert(.byline) }
                    case UInt8(ascii: "a"): if part("author", at: start) && !part("authoriz", at: start) && !part("authoris", at: start) { found.insert(.author) }
                    case UInt8(ascii: "c"): if part("comment", at: start) { found.insert(.comment) }
                    default: break
                    }
                }
                return found
            }
        }
    }
}
