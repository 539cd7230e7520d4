import Documents
import Foundation

/// The article in an HTML page: metadata from what the page declares, the body from the
/// container the content scorer picks, as paragraphs.
enum HTMLArticleExtractor {
    struct Result: Equatable {
        var title: String?
        var body: String
        var siteName: String?
        var url: String?
        var published: Date?
        var modified: Date?
        var authors: [String]
        var language: String?
        var description: String?
        /// Captions and credits of the article's pictures, kept out of the body.
        var captions: [String] = []

        /// The authors as one line.
        var author: String? { HTMLMetadata.joined(authors) }
    }

    /// A JSON-LD `articleBody`: plain text with line breaks between paragraphs (sometimes with
    /// markup left in it, which is read as HTML would be).
    static func paragraphs(ofStatedBody text: String) -> [String] {
        let tree = text.contains("<") ? HTMLParser.parse(text).0 : HTMLTree()
        let plain = tree.nodes.isEmpty ? [text] : HTMLTextRenderer.paragraphs(of: [0], tree, excluded: nil)
        return plain.flatMap { $0.split(whereSeparator: \.isNewline) }.map(Whitespace.collapsed).filter { !$0.isEmpty }
    }

    /// Below this many characters the extractor retries with fewer rules, as readability does.
    static let minimumLength = 500

    static func extract(utf8 html: [UInt8]) throws(ExtractionError) -> Result {
        var scripted: Result?
        var failure = ExtractionError("no article text found: the page's body has no text")
        do { scripted = try extract(utf8: html, readingNoscript: false) } catch { failure = error }
        // A page that shows its text only to browsers without scripts (the scripted version is
        // drawn from data) holds it in <noscript>: read as such a browser shows it when the
        // scripted reading finds no article.
        let found = scripted?.body.utf8.count ?? 0
        if found < minimumLength, html.containsNoscriptTag,
           let fallback = try? extract(utf8: html, readingNoscript: true), fallback.body.utf8.count > found {
            return fallback
        }
        guard let scripted else { throw failure }
        return scripted
    }

    private static func extract(utf8 html: [UInt8], readingNoscript: Bool) throws(ExtractionError) -> Result {
        let (tree, page) = HTMLParser.parse(utf8: html, readingNoscript: readingNoscript)
        guard !tree.nodes.isEmpty else { throw ExtractionError("no article text found: the HTML has no content") }
        let metadata = HTMLMetadata(page, tree)

        var best: (paragraphs: [String], length: Int, byline: String?, captions: [String]) = ([], -1, nil, [])
        let attempts: [ExtractionRules] = [.all, [.weightClasses, .cleanConditionally], [.cleanConditionally], []]
        var effective = ExtractionRules.all
        for (number, rules) in attempts.enumerated() {
            // Switching off a rule that changed nothing gives the same result again.
            if number > 0 && attempts[number - 1].subtracting(rules).intersection(effective).isEmpty { continue }
            let selection = ContentScorer.select(tree, title: metadata.title, rules: rules)
            effective = selection.effective
            let pruned = BlockPruning.pruned(HTMLTextRenderer.blocks(of: selection.roots, tree, excluded: selection.excluded), tree)
            let paragraphs = pruned.body.map(\.text)
            let length = pruned.containerLength
            if length > best.length { best = (paragraphs, length, selection.byline, pruned.captions) }
            if length >= minimumLength { break }
        }
        // A page drawn by scripts holds little text in its markup; its JSON-LD may hold more.
        if best.length < minimumLength, let stated = metadata.articleBody.map(Self.paragraphs(ofStatedBody:)),
           stated.reduce(0, { $0 + $1.count }) > best.length {
            best = (stated, stated.reduce(0) { $0 + $1.count }, best.byline, best.captions)
        }
        guard best.length > 0 else { throw ExtractionError("no article text found: the page's body has no text") }
        return Result(
            title: metadata.title, body: best.paragraphs.joined(separator: "\n\n"), siteName: metadata.siteName,
            url: metadata.url, published: metadata.published, modified: metadata.modified,
            authors: metadata.authors(orByline: best.byline), language: metadata.language, description: metadata.description,
            captions: best.captions)
    }
}

extension [UInt8] {
    /// Whether the page has a `<noscript` tag, in any case.
    fileprivate var containsNoscriptTag: Bool {
        let name = Array("noscript".utf8)
        return withUnsafeBufferPointer { page in
            var index = 0
            while index + name.count < page.count {
                if page[index] == UInt8(ascii: "<"), zip(name, page[(index + 1)...]).allSatisfy({ $0 == $1 | 0x20 }) { return true }
                index += 1
            }
            return false
        }
    }
}
