/// Where the article's own text ends. Its paragraphs stand together in one element, the
/// smallest that holds nearly all of them; what comes after that element's last block, in other
/// elements, is what pages put below an article: an author's bio, a promo, a newsletter box, a
/// comment prompt, more stories with their teasers. It is the article's text only when it
/// carries the article on, with a paragraph as long as the article's own.
enum ArticleEnd {
    /// Share of the paragraphs' text the article's element holds.
    static let share = 0.8
    /// A paragraph this long after the element continues the article (a text split around an
    /// advertisement); teasers, bios and promos are shorter.
    static let continuationWords = 50
    /// Levels an ancestor is looked for above a paragraph: a page nested deeper is left as it is,
    /// rather than walked at a cost that grows with its depth.
    static let maximumDepth = 40

    /// The blocks after the article's end: from the first block after its element's last, up to
    /// a paragraph that continues the article.
    static func blocksAfterEnd(_ blocks: [RenderedBlock], paragraphs: [Int], _ tree: HTMLTree) -> Range<Int> {
        guard paragraphs.count >= 2, let element = element(holding: paragraphs, of: blocks, tree) else { return blocks.endIndex..<blocks.endIndex }
        let inside = { (block: Int) in (element..<tree.nodes[element].end).contains(blocks[block].node) }
        guard let last = blocks.indices.last(where: inside) else { return blocks.endIndex..<blocks.endIndex }
        let start = last + 1
        let end = blocks.indices[start...].first { index in
            inside(index) || (paragraphs.contains(index) && words(blocks[index].text) >= continuationWords)
        } ?? blocks.endIndex
        return start..<end
    }

    /// The deepest element holding `share` of the paragraphs' text and more than one of them.
    static func element(holding paragraphs: [Int], of blocks: [RenderedBlock], _ tree: HTMLTree) -> Int? {
        var held: [Int: (length: Int, count: Int)] = [:]
        var total = 0
        for index in paragraphs {
            let length = blocks[index].text.utf8.count
            total += length
            var ancestor = tree.nodes[blocks[index].node].parent
            var level = 0
            while ancestor >= 0 && level < maximumDepth {
                let sum = held[ancestor, default: (0, 0)]
                held[ancestor] = (sum.length + length, sum.count + 1)
                ancestor = tree.nodes[ancestor].parent
                level += 1
            }
        }
        // Ancestors holding most of the text lie on one line from the root, where the deepest
        // comes last in document order.
        return held.filter { Double($0.value.length) >= share * Double(total) && $0.value.count > 1 }.keys.max()
    }

    private static func words(_ text: String) -> Int {
        text.utf8.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
    }
}
