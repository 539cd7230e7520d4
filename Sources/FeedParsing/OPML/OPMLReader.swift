import Documents

/// The subscriptions in an OPML file. An outline with an xmlUrl is a feed; one without is a
/// folder, whose title becomes a tag of every feed inside it. A `category` attribute
/// ("/News/World,Economy": comma-separated, slash-delimited paths) adds its parts as tags too.
/// A feed listed in several folders is one subscription with the tags of all of them. A file
/// that is not well-formed XML is refused whole rather than imported in part.
public enum OPMLReader {
    /// Folders further out than this add no tags (and cannot make reading quadratic).
    static let maximumFolderDepth = 32

    public static func subscriptions(in bytes: [UInt8]) throws(FeedError) -> [OPMLSubscription] {
        let decoded: DecodedText
        do {
            decoded = try XMLDocumentDecoder.decode(bytes)
        } catch {
            throw FeedError(error.description)
        }
        let tree = try XMLTreeReader.read(decoded.text, baseURL: nil)
        guard tree[0].name.lowercased() == "opml" else {
            throw FeedError("not an OPML file: the root element is <\(tree[0].name.prefix(60))>, not <opml>")
        }
        // A broken file would import half-read addresses ("https://b.exa"): say so instead.
        if let malformation = tree.malformation {
            throw FeedError("the OPML file is damaged (\(malformation)); export it again from the feed reader")
        }
        var subscriptions: [OPMLSubscription] = []
        var positions: [String: Int] = [:]
        for index in tree.nodes.indices where isOutline(tree[index]) {
            let node = tree[index]
            guard let feedURL = attribute(node, "xmlUrl").map({ URLResolution.resolve($0, against: node.base) }) else { continue }
            let tags = uniqued(folderTitles(tree, index) + categories(attribute(node, "category")))
            if let position = positions[feedURL] {
                subscriptions[position].tags = uniqued(subscriptions[position].tags + tags)
                continue
            }
            positions[feedURL] = subscriptions.count
            subscriptions.append(OPMLSubscription(
                feedURL: feedURL, title: attribute(node, "title") ?? attribute(node, "text"),
                siteURL: attribute(node, "htmlUrl").map { URLResolution.resolve($0, against: node.base) }, tags: tags))
        }
        return subscriptions
    }

    private static func isOutline(_ node: XMLTree.Node) -> Bool {
        node.name.lowercased() == "outline"
    }

    /// An attribute by name, in any letter case (exporters write xmlUrl, xmlURL and xmlurl), trimmed.
    private static func attribute(_ node: XMLTree.Node, _ name: String) -> String? {
        let lower = name.lowercased()
        return node.attributes.first { $0.name.lowercased() == lower }?.value.trimmingXMLWhitespace().nonEmpty
    }

    /// The titles of the enclosing folders, outermost first.
    private static func folderTitles(_ tree: XMLTree, _ index: Int) -> [String] {
        var titles: [String] = []
        var ancestor = tree[index].parent
        var depth = 0
        while ancestor >= 0, depth < maximumFolderDepth, isOutline(tree[ancestor]) {
            let folder = tree[ancestor]
            if attribute(folder, "xmlUrl") == nil, let title = attribute(folder, "title") ?? attribute(folder, "text") {
                titles.append(title)
            }
            ancestor = folder.parent
            depth += 1
        }
        return titles.reversed()
    }

    private static func categories(_ value: String?) -> [String] {
        guard let value else { return [] }
        return value.split(separator: ",").flatMap { path in
            path.split(separator: "/").compactMap { String($0).trimmingXMLWhitespace().nonEmpty }
        }
    }

    private static func uniqued(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.filter { seen.insert($0).inserted }
    }
}
