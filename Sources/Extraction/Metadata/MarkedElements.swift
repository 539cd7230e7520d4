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
    /// The text of short elements named like bylines ("byline", "author" in class or id).
    var bylines: [String] = []

    /// Enough of each to choose from; a page's later ones are other articles' (lists, sidebars).
    private static let kept = 6
    /// A byline element is a line, not a box holding a biography.
    private static let bylineNodes = 40

    init(_ tree: HTMLTree) {
        var authorScope = -1
        // Comment sections name their commenters like bylines.
        var commentsEnd = -1
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            guard !node.isText, !node.attributes.isEmpty || node.name == "h1" else { continue }
            if node.name == "h1", headings.count < Self.kept {
                headings.append((index, HTMLTextRenderer.plainText(of: index, tree, excluded: nil)))
            }
            let value = node.attribute("datetime") ?? node.attribute("content")
            if node.name == "time", firstTime == nil, let datetime = node.attribute("datetime") { firstTime = datetime }
            if let itemprop = node.attribute("itemprop")?.lowercased() {
                let text = { value ?? HTMLTextRenderer.plainText(of: index, tree, excluded: nil) }
                if itemprop == "datepublished", publicationMarks.count < Self.kept { publicationMarks.append(text()) }
                if itemprop == "datemodified", modificationMarks.count < Self.kept { modificationMarks.append(text()) }
                if itemprop == "author", microdataAuthors.count < Self.kept {
                    microdataAuthors.append(node.attribute("content") ?? HTMLTextRenderer.plainText(of: index, tree, excluded: nil))
                    authorScope = node.end
                } else if itemprop == "name", index < authorScope, !microdataAuthors.isEmpty {
                    // A Person's name inside the author element says it more precisely than all its text.
                    microdataAuthors[microdataAuthors.count - 1] = node.attribute("content") ?? HTMLTextRenderer.plainText(of: index, tree, excluded: nil)
                    authorScope = -1
                }
            }
            if node.attribute("pubdate") != nil, let value, publicationMarks.count < Self.kept { publicationMarks.append(value) }
            if let value, let classes = node.attribute("class") {
                if Self.hasToken(classes, ["published", "dt-published"], hint: "published"), publicationMarks.count < Self.kept { publicationMarks.append(value) }
                if Self.hasToken(classes, ["updated", "dt-updated"], hint: "updated"), modificationMarks.count < Self.kept { modificationMarks.append(value) }
            }
            if node.name == "a", let rel = node.attribute("rel"), Self.hasToken(rel, ["author"], hint: "author"), authorLinks.count < Self.kept {
                authorLinks.append(HTMLTextRenderer.plainText(of: index, tree, excluded: nil))
            }
            if index >= commentsEnd, Self.contains(node.attribute("class") ?? "", "comment") || Self.contains(node.attribute("id") ?? "", "comment") {
                commentsEnd = node.end
            }
            if bylines.count < Self.kept, index >= commentsEnd, node.end - index <= Self.bylineNodes,
               Self.isNamedLikeByline(node.attribute("class")) || Self.isNamedLikeByline(node.attribute("id")) {
                let text = HTMLTextRenderer.plainText(of: index, tree, excluded: nil)
                if !text.isEmpty, text.count <= 100 { bylines.append(text) }
            }
        }
    }

    /// Whether a space-separated attribute value has one of the tokens (ASCII case ignored).
    /// `hint`, a part all the tokens share, is looked for first: most values have none.
    static func hasToken(_ value: String, _ tokens: Set<String>, hint: String) -> Bool {
        contains(value, hint) && value.split(separator: " ").contains { tokens.contains($0.lowercased()) }
    }

    /// "byline", "c-byline__item", "author-name", "authorname-txt", but not "authorization".
    static func isNamedLikeByline(_ value: String?) -> Bool {
        guard let value else { return false }
        return contains(value, "byline") || contains(value, "author", unlessFollowedBy: ["iz", "is"])
    }

    /// ASCII-case-insensitive substring search over the strings' bytes, without copying them:
    /// it runs on the class and id of every element. `needle` is lower case.
    static func contains(_ value: String, _ needle: String, unlessFollowedBy excluded: [String] = []) -> Bool {
        var value = value, needle = needle
        return value.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard let first = needle.first, haystack.count >= needle.count else { return false }
                func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                for start in 0...(haystack.count - needle.count) where lower(haystack[start]) == first {
                    guard (1..<needle.count).allSatisfy({ lower(haystack[start + $0]) == needle[$0] }) else { continue }
                    let rest = haystack[(start + needle.count)...].lazy.map(lower)
                    if !excluded.contains(where: { rest.starts(with: $0.utf8) }) { return true }
                }
                return false
            }
        }
    }
}
