import Model

/// The text of chosen subtrees as the article body: block elements start paragraphs, inline
/// text flows with white space collapsed, table cells in a row are separated by " | ".
enum HTMLTextRenderer {
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "tfoot", "thead", "tr", "ul", "img", "picture", "iframe", "legend", "hgroup", "menu",
    ]

    /// Paragraphs of the subtrees at `roots`, skipping excluded nodes.
    static func paragraphs(of roots: [Int], _ tree: HTMLTree, excluded: [Bool]?) -> [String] {
        blocks(of: roots, tree, excluded: excluded).map(\.text)
    }

    /// The same as blocks that say what made them and how much of them is link text.
    static func blocks(of roots: [Int], _ tree: HTMLTree, excluded: [Bool]?) -> [RenderedBlock] {
        var builder = BlockBuilder()
        for root in roots { append(root, tree, excluded: excluded, to: &builder) }
        builder.breakParagraph()
        return builder.blocks
    }

    /// One subtree's text on one line.
    static func plainText(of root: Int, _ tree: HTMLTree, excluded: [Bool]?) -> String {
        var text = ""
        var index = root
        while index < tree.nodes[root].end {
            if let excluded, excluded[index] {
                index = tree.nodes[index].end
                continue
            }
            if tree.nodes[index].isText {
                text += tree.nodes[index].text
            } else if !tree.nodes[index].kind.isDisjoint(with: [.block, .cell]) {
                text += " "
            }
            index += 1
        }
        return Whitespace.collapsed(text)
    }

    private static func append(_ root: Int, _ tree: HTMLTree, excluded: [Bool]?, to builder: inout BlockBuilder) {
        // Walk in document order; `closing` holds the ends of open block elements and links, so
        // a paragraph also breaks where a block ends.
        var closing: [(end: Int, name: String, caption: Bool)] = []
        var index = root
        let end = tree.nodes[root].end
        while index < end {
            while let last = closing.last, last.end <= index {
                closing.removeLast()
                builder.close(last.name, caption: last.caption)
            }
            if let excluded, excluded[index] {
                index = tree.nodes[index].end
                continue
            }
            if tree.nodes[index].isText {
                builder.append(tree.nodes[index].text, length: tree.nodes[index].textLength, node: index)
                index += 1
                continue
            }
            let kind = tree.nodes[index].kind
            let name = tree.nodes[index].name
            // A caption or credit is a block of its own even when marked up inline.
            let caption = isCaption(tree.nodes[index])
            guard !kind.isDisjoint(with: [.link, .cell, .block]) || caption else {
                index += 1
                continue
            }
            if kind.contains(.link) {
                builder.open("a", caption: caption)
            } else if kind.contains(.cell) {
                builder.cellBreak()
                builder.open(name, caption: caption)
            } else {
                builder.breakParagraph()
                builder.open(name, caption: caption)
            }
            closing.append((tree.nodes[index].end, name, caption))
            index += 1
        }
        while let last = closing.popLast() { builder.close(last.name, caption: last.caption) }
    }

    /// Text about a picture: a figure's caption, a table's, or an element named as a caption or
    /// credit. A figure's own text counts too (credits often sit beside the image, not in the
    /// figcaption); an embedded post in a figure is a blockquote and stays text.
    static func isCaption(_ node: HTMLTree.Node) -> Bool {
        switch node.name {
        case "figcaption", "caption", "figure": return true
        default: return node.signals.contains(.caption) && !node.signals.contains(.captionHolder)
        }
    }

    private struct BlockBuilder {
        var blocks: [RenderedBlock] = []
        var current = Whitespace.Collapsing()
        var pendingCell = false
        var linkLength = 0
        var role: RenderedBlock.Role?
        var firstNode = 0
        /// Open block elements (innermost last) and how many links are open.
        var openBlocks: [String] = []
        var openLinks = 0
        var openCaptions = 0

        mutating func open(_ name: String, caption: Bool) {
            if caption { openCaptions += 1 }
            if name == "a" { openLinks += 1 } else if name != "td" && name != "th" { openBlocks.append(name) }
        }

        mutating func close(_ name: String, caption: Bool) {
            if caption {
                // The caption's text ends with it, even when it was an inline element.
                breakParagraph()
                openCaptions -= 1
            }
            switch name {
            case "a": openLinks -= 1
            case "td", "th": cellBreak()
            default:
                if let last = openBlocks.lastIndex(of: name) { openBlocks.remove(at: last) }
                breakParagraph()
            }
        }

        mutating func append(_ text: String, length: Int, node: Int) {
            guard length > 0 else {
                current.appendSpace()
                return
            }
            if pendingCell, !current.isEmpty {
                current.append(" | ")
                role = .tableRow
            }
            pendingCell = false
            if role == nil {
                firstNode = node
                role = openCaptions > 0 && !openBlocks.contains("blockquote") ? .caption : RenderedBlock.Role(innermost: openBlocks.last)
            }
            if openLinks > 0 { linkLength += length }
            current.append(text)
        }

        mutating func cellBreak() { pendingCell = true }

        mutating func breakParagraph() {
            pendingCell = false
            if !current.isEmpty {
                blocks.append(RenderedBlock(text: current.text, role: role ?? .text, linkLength: linkLength, node: firstNode))
            }
            current.removeAll()
            linkLength = 0
            role = nil
        }
    }
}

/// A paragraph of the rendered body, with what the pruning of page furniture looks at.
struct RenderedBlock: Equatable {
    enum Role: Equatable {
        case text, heading, listItem, tableRow, caption, quote, preformatted

        init(innermost element: String?) {
            switch element {
            case "h1", "h2", "h3", "h4", "h5", "h6": self = .heading
            case "li", "dt", "dd": self = .listItem
            case "tr", "td", "th", "table", "tbody", "thead", "tfoot": self = .tableRow
            case "figcaption", "caption": self = .caption
            case "blockquote": self = .quote
            case "pre": self = .preformatted
            default: self = .text
            }
        }
    }

    var text: String
    var role: Role
    /// Characters of it inside links, counted like `TextStatistics` counts them.
    var linkLength: Int
    /// The text node it starts with: where in the page it stands.
    var node: Int
}
