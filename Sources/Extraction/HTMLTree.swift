/// A parsed page as a flat array in document order, so every walk over it is a loop (a page
/// nested 100,000 deep must not exhaust the stack). A node's subtree is the index range
/// `index..<end`; its children are found by hopping from `index + 1` to each child's `end`.
struct HTMLTree {
    struct Node {
        /// Lower-case element name, or "" for a text node.
        var name: String
        /// A text node's text; empty for elements.
        let text: String
        var parent: Int
        var end: Int
        let attributes: [(name: String, value: String)]
        /// What the class and id names say (see `BoilerplateNames`).
        let signals: BoilerplateNames.Signals
        /// What the element's name says to each stage (empty for text).
        let kind: ElementKind
        /// A text node's length with white-space runs collapsed, and its commas
        /// (`TextStatistics.measure`); 0 for elements.
        let textLength: Int
        let commas: Int

        // Everything derived is worked out here, once per node, rather than by each stage that
        // asks (the scorer asks again for every fallback attempt).
        init(name: String, text: String = "", parent: Int, end: Int, attributes: [(name: String, value: String)] = [], kind: ElementKind? = nil) {
            self.name = name
            self.kind = kind ?? (name.isEmpty ? [] : ElementKind.of(name))
            self.text = text
            self.parent = parent
            self.end = end
            self.attributes = attributes
            let classes = attributes.first { $0.name == "class" }?.value
            signals = BoilerplateNames.signals(class: classes.map(ASCIIText.lowercased), id: attributes.first { $0.name == "id" }.map { ASCIIText.lowercased($0.value) })
            (textLength, commas) = name.isEmpty ? TextStatistics.measure(text) : (0, 0)
            isHidden = !attributes.isEmpty && Self.hides(attributes, classes: classes ?? "")
        }

        /// Marked hidden (`hidden`, `display:none`, `visibility:hidden`, `aria-hidden`, except the
        /// fallback images some sites mark so): not article content whatever it scores.
        let isHidden: Bool

        private static func hides(_ attributes: [(name: String, value: String)], classes: String) -> Bool {
            for (name, value) in attributes {
                switch name {
                case "hidden": return true
                case "style":
                    if ASCIIText.contains(value, "display:none", ignoringCase: true, ignoringSpaces: true)
                        || ASCIIText.contains(value, "visibility:hidden", ignoringCase: true, ignoringSpaces: true) { return true }
                case "aria-hidden":
                    if value == "true" && !ASCIIText.contains(classes, "fallback-image", ignoringCase: true) { return true }
                default: break
                }
            }
            return false
        }

        var isText: Bool { name.isEmpty }

        /// A link within the page ("#comments"), which weighs less than a link elsewhere.
        var isFragmentLink: Bool { attribute("href")?.utf8.first == UInt8(ascii: "#") }

        func attribute(_ wanted: String) -> String? {
            attributes.first { $0.name == wanted }?.value
        }
    }

    var nodes: [Node] = []

    /// The element children of a node, in order.
    func elementChildren(of index: Int) -> [Int] {
        var children: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            if !nodes[child].isText { children.append(child) }
            child = nodes[child].end
        }
        return children
    }

    /// All children (text included), in order.
    func children(of index: Int) -> [Int] {
        var children: [Int] = []
        var child = index + 1
        while child < nodes[index].end {
            children.append(child)
            child = nodes[child].end
        }
        return children
    }

    func firstElement(named name: String) -> Int? {
        nodes.indices.first { nodes[$0].name == name }
    }
}
