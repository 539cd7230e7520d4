/// A parsed page as a flat array in document order, so every walk over it is a loop (a page
/// nested 100,000 deep must not exhaust the stack). A node's subtree is the index range
/// `index..<end`; its children are found by hopping from `index + 1` to each child's `end`.
struct HTMLTree {
    struct Node {
        /// Lower-case element name, or "" for a text node.
        var name: String
        /// A text node's text; empty for elements.
        var text: String = ""
        var parent: Int
        var end: Int
        var attributes: [(name: String, value: String)] = []

        var isText: Bool { name.isEmpty }

        func attribute(_ wanted: String) -> String? {
            attributes.first { $0.name == wanted }?.value
        }

        /// class and id, the strings boilerplate is usually named in.
        var classAndID: String {
            ((attribute("class") ?? "") + " " + (attribute("id") ?? "")).lowercased()
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
