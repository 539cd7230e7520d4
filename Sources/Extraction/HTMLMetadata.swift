import Documents
import Foundation

/// A page's title, date, author, site name, address and language, from what it declares: Open
/// Graph and other `<meta>` tags, JSON-LD, `<title>`, `<time>`, `<link rel=canonical>`, `<html lang>`.
struct HTMLMetadata {
    var title: String?
    var published: Date?
    var author: String?
    var siteName: String?
    var url: String?
    var language: String?

    init(_ page: PageMetadata, _ tree: HTMLTree) {
        let linkedData = LinkedData(page.jsonLD)
        siteName = Self.clean(page.meta("og:site_name", "application-name") ?? linkedData.publisher)
        url = Self.clean(page.canonicalURL ?? page.meta("og:url"))
        if siteName == nil, let url, let host = URL(string: url)?.host {
            siteName = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        }
        let firstHeading = tree.firstElement(named: "h1").map { HTMLTextRenderer.plainText(of: $0, tree, excluded: nil) }
        title = Self.clean(linkedData.headline ?? page.meta("og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title"))
            ?? Self.clean(page.titleElement.map { Self.withoutSiteName($0, siteName: siteName, heading: firstHeading) })
            ?? Self.clean(firstHeading)
        let dateText = page.meta("article:published_time", "og:published_time", "datepublished", "parsely-pub-date",
                                 "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date", "pubdate",
                                 "publishdate", "publish-date", "sailthru.date", "article.published", "published_time")
            ?? linkedData.datePublished ?? Self.firstTimeElement(tree)
        published = dateText.flatMap(PublicationDate.parse)
        let metaAuthor = page.meta("author", "article:author", "parsely-author", "dc.creator", "dcterms.creator", "byl")
        author = Self.clean(linkedData.author ?? metaAuthor.flatMap { $0.contains("://") ? nil : $0 })
        language = Self.clean(page.language ?? page.meta("content-language", "og:locale", "language"))
            .map { $0.replacingOccurrences(of: "_", with: "-") }
    }

    /// "Flood toll rises | Example News" -> "Flood toll rises": the part of a `<title>` that is
    /// not the site's name. Prefers the part the page's own h1 repeats.
    static func withoutSiteName(_ title: String, siteName: String?, heading: String?) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ "]
        var parts = [Whitespace.collapsed(title)]
        for separator in separators {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        guard parts.count > 1, let first = parts.first, let last = parts.last else { return title }
        if let heading = heading.map(Whitespace.collapsed), let match = parts.first(where: { $0.caseInsensitiveCompare(heading) == .orderedSame }) {
            return match
        }
        if let siteName {
            let remaining = parts.filter { $0.caseInsensitiveCompare(siteName) != .orderedSame }
            if remaining.count < parts.count, !remaining.isEmpty { return rejoin(remaining, in: title) }
        }
        // The site name is usually the shortest part, at one end.
        let kept = last.count <= first.count ? Array(parts.dropLast()) : Array(parts.dropFirst())
        let result = rejoin(kept, in: title)
        return result.split(separator: " ").count >= 3 ? result : title
    }

    /// Parts that were next to each other keep their original separator.
    private static func rejoin(_ parts: [String], in title: String) -> String {
        guard let first = parts.first, let last = parts.last,
              let start = title.range(of: first), let end = title.range(of: last, options: .backwards),
              start.lowerBound <= end.lowerBound else { return parts.first ?? title }
        return Whitespace.collapsed(title[start.lowerBound..<end.upperBound])
    }

    private static func firstTimeElement(_ tree: HTMLTree) -> String? {
        for node in tree.nodes where node.name == "time" {
            if let value = node.attribute("datetime"), !value.isEmpty { return value }
        }
        return nil
    }

    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let collapsed = Whitespace.collapsed(value)
        return collapsed.isEmpty ? nil : collapsed
    }
}

/// The schema.org article description a page embeds as JSON-LD.
struct LinkedData {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting", "report",
        "scholarlyarticle", "techarticle", "opinionnewsarticle", "liveblogposting", "webpage", "socialmediaposting",
    ]

    init(_ scripts: [String]) {
        for script in scripts {
            guard let object = try? JSONSerialization.jsonObject(with: Data(script.utf8), options: [.fragmentsAllowed]) else { continue }
            // Breadth-first over arrays and @graph, a bounded number of objects.
            var queue: [Any] = [object]
            var visited = 0
            while !queue.isEmpty && visited < 200 {
                let item = queue.removeFirst()
                visited += 1
                if let array = item as? [Any] { queue.append(contentsOf: array); continue }
                guard let dictionary = item as? [String: Any] else { continue }
                if let graph = dictionary["@graph"] { queue.append(graph) }
                let types = Self.strings(dictionary["@type"]).map { $0.lowercased() }
                guard types.contains(where: Self.articleTypes.contains) else { continue }
                let isWebPage = types.allSatisfy { $0 == "webpage" }
                if headline == nil, !isWebPage { headline = (dictionary["headline"] as? String) ?? (dictionary["name"] as? String) }
                if datePublished == nil { datePublished = dictionary["datePublished"] as? String }
                if author == nil, let names = Self.names(dictionary["author"]), !names.isEmpty { author = names.joined(separator: ", ") }
                if publisher == nil { publisher = Self.names(dictionary["publisher"])?.first }
            }
        }
    }

    private static func strings(_ value: Any?) -> [String] {
        if let single = value as? String { return [single] }
        return (value as? [Any])?.compactMap { $0 as? String } ?? []
    }

    /// A person or organisation given as a name, an object with a name, or a list of either.
    private static func names(_ value: Any?) -> [String]? {
        if let name = value as? String { return name.contains("://") ? nil : [name] }
        if let object = value as? [String: Any] { return (object["name"] as? String).map { [$0] } }
        if let array = value as? [Any] { return array.compactMap { names($0)?.first } }
        return nil
    }
}
