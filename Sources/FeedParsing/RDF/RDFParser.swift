/// An `XMLTree` whose root is rdf:RDF, read into an `RDFChannel`. RSS 1.0's elements are in
/// its namespace, RSS 0.90's in Netscape's; both are accepted (and none, as feeds do).
enum RDFParser {
    private static let core: Set<String> = [Namespace.rss10, Namespace.rss090, ""]

    static func parse(_ tree: XMLTree) -> RDFChannel {
        let children = tree.children(of: 0)
        let channelIndex = children.first { tree[$0].name == "channel" && core.contains(tree[$0].namespace) }
        let legacy = channelIndex.map { tree[$0].namespace == Namespace.rss090 }
            ?? tree.rootNamespaces.values.contains(Namespace.rss090)
        var channel = RDFChannel(version: legacy ? "rss090" : "rss10")
        channel.base = tree[channelIndex ?? 0].base
        if let channelIndex {
            channel.about = tree.link(channelIndex, attribute: "about", namespace: Namespace.rdf)
            for child in tree.children(of: channelIndex) { read(tree, child, into: &channel) }
        }
        for child in children where core.contains(tree[child].namespace) {
            switch tree[child].name {
            case "item": channel.items.append(item(tree, child))
            case "image": channel.image = image(tree, child)
            case "textinput": channel.textInput = textInput(tree, child)
            default: break
            }
        }
        return channel
    }

    private static func read(_ tree: XMLTree, _ index: Int, into channel: inout RDFChannel) {
        let node = tree[index]
        if node.is("link", in: Namespace.atom10) {
            if let link = tree.atomLink(index) { channel.atomLinks.append(link) }
            return
        }
        if channel.dublinCore.read(tree, index) { return }
        guard core.contains(node.namespace) else { return }
        switch node.name {
        case "title": channel.title = channel.title ?? tree.looseText(index, kind: .text)
        case "link": channel.link = channel.link ?? tree.link(index)
        case "description": channel.description = channel.description ?? tree.looseText(index, kind: .html)
        default: break
        }
    }

    private static func item(_ tree: XMLTree, _ index: Int) -> RDFItem {
        var item = RDFItem()
        item.base = tree[index].base
        item.about = tree.link(index, attribute: "about", namespace: Namespace.rdf)
        for child in tree.children(of: index) {
            if tree.readItemExtension(child, into: &item) { continue }
            guard core.contains(tree[child].namespace) else { continue }
            switch tree[child].name {
            case "title": item.title = item.title ?? tree.looseText(child, kind: .text)
            case "link": item.link = item.link ?? tree.link(child)
            case "description": item.description = item.description ?? tree.looseText(child, kind: .html)
            default: break
            }
        }
        return item
    }

    private static func image(_ tree: XMLTree, _ index: Int) -> RSSImage {
        var image = RSSImage()
        image.url = tree.link(index, attribute: "about", namespace: Namespace.rdf)
        for child in tree.children(of: index) where core.contains(tree[child].namespace) {
            switch tree[child].name {
            case "url": image.url = tree.link(child)
            case "title": image.title = tree.trimmedText(of: child)
            case "link": image.link = tree.link(child)
            default: break
            }
        }
        return image
    }

    private static func textInput(_ tree: XMLTree, _ index: Int) -> RSSTextInput {
        var input = RSSTextInput()
        for child in tree.children(of: index) where core.contains(tree[child].namespace) {
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
