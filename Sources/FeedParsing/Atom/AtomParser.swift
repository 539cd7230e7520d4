import Foundation

/// An `XMLTree` whose root is atom:feed, read into an `AtomFeed`. Elements in the feed's own
/// namespace are Atom's (0.3 feeds came in several namespaces); others are extensions, ignored.
enum AtomParser {
    static func parse(_ tree: XMLTree) -> AtomFeed {
        let root = tree[0]
        let version: String
        if root.namespace == Namespace.atom10 {
            version = "atom10"
        } else if root.namespace == Namespace.atom03 || root.attribute("version") == "0.3" {
            version = "atom03"
        } else {
            version = "atom"
        }
        let reader = Reader(tree: tree, namespace: root.namespace, legacy: version != "atom10")
        var feed = AtomFeed(version: version, metadata: reader.metadata(0))
        for child in tree.children(of: 0) where tree[child].is("entry", in: root.namespace) {
            feed.entries.append(reader.entry(child))
        }
        return feed
    }

    private struct Reader {
        let tree: XMLTree
        let namespace: String
        /// Atom 0.3 (or older): text constructs use MIME types and `mode`.
        let legacy: Bool

        func metadata(_ index: Int) -> AtomFeedMetadata {
            var metadata = AtomFeedMetadata()
            metadata.base = tree[index].base
            metadata.language = tree[index].language
            for child in tree.children(of: index) where tree[child].namespace == namespace {
                switch tree[child].name {
                case "id": metadata.id = metadata.id ?? tree.trimmedText(of: child)
                case "title": metadata.title = metadata.title ?? text(child)
                case "subtitle", "tagline": metadata.subtitle = metadata.subtitle ?? text(child)
                case "rights", "copyright": metadata.rights = metadata.rights ?? text(child)
                case "info": metadata.info = metadata.info ?? text(child)
                case "author": metadata.authors.append(person(child))
                case "contributor": metadata.contributors.append(person(child))
                case "link": if let link = link(child) { metadata.links.append(link) }
                case "category": if let category = category(child) { metadata.categories.append(category) }
                case "generator": metadata.generator = generator(child)
                case "icon": metadata.icon = tree.trimmedText(of: child).map { URLResolution.resolve($0, against: tree[child].base) }
                case "logo": metadata.logo = tree.trimmedText(of: child).map { URLResolution.resolve($0, against: tree[child].base) }
                case "updated", "modified": metadata.updated = date(child) ?? metadata.updated
                default: break
                }
            }
            return metadata
        }

        func entry(_ index: Int) -> AtomEntry {
            var entry = AtomEntry()
            entry.base = tree[index].base
            entry.language = tree[index].language
            for child in tree.children(of: index) where tree[child].namespace == namespace {
                switch tree[child].name {
                case "id": entry.id = entry.id ?? tree.trimmedText(of: child)
                case "title": entry.title = entry.title ?? text(child)
                case "summary": entry.summary = entry.summary ?? text(child)
                case "content": entry.content = entry.content ?? content(child)
                case "link": if let link = link(child) { entry.links.append(link) }
                case "author": entry.authors.append(person(child))
                case "contributor": entry.contributors.append(person(child))
                case "category": if let category = category(child) { entry.categories.append(category) }
                case "published", "issued": entry.published = date(child) ?? entry.published
                case "updated", "modified": entry.updated = date(child) ?? entry.updated
                case "created": entry.created = date(child) ?? entry.created
                case "rights", "copyright": entry.rights = entry.rights ?? text(child)
                case "source": entry.source = metadata(child)
                default: break
                }
            }
            return entry
        }

        func date(_ index: Int) -> FeedDate? {
            tree.trimmedText(of: index).map(FeedDate.init(text:))
        }

