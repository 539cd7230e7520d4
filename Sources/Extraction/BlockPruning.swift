/// The last pass over the chosen container's paragraphs: links to other pages that sit inside
/// the article's markup under no telling element name — "Read more: …", "Related: …", lists of
/// related headlines. Such a block is mostly link text and is not a sentence of its own. For a
/// figure tracker this matters: another story's headline ("Storm kills 12") is not this story's
/// figure. Headings stay even when they are links (a listicle's section titles often are).
enum BlockPruning {
    /// Share of link text above which a non-sentence block is a link to elsewhere.
    static let linkShare = 0.6

    static func pruned(_ blocks: [RenderedBlock]) -> [RenderedBlock] {
        let kept = blocks.filter { !isLinkToElsewhere($0) }
        // A page that is mostly links (a list of links is its content) keeps them.
        let keptLength = kept.reduce(0) { $0 + $1.text.utf8.count }
        let totalLength = blocks.reduce(0) { $0 + $1.text.utf8.count }
        return keptLength * 2 >= totalLength ? kept : blocks
    }

    static func isLinkToElsewhere(_ block: RenderedBlock) -> Bool {
        guard block.linkLength > 0, block.role != .heading, !endsSentence(block.text) else { return false }
        return Double(block.linkLength) >= linkShare * Double(block.text.unicodeScalars.count)
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
