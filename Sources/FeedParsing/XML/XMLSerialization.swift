/// Markup inside an element written back out: what Atom's xhtml content, naked HTML in an RSS
/// description and Atom 0.3's mode="xml" carry. XHTML elements lose their namespace (HTML
/// consumers want `<p>`, not `<xhtml:p>`); void elements are written `<br />`.
extension XMLTree {
    private static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// The children of a node as markup, in one loop over its subtree.
    func innerXML(of index: Int) -> String {
        var out = ""
        var open: [Int] = []
        var i = index + 1
        let end = nodes[index].end
        while i < end {
            while let last = open.last, nodes[last].end <= i {
                out += "</" + qualifiedName(nodes[last]) + ">"
                open.removeLast()
            }
            let node = nodes[i]
            if node.isText {
                Self.escape(node.text, into: &out, quotes: false)
            } else {
                let name = qualifiedName(node)
                out += "<" + name
                for attribute in node.attributes {
                    out += " " + (attribute.namespace == Namespace.xml ? "xml:" : "") + attribute.name + "=\""
                    Self.escape(attribute.value, into: &out, quotes: true)
                    out += "\""
                }
                if node.end == i + 1 {
                    out += Self.voidElements.contains(node.name.lowercased()) ? " />" : "></" + name + ">"
                } else {
                    out += ">"
                    open.append(i)
                }
            }
            i += 1
        }
        while let last = open.popLast() { out += "</" + qualifiedName(nodes[last]) + ">" }
        return out
    }

    private func qualifiedName(_ node: Node) -> String {
        node.namespace == Namespace.xhtml || node.namespace.isEmpty || node.prefix.isEmpty ? node.name : node.prefix + ":" + node.name
    }

    static func escape(_ text: String, into out: inout String, quotes: Bool) {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || (quotes && $0 == UInt8(ascii: "\"")) }) else {
            out += text
            return
        }
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            default: out.unicodeScalars.append(character)
            }
        }
    }
}
