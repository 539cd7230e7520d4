/// How the RSS family's elements turn into values: text that may hold escaped or naked
/// markup, and links resolved against xml:base.
extension XMLTree {
    /// An RSS-style text element: escaped HTML and CDATA come out as their text; child elements
    /// (markup written "naked" inside the element) are serialised and make it HTML.
    func looseText(_ index: Int, kind: TextConstruct.Kind) -> TextConstruct {
        let node = nodes[index]
        if hasElementChildren(index) {
            // Children in the XHTML namespace make it XHTML; any others, HTML written without escaping.
            let isXHTML = children(of: index).contains { nodes[$0].namespace == Namespace.xhtml }
            return TextConstruct(kind: isXHTML ? .xhtml : .html, value: innerXML(of: index).trimmingXMLWhitespace(),
                                 base: node.base, language: node.language)
        }
        return TextConstruct(kind: kind, value: text(of: index), base: node.base, language: node.language)
    }

    /// The element's text as a URL, resolved against its xml:base.
    func link(_ index: Int) -> String? {
        trimmedText(of: index).map { URLResolution.resolve($0, against: nodes[index].base) }
    }

    /// An attribute as a URL, resolved against the element's xml:base.
    func link(_ index: Int, attribute name: String, namespace: String = "") -> String? {
        nodes[index].attribute(name, namespace: namespace)?.trimmingXMLWhitespace().nonEmpty
            .map { URLResolution.resolve($0, against: nodes[index].base) }
    }

    /// atom:link inside an RSS or RDF element.
    func atomLink(_ index: Int) -> FeedLink? {
        let node = nodes[index]
        guard let href = link(index, attribute: "href") else { return nil }
        return FeedLink(href: href, rel: node.attribute("rel")?.trimmingXMLWhitespace().nonEmpty ?? "alternate",
                        type: node.attribute("type"), title: node.attribute("title"),
                        hreflang: node.attribute("hreflang"), length: node.attribute("length"))
    }

    /// cc:license (rdf:resource) or creativeCommons:license (text).
    func license(_ index: Int) -> String? {
        nodes[index].attribute("resource", namespace: Namespace.rdf) ?? trimmedText(of: index)
    }

    /// Reads the extension elements shared by RSS and RDF items; false when `index` is none of them.
    func readItemExtension(_ index: Int, into item: inout some ItemExtensions) -> Bool {
        let node = nodes[index]
        switch (node.namespace, node.name) {
        case (Namespace.content, "encoded"):
            item.contentEncoded = item.contentEncoded ?? looseText(index, kind: .html)
        case (Namespace.xhtml, "body"):
            item.xhtmlBody = item.xhtmlBody ?? TextConstruct(kind: .xhtml, value: innerXML(of: index).trimmingXMLWhitespace(), base: node.base, language: node.language)
        case (Namespace.atom10, "link"):
            if let link = atomLink(index) { item.atomLinks.append(link) }
        case (Namespace.creativeCommons, "license"), (Namespace.creativeCommonsRSS, "license"):
            item.license = item.license ?? license(index)
        default:
            return item.dublinCore.read(self, index)
        }
        return true
    }
}

/// The module elements RSS 2.0 and RSS 1.0 items both carry.
protocol ItemExtensions {
    var contentEncoded: TextConstruct? { get set }
    var xhtmlBody: TextConstruct? { get set }
    var atomLinks: [FeedLink] { get set }
    var license: String? { get set }
    var dublinCore: DublinCore { get set }
}

extension RSSItem: ItemExtensions {}
extension RDFItem: ItemExtensions {}
