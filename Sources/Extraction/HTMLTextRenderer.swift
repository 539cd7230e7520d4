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
        var builder = ParagraphBuilder()
        for root in roots { append(root, tree, excluded: excluded, to: &builder) }
        builder.breakParagraph()
        return builder.paragraphs
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
            let node = tree.nodes[index]
            if node.isText { text += node.text } else if blockElements.contains(node.name) || node.name == "td" || node.name == "th" { text += " " }
            index += 1
        }
        return Whitespace.collapsed(text)
    }

    private static func append(_ root: Int, _ tree: HTMLTree, excluded: [Bool]?, to builder: inout ParagraphBuilder) {
        // Walk in document order; `closing` holds the ends of open block elements so a
        // paragraph also breaks where a block ends.
        var closing: [(end: Int, name: String)] = []
        var index = root
        let end = tree.nodes[root].end
        while index < end {
            while let last = closing.last, last.end <= index {
                closing.removeLast()
                if last.name == "td" || last.name == "th" { builder.cellBreak() } else { builder.breakParagraph() }
            }
            if let excluded, excluded[index] {
                index = tree.nodes[index].end
                continue
            }
            let node = tree.nodes[index]
            if node.isText {
                builder.append(node.text)
            } else if node.name == "td" || node.name == "th" {
                builder.cellBreak()
                closing.append((node.end, node.name))
            } else if blockElements.contains(node.name) {
                builder.breakParagraph()
                closing.append((node.end, node.name))
            }
            index += 1
        }
        while let last = closing.popLast() {
            if last.name == "td" || last.name == "th" { builder.cellBreak() } else { builder.breakParagraph() }
        }
    }

    private struct ParagraphBuilder {
        var paragraphs: [String] = []
        var current = ""
        var pendingCell = false

        mutating func append(_ text: String) {
            if pendingCell, text.contains(where: { !$0.isWhitespace }) {
                if current.contains(where: { !$0.isWhitespace }) { current += " | " }
                pendingCell = false
            }
            current += text
        }

        mutating func cellBreak() { pendingCell = true }

        mutating func breakParagraph() {
            pendingCell = false
            let paragraph = Whitespace.collapsed(current)
            current = ""
            if !paragraph.isEmpty { paragraphs.append(paragraph) }
        }
    }
}
