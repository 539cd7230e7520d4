/// The short lines of text between an article's headline and its first paragraph: where
/// bylines and date lines sit.
enum HeaderLines {
    /// A line this long is the article's text, where the header ends.
    static let paragraphLength = 200
    /// Bounds on the look: a page whose heading is followed by no paragraph has no header.
    private static let maximumLines = 10
    private static let maximumNodes = 400

    static func lines(after heading: Int, _ tree: HTMLTree) -> [String] {
        var lines: [String] = []
        var line = ""
        var openBlocks: [Int] = []
        func flush() -> Bool {
            let text = Whitespace.collapsed(line)
            line = ""
            guard !text.isEmpty else { return true }
            guard text.count < paragraphLength else { return false }
            lines.append(text)
            return lines.count < maximumLines
        }
        var index = tree.nodes[heading].end
        while index < min(tree.nodes.count, tree.nodes[heading].end + maximumNodes) {
            let node = tree.nodes[index]
            // A line ends where a block element starts or ends.
            var boundary = false
            while let end = openBlocks.last, end <= index {
                openBlocks.removeLast()
                boundary = true
            }
            let isBlock = HTMLTextRenderer.blockElements.contains(node.name)
            if (boundary || isBlock), !flush() { return lines }
            if isBlock { openBlocks.append(node.end) }
            if node.isText { line += node.text }
            index += 1
        }
        _ = flush()
        return lines
    }
}
