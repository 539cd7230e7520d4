import Documents
import Foundation
import Store

/// How an entry becomes a document. Pure.
enum EntryDocuments {
    /// Below this much text an entry's own body is a teaser, and its page is fetched instead.
    static let fullTextThreshold = 1_000

    /// Whether the entry carries the article itself (full content, or a description long
    /// enough to be one) rather than a summary that points to it.
    static func carriesArticle(_ entry: PendingEntry) -> Bool {
        let text = entry.content ?? entry.summary ?? ""
        if entry.content != nil, visibleLength(text) >= 200 { return true }
        return visibleLength(text) >= fullTextThreshold
    }

    /// The entry's own content (or summary, or title) as a small HTML document.
    static func fromEntry(_ entry: PendingEntry, reference: FeedEntryReference) -> EntryDocument {
        let body = entry.content ?? entry.summary ?? ""
        let title = entry.title.map(escape) ?? ""
        let html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>\(title)</title></head><body><article>\(body)</article></body></html>"
        return EntryDocument(entry: reference, name: name(entry, reference), bytes: Array(html.utf8), declaredCharset: "utf-8", metadata: metadata(entry, url: entry.url))
    }

    /// The linked page as served.
    static func fromPage(_ entry: PendingEntry, reference: FeedEntryReference, body: [UInt8], contentType: String?, finalURL: String) -> EntryDocument {
        EntryDocument(entry: reference, name: name(entry, reference), bytes: body, declaredCharset: charset(in: contentType),
                     metadata: metadata(entry, url: entry.url ?? finalURL))
    }

    static func metadata(_ entry: PendingEntry, url: String?) -> DocumentMetadata {
        DocumentMetadata(url: url, title: entry.title, published: entry.published, source: entry.feedName, author: entry.author)
    }

    /// "example-world-3f2a9c1b.html": the feed, a short stable id of the entry, and the
    /// extension that makes the pipeline read it as HTML.
    static func name(_ entry: PendingEntry, _ reference: FeedEntryReference) -> String {
        let slug = entry.feedName.lowercased().unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        let id = ContentDigest.sha256Hex(Array("\(reference.feedID)\u{0}\(reference.key)".utf8)).prefix(8)
        return "\(slug.prefix(40).isEmpty ? "feed" : String(slug.prefix(40)))-\(id).html"
    }

    static func charset(in contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "charset" {
                return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            }
        }
        return nil
    }

    /// Characters of text once tags are dropped: what a reader would see.
    static func visibleLength(_ html: String) -> Int {
        var count = 0
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { count += 1 }
        }
        return count
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
