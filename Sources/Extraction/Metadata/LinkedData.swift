import Foundation

/// What a page's JSON-LD says about the article: the schema.org Article (NewsArticle,
/// BlogPosting, ...) it describes, found at the top level, in arrays, in `@graph` or as a
/// page's `mainEntity`, with authors and publisher resolved through `@id` references (as Yoast
/// and other SEO plugins write them). Values are as stated; `MetadataTrust` judges them.
struct LinkedData {
    var headline: String?
    /// The article's `name`, which some sites fill with the headline and others (Wikipedia)
    /// with the title while `headline` holds a description.
    var name: String?
    var datePublished: String?
    var dateCreated: String?
    var dateModified: String?
    var authors: [String] = []
    /// Authors the data types as people: a person, even when the site bears their name.
    var people: [String] = []
    var publisher: String?
    var description: String?
    var language: String?
    var url: String?
    /// The article's text as the site states it: a hint for pages whose markup holds too little
    /// (drawn by scripts), never the first choice.
    var articleBody: String?

    /// Bounds the work on a page that embeds a huge graph.
    private static let maximumObjects = 500

    init(_ scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            guard let root = try? JSONSerialization.jsonObject(with: Self.unwrapped(script), options: [.fragmentsAllowed]) else { continue }
            objects += Self.objects(in: root, limit: Self.maximumObjects - objects.count)
        }
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
        }
        // The article itself; failing that, the web page, whose dates and authors are the article's.
        guard let article = objects.first(where: { Self.types($0).contains(where: Self.isArticleType) })
            ?? objects.first(where: { Self.types($0).contains(where: Self.isPageType) }) else { return }
        let isArticle = Self.types(article).contains(where: Self.isArticleType)
        if isArticle {
            headline = Self.text(article["headline"])
            name = Self.text(article["name"])
        }
        datePublished = Self.text(article["datePublished"])
        dateCreated = Self.text(article["dateCreated"])
        dateModified = Self.text(article["dateModified"])
        authors = Self.names(article["author"], byID)
        people = Self.names(article["author"], byID, onlyPeople: true)
        publisher = Self.names(article["publisher"], byID).first
        description = Self.text(article["description"])
        articleBody = isArticle ? Self.text(article["articleBody"]) : nil
        language = Self.text(article["inLanguage"])
        url = Self.text(article["url"]) ?? Self.text(article["mainEntityOfPage"]) ?? (Self.resolved(article["mainEntityOfPage"], byID)?["@id"] as? String)
    }

    /// Script bodies often come wrapped for old parsers (`<![CDATA[ ... ]]>`, `<!-- ... -->`)
    /// and with raw line breaks and tabs inside strings, which JSON forbids (spaces do no harm
    /// outside strings and little inside). Done on bytes: scripts can be large.
    static func unwrapped(_ script: String) -> Data {
        var bytes = Array(script.utf8)
        for index in bytes.indices where bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { bytes[index] = 0x20 }
        var start = 0, end = bytes.count
        func trim() {
            while start < end, bytes[start] == 0x20 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        }
        trim()
        for (opening, closing) in [("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>"), ("<!--", "-->")] {
            if bytes[start..<end].starts(with: opening.utf8) { start += opening.utf8.count }
            trim()
            if bytes[start..<end].reversed().starts(with: closing.utf8.reversed()) { end -= closing.utf8.count }
            trim()
        }
        return Data(bytes[start..<end])
    }

    /// The objects a script describes, breadth-first: the top level, arrays, `@graph`, and the
    /// `mainEntity` of a page. Nested values (authors, images) are left where they are.
    private static func objects(in root: Any, limit: Int) -> [[String: Any]] {
        var found: [[String: Any]] = []
        var queue: [Any] = [root]
        var next = 0
        while next < queue.count && found.count < limit {
            let item = queue[next]
            next += 1
            if let array = item as? [Any] {
                queue += array
            } else if let object = item as? [String: Any] {
                found.append(object)
                for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                    if let value = object[key], !(value is String) { queue.append(value) }
                }
            }
        }
        return found
    }

    /// Lower-cased type names without a vocabulary prefix ("https://schema.org/NewsArticle",
    /// "schema:NewsArticle" -> "newsarticle").
    private static func types(_ object: [String: Any]) -> [String] {
        let values = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
        return values.map { value in
            let name = value.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "#" }).last.map(String.init) ?? value
            return name.lowercased()
        }
    }

    /// Article, NewsArticle and its kinds, ScholarlyArticle, BlogPosting, SocialMediaPosting, Report...
    private static func isArticleType(_ type: String) -> Bool {
        type.hasSuffix("article") || type.hasSuffix("posting") || type == "report"
    }

    /// WebPage, ItemPage, AboutPage...
    private static func isPageType(_ type: String) -> Bool {
        type.hasSuffix("page")
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String ?? (value as? [Any])?.first as? String else { return nil }
        return HTMLEntities.decoded(string)
    }

    /// An object given whole or as a reference `{"@id": ...}` to one elsewhere in the graph.
    private static func resolved(_ value: Any?, _ byID: [String: [String: Any]]) -> [String: Any]? {
        guard let object = value as? [String: Any] else { return nil }
        if object["name"] == nil, let id = object["@id"] as? String, let target = byID[id] { return target }
        return object
    }

    /// People or organisations given as names, objects with a name (or given and family names),
    /// references, or a list of these; only those typed Person if `onlyPeople`.
    private static func names(_ value: Any?, _ byID: [String: [String: Any]], onlyPeople: Bool = false) -> [String] {
        if let name = value as? String { return onlyPeople ? [] : [HTMLEntities.decoded(name)] }
        if let list = value as? [Any] { return list.flatMap { names($0, byID, onlyPeople: onlyPeople) } }
        guard let object = resolved(value, byID), !onlyPeople || types(object).contains("person") else { return [] }
        if let name = text(object["name"]) { return [name] }
        let parts = [text(object["givenName"]), text(object["familyName"])].compactMap { $0 }
        return parts.isEmpty ? [] : [parts.joined(separator: " ")]
    }
}