        func text(_ index: Int) -> TextConstruct {
            let node = tree[index]
            let type = node.attribute("type")?.trimmingXMLWhitespace().lowercased()
            var construct = TextConstruct(kind: .text, value: "", declaredType: node.attribute("type"), base: node.base, language: node.language)
            if legacy {
                construct.kind = Self.kind(mediaType: type ?? "text/plain")
                switch node.attribute("mode")?.lowercased() {
                case "base64":
                    construct.value = Self.base64Decoded(tree.text(of: index))
                case "escaped":
                    construct.value = tree.text(of: index)
                default:
                    construct.value = tree.hasElementChildren(index) ? tree.innerXML(of: index) : tree.text(of: index)
                }
                return construct
            }
            switch type {
            case nil, "", "text":
                construct.value = tree.text(of: index)
            case "html":
                construct.kind = .html
                construct.value = tree.text(of: index)
            case "xhtml":
                construct.kind = .xhtml
                let children = tree.children(of: index)
                if children.count == 1, tree[children[0]].is("div", in: Namespace.xhtml) {
                    construct.value = tree.innerXML(of: children[0])
                } else {
                    construct.value = tree.innerXML(of: index)
                }
            case let mediaType?:
                // atom:content may name a media type: XML types carry markup inline, other
                // non-text types are base64 (RFC 4287 4.1.3.3).
                construct.kind = Self.kind(mediaType: mediaType)
                if tree.hasElementChildren(index) {
                    construct.value = tree.innerXML(of: index)
                } else if mediaType.hasPrefix("text/") || construct.kind != .text {
                    construct.value = tree.text(of: index)
                } else {
                    construct.value = Self.base64Decoded(tree.text(of: index))
                }
            }
            return construct
        }

        func content(_ index: Int) -> AtomContent {
            var content = AtomContent(text: text(index))
            if let source = tree[index].attribute("src") {
                content.source = URLResolution.resolve(source, against: tree[index].base)
            }
            return content
        }

        func person(_ index: Int) -> FeedPerson {
            var person = FeedPerson()
            for child in tree.children(of: index) where tree[child].namespace == namespace {
                switch tree[child].name {
                case "name": person.name = tree.trimmedText(of: child)
                case "email": person.email = tree.trimmedText(of: child)
                // Atom 0.3 said url (and some feeds homepage); 1.0 says uri.
                case "uri", "url", "homepage": person.uri = tree.trimmedText(of: child).map { URLResolution.resolve($0, against: tree[child].base) }
                default: break
                }
            }
            return person
        }

        func link(_ index: Int) -> FeedLink? {
            let node = tree[index]
            // Feeds written by RSS habit put the address in the element's text.
            guard let href = node.attribute("href") ?? tree.trimmedText(of: index) else { return nil }
            let rel = node.attribute("rel")?.trimmingXMLWhitespace().nonEmpty ?? "alternate"
            return FeedLink(href: URLResolution.resolve(href, against: node.base), rel: rel,
                            type: node.attribute("type"), title: node.attribute("title"),
                            hreflang: node.attribute("hreflang"), length: node.attribute("length"))
        }

        func category(_ index: Int) -> FeedCategory? {
            let node = tree[index]
            // Atom 0.3 feeds in the wild put the term in the element's text.
            guard let term = node.attribute("term") ?? tree.trimmedText(of: index) else { return nil }
            return FeedCategory(term: term, scheme: node.attribute("scheme"), label: node.attribute("label"))
        }

        func generator(_ index: Int) -> FeedGenerator? {
            let node = tree[index]
            let uri = (node.attribute("uri") ?? node.attribute("url")).map { URLResolution.resolve($0, against: node.base) }
            return FeedGenerator(name: tree.text(of: index).trimmingXMLWhitespace(), uri: uri, version: node.attribute("version"))
        }

        static func kind(mediaType: String) -> TextConstruct.Kind {
            switch mediaType {
            case "html", "text/html": .html
            case "xhtml", "application/xhtml+xml": .xhtml
            default: .text
            }
        }

        static func base64Decoded(_ text: String) -> String {
            guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else { return text }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
