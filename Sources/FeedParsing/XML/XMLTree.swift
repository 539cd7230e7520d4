/// An XML document as a flat array in document order, so every walk over it is a loop (a feed
/// nested 100,000 deep must not exhaust the stack). A node's subtree is `index..<end`; its
/// children are found by hopping from `index + 1` to each child's `end`. Node 0 is the root element.
struct XMLTree {
    struct Attribute {
        var name: String
        /// Namespace URI, "" for none.
        var namespace: String
        var value: String
    }

    struct Node {
        /// Local name of an element; "" for text (character data and CDATA alike).
        var name: String
        /// Namespace URI of an element, "" for none.
        var namespace: String = ""
        var prefix: String = ""
        var attributes: [Attribute] = []
        var text: String = ""
        var parent: Int
        var end: Int
        /// The effective xml:base (resolved against every enclosing one and the document's URL).
        var base: String?
        /// The effective xml:lang.
        var language: String?

        var isText: Bool { name.isEmpty }

        func attribute(_ name: String, namespace: String = "") -> String? {
            attributes.first { $0.name == name && $0.namespace == namespace }?.value
        }

        func `is`(_ name: String, in namespace: String) -> Bool {
            self.name == name && self.namespace == namespace
        }
    }

    var nodes: [Node] = []
    /// The namespaces the root element declares, by prefix ("" for the default namespace).
    var rootNamespaces: [String: String] = [:]
    /// The public identifier of the DOCTYPE, if any ("-//Netscape Communications//DTD RSS 0.91//EN").
    var doctypePublicID: String?
    /// What was recovered from (libxml2's complaint about an ill-formed document, repaired entities).
    var warnings: [String] = []
    /// libxml2's complaint when the document was not well-formed XML; nil when it was.
    var malformation: String?

    subscript(index: Int) -> Node { nodes[index] }

    /// The element children of a node, in order.
    func children(of index: Int) -> [Int] {
        var children: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            if !nodes[child].isText { children.append(child) }
            child = nodes[child].end
        }
        return children
    }

    func hasElementChildren(_ index: Int) -> Bool {
        var child = index + 1
        while child < nodes[index].end {
            if !nodes[child].isText { return true }
            child = nodes[child].end
        }
        return false
    }

    /// The first element child with this name in this namespace.
    func child(of index: Int, _ name: String, in namespace: String) -> Int? {
        children(of: index).first { nodes[$0].is(name, in: namespace) }
    }

    /// All character data inside the node, in document order.
    func text(of index: Int) -> String {
        if index + 1 < nodes[index].end, nodes[index].end == index + 2, nodes[index + 1].isText { return nodes[index + 1].text }
        var text = ""
        for node in nodes[(index + 1)..<nodes[index].end] where node.isText { text += node.text }
        return text
    }

    /// The character data trimmed, or nil when there is none.
    func trimmedText(of index: Int) -> String? {
        let value = text(of: index).trimmingXMLWhitespace()
        return value.isEmpty ? nil : value
    }
}

extension String {
    /// Without the XML whitespace (space, tab, CR, LF) at either end.
    func trimmingXMLWhitespace() -> String {
        let utf8 = self.utf8
        guard let first = utf8.firstIndex(where: { !$0.isXMLWhitespace }) else { return "" }
        guard let last = utf8.lastIndex(where: { !$0.isXMLWhitespace }) else { return "" }
        let end = utf8.index(after: last)
        if first == utf8.startIndex && end == utf8.endIndex { return self }
        return String(self[first..<end])
    }
}

extension UInt8 {
    var isXMLWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}

extension String {
    /// Nil for the empty string.
    var nonEmpty: String? { isEmpty ? nil : self }
}
