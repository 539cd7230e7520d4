/// An `XMLTree` whose root is rss, read into an `RSSChannel`. Core elements are those without
/// a namespace (or in one of the namespaces RSS versions briefly had); RSS 0.91 feeds that put
/// items beside the channel rather than in it are read too. A repeated element keeps its first
/// value, except dates, where the last one wins (feeds append corrections).
enum RSSParser {
    static func parse(_ tree: XMLTree) -> RSSChannel {
        var channel = RSSChannel(version: version(tree))
        let channelIndex = tree.children(of: 0).first { isCore(tree[$0], "channel") }
        if let channelIndex {
            channel.base = tree[channelIndex].base
            channel.xmlLanguage = tree[channelIndex].language
            for child in tree.children(of: channelIndex) { read(tree, child, into: &channel) }
        } else {
            channel.base = tree[0].base
        }
        for child in tree.children(of: 0) where isCore(tree[child], "item") {
            channel.items.append(item(tree, child))
        }
        return channel
    }

    private static func version(_ tree: XMLTree) -> String {
        let declared = tree[0].attribute("version")?.trimmingXMLWhitespace() ?? ""
        switch declared {
        case "": return "rss"
        case "0.91":
            return tree.doctypePublicID?.lowercased().contains("netscape") == true ? "rss091n" : "rss091u"
        case "0.92", "0.93", "0.94": return "rss0" + declared.dropFirst(2)
        default: return declared.hasPrefix("2.") ? "rss20" : "rss"
        }
    }

    static func isCore(_ node: XMLTree.Node, _ name: String) -> Bool {
        node.name == name && Namespace.rssCore.contains(node.namespace)
    }

    private static func read(_ tree: XMLTree, _ index: Int, into channel: inout RSSChannel) {
        let node = tree[index]
        if node.namespace == Namespace.atom10, node.name == "link" {
            if let link = tree.atomLink(index) { channel.atomLinks.append(link) }
            return
        }
        if channel.dublinCore.read(tree, index) { return }
        guard Namespace.rssCore.contains(node.namespace) else { return }
        switch node.name {
        case "title": channel.title = channel.title ?? tree.looseText(index, kind: .text)
        case "link": channel.link = channel.link ?? tree.link(index)
        case "description": channel.description = channel.description ?? tree.looseText(index, kind: .html)
        case "language": channel.language = channel.language ?? tree.trimmedText(of: index)
        case "copyright": channel.copyright = channel.copyright ?? tree.trimmedText(of: index)
        case "managingEditor": channel.managingEditor = channel.managingEditor ?? tree.trimmedText(of: index)
        case "author": channel.author = channel.author ?? tree.trimmedText(of: index)
        case "webMaster": channel.webMaster = channel.webMaster ?? tree.trimmedText(of: index)
        case "pubDate": channel.pubDate = tree.trimmedText(of: index).map(FeedDate.init(text:)) ?? channel.pubDate
        case "lastBuildDate": channel.lastBuildDate = tree.trimmedText(of: index).map(FeedDate.init(text:)) ?? channel.lastBuildDate
        case "category": if let category = category(tree, index) { channel.categories.append(category) }
        case "generator": channel.generator = channel.generator ?? tree.trimmedText(of: index)
        case "docs": channel.docs = channel.docs ?? tree.link(index)
        case "ttl": channel.ttl = channel.ttl ?? tree.trimmedText(of: index)
        case "cloud": channel.cloud = cloud(node)
        case "image": channel.image = image(tree, index)
        case "textInput", "textinput": channel.textInput = textInput(tree, index)
        case "item": channel.items.append(item(tree, index))
        default: break
        }
    }

    static func item(_ tree: XMLTree, _ index: Int) -> RSSItem {
        var item = RSSItem()
        item.base = tree[index].base
        item.xmlLanguage = tree[index].language
        for child in tree.children(of: index) {
            if tree.readItemExtension(child, into: &item) { continue }
            let node = tree[child]
            guard Namespace.rssCore.contains(node.namespace) else { continue }
            switch node.name {
            case "title": item.title = item.title ?? tree.looseText(child, kind: .text)
            case "link": item.link = item.link ?? tree.link(child)
            case "description": item.description = item.description ?? tree.looseText(child, kind: .html)
            case "author": item.author = item.author ?? tree.trimmedText(of: child)
            case "category": if let category = category(tree, child) { item.categories.append(category) }
            case "comments": item.comments = item.comments ?? tree.link(child)
            case "enclosure":
                if let url = tree.link(child, attribute: "url") {
                    item.enclosures.append(FeedEnclosure(url: url, length: node.attribute("length"), type: node.attribute("type")))
                }
            case "guid":
                if item.guid == nil, let value = tree.trimmedText(of: child) {
                    item.guid = RSSGUID(value: value, isPermaLink: node.attribute("isPermaLink")?.trimmingXMLWhitespace().lowercased() != "false")
                }
            case "pubDate": item.pubDate = tree.trimmedText(of: child).map(FeedDate.init(text:)) ?? item.pubDate
            case "expirationDate": item.expirationDate = tree.trimmedText(of: child).map(FeedDate.init(text:)) ?? item.expirationDate
            case "source": item.source = RSSSource(url: tree.link(child, attribute: "url"), title: tree.trimmedText(of: child))
            default: break
            }
        }
        return item
    }

    /// The category's own text (not that of anything nested in it).
    private static func category(_ tree: XMLTree, _ index: Int) -> FeedCategory? {
        var text = ""
        var child = index + 1
        while child < tree[index].end {
            if tree[child].isText { text += tree[child].text }
            child = tree[child].end
        }
        guard let term = text.trimmingXMLWhitespace().nonEmpty else { return nil }
        return FeedCategory(term: term, scheme: tree[index].attribute("domain"))
    }

    private static func cloud(_ node: XMLTree.Node) -> RSSCloud {
        var cloud = RSSCloud()
        cloud.domain = node.attribute("domain")
        cloud.port = node.attribute("port")
        cloud.path = node.attribute("path")
        cloud.registerProcedure = node.attribute("registerProcedure")
        cloud.protocol = node.attribute("protocol")
        return cloud
    }

    private static func image(_ tree: XMLTree, _ index: Int) -> RSSImage {
        var image = RSSImage()
        for child in tree.children(of: index) where Namespace.rssCore.contains(tree[child].namespace) {
            switch tree[child].name {
            case "url": image.url = tree.link(child)
            case "title": image.title = tree.trimmedText(of: child)
            case "link": image.link = tree.link(child)
            case "width": image.width = tree.trimmedText(of: child)
            case "height": image.height = tree.trimmedText(of: child)
            case "description": image.description = tree.trimmedText(of: child)
            default: break
            }
        }
        return image
    }

    private static func textInput(_ tree: XMLTree, _ index: Int) -> RSSTextInput {
        var input = RSSTextInput()
        for child in tree.children(of: index) where Namespace.rssCore.contains(tree[child].namespace) {
            switch tree[child].name {
            case "title": input.title = tree.trimmedText(of: child)
            case "description": input.description = tree.trimmedText(of: child)
            case "name": input.name = tree.trimmedText(of: child)
            case "link": input.link = tree.link(child)
            default: break
            }
        }
        return input
    }
}
