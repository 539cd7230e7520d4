import Foundation

/// A JSON object with a jsonfeed.org `version`, read into a `JSONFeed`. Members of the wrong
/// type are skipped, not fatal: a feed with a numeric title still yields its items. Relative
/// URLs resolve against the feed's own address.
enum JSONFeedParser {
    /// nil when the object is not a JSON Feed (no jsonfeed.org version).
    static func parse(_ object: [String: Any], baseURL: String?) -> JSONFeed? {
        guard let version = object["version"] as? String, version.contains("jsonfeed.org") else { return nil }
        var feed = JSONFeed(version: version)
        feed.title = string(object["title"])
        feed.homePageURL = url(object["home_page_url"], baseURL)
        feed.feedURL = url(object["feed_url"], baseURL)
        feed.description = string(object["description"])
        feed.icon = url(object["icon"], baseURL)
        feed.favicon = url(object["favicon"], baseURL)
        feed.language = string(object["language"])
        feed.authors = authors(object, baseURL)
        for case let member as [String: Any] in object["items"] as? [Any] ?? [] {
            feed.items.append(item(member, baseURL: baseURL))
        }
        return feed
    }

    private static func item(_ object: [String: Any], baseURL: String?) -> JSONFeedItem {
        var item = JSONFeedItem()
        switch object["id"] {
        case let text as String: item.id = text.trimmingXMLWhitespace().nonEmpty
        case let number as NSNumber: item.id = number.stringValue
        default: break
        }
        item.url = url(object["url"], baseURL)
        item.externalURL = url(object["external_url"], baseURL)
        item.title = string(object["title"])
        item.contentHTML = string(object["content_html"])
        item.contentText = string(object["content_text"])
        item.summary = string(object["summary"])
        item.image = url(object["image"], baseURL)
        item.datePublished = string(object["date_published"]).map(FeedDate.init(text:))
        item.dateModified = string(object["date_modified"]).map(FeedDate.init(text:))
        item.authors = authors(object, baseURL)
        item.tags = (object["tags"] as? [Any] ?? []).compactMap(string)
        item.language = string(object["language"])
        for case let attachment as [String: Any] in object["attachments"] as? [Any] ?? [] {
            guard let address = url(attachment["url"], baseURL) else { continue }
            let length = (attachment["size_in_bytes"] as? NSNumber)?.stringValue
            item.attachments.append(FeedEnclosure(url: address, length: length, type: string(attachment["mime_type"])))
        }
        return item
    }

    private static func authors(_ object: [String: Any], _ baseURL: String?) -> [FeedPerson] {
        var members = object["authors"] as? [Any] ?? []
        if members.isEmpty, let single = object["author"] { members = [single] }
        return members.compactMap { member in
            guard let fields = member as? [String: Any] else { return nil }
            let person = FeedPerson(name: string(fields["name"]), uri: url(fields["url"], baseURL))
            return person.name == nil && person.uri == nil ? nil : person
        }
    }

    private static func string(_ value: Any?) -> String? {
        (value as? String)?.trimmingXMLWhitespace().nonEmpty
    }

    private static func url(_ value: Any?, _ baseURL: String?) -> String? {
        string(value).map { URLResolution.resolve($0, against: baseURL) }
    }
}
