/// The last pass over the chosen container's paragraphs: what sits inside the article's markup
/// under no telling element name. For a figure tracker this matters: another story's headline
/// ("Storm kills 12"), a caption's date or a promo's price is not this story's figure.
/// - captions and credits are set apart (kept as metadata, not as body), unless the page is a
///   gallery whose captions are its text;
/// - links to elsewhere: a block that is mostly link text and not a sentence ("Read more: …",
///   a related headline);
/// - furniture lines (`BlockClassifier`, the word classes a text scrape is read with):
///   navigation, labels, counters, copyright lines and credits wherever they stand; bylines,
///   datelines, contact lines and long appeals to the reader only at the text's edges;
/// - what follows the article's end (`ArticleEnd`);
/// - headings left heading nothing, and headings or links repeated word for word.
enum BlockPruning {
    /// Share of link text above which a non-sentence block is a link to elsewhere.
    static let linkShare = 0.6
    /// Longest line outside a heading element that is read as a heading: longer non-sentences
    /// are more often a paragraph cut short than a title.
    static let headingWords = 8
    /// Bytes up to which an appeal to the reader is a line of its own, furniture wherever it
    /// stands; a longer one may be a sentence of the article and goes only at its edges.
    static let appealLength = 160
    /// Bytes beyond which a line naming a picture's source is a sentence, not a credit.
    static let creditLength = 100
    /// Bytes beyond which a block is running text, not a furniture line or a caption.
    static let furnitureLength = 300

    struct Result: Equatable {
        var body: [RenderedBlock]
        var captions: [String]
        /// Characters of the text that is not links to elsewhere, furniture and captions
        /// included: what the container holds, which is what choosing between containers weighs
        /// (a container is not worse for holding a caption).
        var containerLength: Int
    }

    static func pruned(_ blocks: [RenderedBlock], _ tree: HTMLTree) -> Result {
        var kept = linksToElsewhere(blocks, tree).map { !$0 }
        // A page that is mostly links (a list of links is its content) keeps them.
        if length(blocks, kept) * 2 < length(blocks, blocks.map { _ in true }) { kept = blocks.map { _ in true } }
        let notLinks = kept
        let containerLength = blocks.indices.reduce(0) { kept[$1] ? $0 + blocks[$1].text.count : $0 }
        let isCaption = blocks.map { $0.role == .caption }

        var heads = [Bool](repeating: false, count: blocks.count)
        var kinds = [BlockKind?](repeating: nil, count: blocks.count)
        for index in blocks.indices where kept[index] && !isCaption[index] && blocks[index].role != .preformatted {
            // Furniture lines are short; a long block is running text, and is not read word by word.
            guard blocks[index].text.utf8.count <= furnitureLength else { continue }
            let block = TextBlock(blocks[index].text)
            let kind = BlockClassifier.kind(of: block, fromMarkup: true)
            kinds[index] = kind
            if kind == .heading {
                // A line of a list written with bullets ("* More levels") heads nothing.
                heads[index] = blocks[index].role == .heading
                    || (blocks[index].role == .text && block.wordCount <= headingWords && !LineRejoining.startsListItem(block.text))
            }
            if kind == .paragraph { heads[index] = blocks[index].role == .heading }
        }
        // The article's running text spans from its first paragraph to its last; bylines, bios
        // and appeals to the reader are furniture at its edges, but inside it a sentence that
        // reads like one ("Tap water is free, you can sign up at the town hall") is reporting.
        let isText = blocks.indices.map { kept[$0] && !isCaption[$0] && (kinds[$0] == nil || kinds[$0] == .paragraph) }
        let first = isText.firstIndex(of: true) ?? blocks.count
        let last = isText.lastIndex(of: true) ?? -1
        let paragraphs = blocks.indices.filter { isText[$0] && blocks[$0].role != .heading && endsSentence(blocks[$0].text) }
        for index in ArticleEnd.blocksAfterEnd(blocks, paragraphs: paragraphs, tree) { kept[index] = false }
        for index in blocks.indices {
            guard case .furniture(let furniture) = kinds[index] else { continue }
            switch furniture {
            case .callToAction where blocks[index].text.utf8.count <= appealLength:
                // A one-line appeal ("Subscribe now for the full story.") is a box of its own.
                kept[index] = false
            case .callToAction, .dateline, .contact:
                if index < first || index > last { kept[index] = false }
            case .caption:
                // A credit stands alone ("Photo: Agency"); a sentence naming a file or an image
                // in passing ("the test file: ...") is text.
                if blocks[index].text.utf8.count <= creditLength { kept[index] = false }
            default:
                kept[index] = false
            }
        }
        dropEmptySections(blocks, heads: heads, kept: &kept)
        dropRepeats(blocks, kept: &kept)

        var captions: [String] = []
        for index in blocks.indices where isCaption[index] && kept[index] && !captions.contains(blocks[index].text) {
            captions.append(blocks[index].text)
        }
        // A page whose text is mostly captions is a gallery or a slideshow: its captions are
        // what it says.
        let captionLength = captions.reduce(0) { $0 + $1.count }
        if captionLength > blocks.indices.reduce(0, { kept[$1] && !isCaption[$1] ? $0 + blocks[$1].text.count : $0 }) {
            return Result(body: blocks.indices.filter { kept[$0] }.map { blocks[$0] }, captions: [], containerLength: containerLength)
        }
        let body = blocks.indices.filter { kept[$0] && !isCaption[$0] }.map { blocks[$0] }
        // A page that is only pictures and their captions, or lines read as furniture, says what
        // it says in them.
        if body.isEmpty { return Result(body: blocks.indices.filter { notLinks[$0] }.map { blocks[$0] }, captions: [], containerLength: containerLength) }
        return Result(body: body, captions: captions, containerLength: containerLength)
    }

