/// The short lines of text between an article's headline and its first paragraph: where
/// bylines and date lines sit.
struct HeaderLines {
    var lines: [String] = []

    /// The first line that starts like a byline ("By ...", "Par ...").
    var byline: String? {
        lines.first { BylineText.introducers.contains($0.split(separator: " ").first?.lowercased() ?? "") }
    }

    /// The first publication and update dates the lines state.
    var dates: DateLine { DateLine.first(in: lines) }

    /// A line this long is the article's text, where the header ends.
    static let paragraphLength = 200
    /// Bounds on the look: a page whose heading is followed by no paragraph has no header.
    private static let maximumLines = 8
    private static let maximumNodes = 200

    /// No lines: a page without a headline has no header to read.
    init() {}

    init(after heading: Int, _ tree: HTMLTree) {
        lines = Self.lines(after: heading, tree)
    }

    private static func lines(after heading: Int, _ tree: HTMLTree) -> [String] {
        var lines: [String] = []
        var line = ""
        var openBlocks: [Int] = []
        func flush() -> Bool {
            let text = CollapsedWhitespace.of(line)
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
            if node.isText {
                line += node.text
                // Already longer than a line could be once collapsed: the text has begun.
                if line.utf8.count > 4 * paragraphLength { return lines }
            }
            index += 1
        }
        _ = flush()
        return lines
    }
}
