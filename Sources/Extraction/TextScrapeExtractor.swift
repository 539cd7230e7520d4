import Documents
import Foundation

/// The article in a plain-text scrape: paragraphs rejoined, page furniture trimmed from both
/// ends and removed between paragraphs, and the title, site, byline and date the top states.
enum TextScrapeExtractor {
    struct Result: Equatable {
        var title: String?
        var body: String
        var source: String?
        var published: Date?
        var author: String?
    }

    /// A paragraph at least this long anchors the body: nothing before it is running text
    /// except what follows the title.
    static let anchorWords = 10

    static func extract(_ content: String) throws(ExtractionError) -> Result {
        let blocks = LineRejoining.paragraphs(of: content).map(TextBlock.init)
        var kinds = blocks.map { BlockClassifier.kind(of: $0) }
        markImageAltLines(blocks, &kinds)

        let paragraphIndices = kinds.indices.filter { kinds[$0] == .paragraph }
        guard let anchor = paragraphIndices.first(where: { blocks[$0].wordCount >= anchorWords }) ?? paragraphIndices.first,
              let last = paragraphIndices.last else {
            throw ExtractionError("no article text found: the text has no paragraph, only \(blocks.count) line(s) of headings or page furniture")
        }
        let titleIndex = self.titleIndex(blocks, kinds, before: anchor)
        let start = titleIndex.flatMap { title in paragraphIndices.first { $0 > title && $0 <= anchor } } ?? anchor

        var kept: [String] = []
        for index in start...last where kinds[index] == .paragraph || kinds[index] == .heading {
            let text = blocks[index].text
            if let titleIndex, text == blocks[titleIndex].text { continue }
            if kept.last == text { continue }
            kept.append(text)
        }
        let leadIn = blocks[..<start]
        return Result(
            title: titleIndex.map { blocks[$0].text },
            body: kept.joined(separator: "\n\n"),
            source: leadIn.lazy.flatMap(\.tokens).compactMap(TextBlock.domain).first,
            published: leadIn.indices.lazy.filter { kinds[$0] != .paragraph }.compactMap { PublicationDate.firstDate(in: blocks[$0].text) }.first,
            author: leadIn.lazy.compactMap(byline).first)
    }

    /// The headline among the blocks before the body: the first heading of five words or more,
    /// else the first of three or more; short lines are more often site names and menus.
    static func titleIndex(_ blocks: [TextBlock], _ kinds: [BlockKind], before anchor: Int) -> Int? {
        let candidates = (0..<anchor).filter { index in
            kinds[index] == .heading || (kinds[index] == .paragraph && blocks[index].wordCount <= 20)
        }
        return candidates.first { blocks[$0].wordCount >= 5 } ?? candidates.first { blocks[$0].wordCount >= 3 }
    }

    /// A short line that the next, longer line begins with is a picture's alternative text
    /// followed by its caption.
    static func markImageAltLines(_ blocks: [TextBlock], _ kinds: inout [BlockKind]) {
        for index in blocks.indices.dropLast() where kinds[index] == .heading {
            let line = blocks[index].text.lowercased()
            let next = blocks[index + 1].text.lowercased()
            if next.count > line.count && next.hasPrefix(line) {
                kinds[index] = .furniture(.imageAlt)
                if kinds[index + 1] == .heading || kinds[index + 1] == .paragraph && blocks[index + 1].wordCount < anchorWords {
                    kinds[index + 1] = .furniture(.caption)
                }
            }
        }
    }

    /// The name in a byline: "By Jane Doe and John Roe | Reuters" -> "Jane Doe and John Roe".
    static func byline(_ block: TextBlock) -> String? {
        guard BlockClassifier.isByline(block) else { return nil }
        var name: [Substring] = []
        for token in block.tokens.dropFirst() {
            let word = token.trimmingCharacters(in: .punctuationCharacters)
            let connector = ["and", "&", "de", "van", "von", "der", "da", "del", "bin", "al"].contains(word.lowercased())
            guard word.first?.isUppercase == true || (connector && !name.isEmpty) else { break }
            guard !DateWords.all.contains(word.lowercased()) else { break }
            name.append(Substring(word))
            if token.last.map({ ",|;".contains($0) }) == true { break }
        }
        while let last = name.last, ["and", "&"].contains(last.lowercased()) { name.removeLast() }
        return name.isEmpty ? nil : name.joined(separator: " ")
    }
}