    /// A heading whose section (up to the next heading) has no text left heads nothing: the
    /// title of a related-links list whose links were dropped, or a headline after the
    /// article's end. Read from the end, so a heading over only such headings goes too; a
    /// heading right above a kept one (a chapter over its first section) stays.
    static func dropEmptySections(_ blocks: [RenderedBlock], heads: [Bool], kept: inout [Bool]) {
        var textFollows = false
        var keptHeadingFollows = false
        for index in blocks.indices.reversed() where blocks[index].role != .caption {
            if !kept[index] {
                continue
            } else if heads[index] {
                kept[index] = textFollows || keptHeadingFollows
                keptHeadingFollows = kept[index]
                textFollows = false
            } else {
                textFollows = true
                keptHeadingFollows = false
            }
        }
    }

    /// The second of two headings or linked blocks with the same text: a teaser shown twice, a
    /// promo repeated down the page. Plain text may repeat (a song's chorus, a poem's refrain);
    /// captions are set apart and their repeats (a gallery's) merged elsewhere.
    static func dropRepeats(_ blocks: [RenderedBlock], kept: inout [Bool]) {
        var seen: Set<String> = []
        for index in blocks.indices where kept[index] && (blocks[index].role == .heading || blocks[index].linkLength > 0)
            && (20...furnitureLength).contains(blocks[index].text.utf8.count) {
            if !seen.insert(blocks[index].text).inserted { kept[index] = false }
        }
    }

    /// Whether each block is a link to elsewhere. Two kinds of linked text are not: a row of a
    /// table with more than one cell (its linked cells are names in the table's data: a party in
    /// a table of results, a country in a table of figures), and an item of a list whose items
    /// are mostly words of their own (notes that link their sources, a changelog); a list of
    /// headlines is links throughout and goes.
    static func linksToElsewhere(_ blocks: [RenderedBlock], _ tree: HTMLTree) -> [Bool] {
        var links = blocks.map(isLinkToElsewhere)
        guard links.contains(true) else { return links }
        var lists: [Int: (linked: Int, total: Int)] = [:]
        var listOf = [Int?](repeating: nil, count: blocks.count)
        for index in blocks.indices where blocks[index].role == .listItem {
            guard let list = enclosingList(of: blocks[index].node, tree) else { continue }
            listOf[index] = list
            let sum = lists[list, default: (0, 0)]
            lists[list] = (sum.linked + blocks[index].linkLength, sum.total + blocks[index].text.unicodeScalars.count)
        }
        for index in blocks.indices where links[index] {
            if blocks[index].role == .tableRow && blocks[index].text.contains(" | ") {
                links[index] = false
            } else if let list = listOf[index], let sum = lists[list], Double(sum.linked) < linkShare * Double(sum.total) {
                links[index] = false
            }
        }
        return links
    }

    /// Levels a list is looked for above a list item's text.
    private static let listDepth = 8

    /// The list an item belongs to. A list nested in another's item ("In progress:" over the
    /// tickets it links) is part of that list and judged with it: a changelog's sub-list of
    /// links is the changelog's text, while a menu's sub-menus are links like the menu.
    private static func enclosingList(of node: Int, _ tree: HTMLTree) -> Int? {
        guard var list = nearestList(above: node, tree) else { return nil }
        while let outer = nearestList(above: list, tree) { list = outer }
        return list
    }

    private static func nearestList(above node: Int, _ tree: HTMLTree) -> Int? {
        var ancestor = tree.nodes[node].parent
        for _ in 0..<listDepth where ancestor >= 0 {
            if ["ul", "ol", "dl"].contains(tree.nodes[ancestor].name) { return ancestor }
            ancestor = tree.nodes[ancestor].parent
        }
        return nil
    }

    static func isLinkToElsewhere(_ block: RenderedBlock) -> Bool {
        guard block.linkLength > 0, block.role != .heading, !endsSentence(block.text) else { return false }
        return Double(block.linkLength) >= linkShare * Double(block.text.unicodeScalars.count)
    }

    private static func length(_ blocks: [RenderedBlock], _ kept: [Bool]) -> Int {
        blocks.indices.reduce(0) { kept[$1] ? $0 + blocks[$1].text.utf8.count : $0 }
    }

    /// Ends like a sentence, possibly inside closing quotes or brackets.
    static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "”", "’", "»", ")", "]", "*": continue
            case ".", "!", "?", "…", "。", "！", "？", "؟", "।": return true
            default: return false
            }
        }
        return false
    }
}
