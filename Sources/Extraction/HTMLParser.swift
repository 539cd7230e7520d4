import CLibXML2

/// Reads HTML with libxml2's error-tolerant parser into an `HTMLTree`, keeping what the article
/// extractor needs and freeing everything libxml2 allocated before returning.
enum HTMLParser {
    /// Elements whose content is never article text; they are left out of the tree whole.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "select", "textarea", "button",
        "option", "datalist", "audio", "video", "map", "title", "meta", "link", "base", "head",
    ]

    /// Elements kept as empty leaves: no text, but their count matters to content scoring.
    static let leafElements: Set<String> = ["img", "picture", "iframe", "embed", "object", "input", "br", "hr"]

    /// Attributes the extractor reads; the rest are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "style", "hidden", "aria-hidden", "role", "href", "itemprop", "rel", "datetime",
        "summary", "datatable", "content", "lang", "pubdate",
    ]

    static func parse(_ html: String) -> (HTMLTree, PageMetadata) {
        var tree = HTMLTree()
        var metadata = PageMetadata()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        let utf8 = Array(html.utf8)
        guard !utf8.isEmpty, utf8.count < Int(Int32.max),
              let document = utf8.withUnsafeBufferPointer({ buffer in
                  buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                      htmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
                  }
              }) else { return (tree, metadata) }
        defer { xmlFreeDoc(document) }

        var open: [Int] = []
        var current = document.pointee.children
        let documentNode = UnsafeMutableRawPointer(document)
        while let node = current {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                let name = String(cString: node.pointee.name).lowercased()
                record(node, name: name, into: &metadata)
                if name == "head" {
                    var child = node.pointee.children
                    while let element = child {
                        if element.pointee.type == XML_ELEMENT_NODE {
                            record(element, name: String(cString: element.pointee.name).lowercased(), into: &metadata)
                        }
                        child = element.pointee.next
                    }
                } else if !skippedElements.contains(name) {
                    let index = tree.nodes.count
                    tree.nodes.append(HTMLTree.Node(name: name, parent: open.last ?? -1, end: index + 1, attributes: attributes(of: node)))
                    if name == "html", let lang = tree.nodes[index].attribute("lang") { metadata.language = lang }
                    if node.pointee.children != nil && !leafElements.contains(name) {
                        open.append(index)
                        descend = true
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let index = tree.nodes.count
                    tree.nodes.append(HTMLTree.Node(name: "", text: String(cString: content), parent: open.last ?? -1, end: index + 1))
                }
            default:
                break
            }
            if descend {
                current = node.pointee.children
                continue
            }
            // Next sibling, or up through finished ancestors (closing them) to theirs.
            var finished = node
            current = nil
            while true {
                if let next = finished.pointee.next {
                    current = next
                    break
                }
                guard let parent = finished.pointee.parent, UnsafeMutableRawPointer(parent) != documentNode else { break }
                finished = parent
                if let index = open.last, parent.pointee.type == XML_ELEMENT_NODE {
                    open.removeLast()
                    tree.nodes[index].end = tree.nodes.count
                }
            }
        }
        for index in open { tree.nodes[index].end = tree.nodes.count }
        return (tree, metadata)
    }

    private static func attributes(of node: xmlNodePtr) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name).lowercased()
            if keptAttributes.contains(name) { result.append((name, value(of: current))) }
            attribute = current.pointee.next
        }
        return result
    }

    private static func value(of attribute: xmlAttrPtr) -> String {
        guard let raw = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else { return "" }
        defer { cxml_free(raw) }
        return String(cString: raw)
    }

    private static func textContent(_ node: xmlNodePtr) -> String {
        guard let raw = xmlNodeGetContent(node) else { return "" }
        defer { cxml_free(raw) }
        return String(cString: raw)
    }

    /// Head elements (and microdata metas anywhere) into the page's metadata.
    private static func record(_ node: xmlNodePtr, name: String, into metadata: inout PageMetadata) {
        switch name {
        case "meta":
            let attributes = Dictionary(attributesAll(of: node), uniquingKeysWith: { first, _ in first })
            guard let content = attributes["content"] else { return }
            for keyName in ["property", "name", "itemprop", "http-equiv"] {
                if let key = attributes[keyName] {
                    // property="og:title twitter:title" names several keys at once.
                    for part in key.lowercased().split(separator: " ") { metadata.addMeta(String(part), content) }
                }
            }
        case "title" where metadata.titleElement == nil:
            metadata.titleElement = textContent(node)
        case "link":
            let attributes = Dictionary(attributesAll(of: node), uniquingKeysWith: { first, _ in first })
            if attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, metadata.canonicalURL == nil {
                metadata.canonicalURL = attributes["href"]
            }
        case "script":
            let type = attributesAll(of: node).first { $0.0 == "type" }?.1.lowercased()
            if type == "application/ld+json" { metadata.jsonLD.append(textContent(node)) }
        default:
            break
        }
    }

    private static func attributesAll(of node: xmlNodePtr) -> [(String, String)] {
        var result: [(String, String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            result.append((String(cString: current.pointee.name).lowercased(), value(of: current)))
            attribute = current.pointee.next
        }
        return result
    }
}
