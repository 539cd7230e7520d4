/// An `RSSChannel` in the domain model.
enum RSSAdapter {
    static func feed(_ channel: RSSChannel) -> ParsedFeed {
        ParsedFeed(format: .rss, version: channel.version, title: (channel.title ?? channel.dublinCore.title.map { TextConstruct(kind: .text, value: $0) })?.guessedTitleText,
                   siteURL: channel.link ?? channel.atomLinks.alternate?.href, feedURL: channel.atomLinks.first(rel: "self")?.href,
                   entries: channel.items.map(entry))
    }

    static func entry(_ item: RSSItem) -> FeedEntry {
        let guid = item.guid
        // A guid that is a permalink is the entry's address when there is no <link>.
        let permalink = guid.flatMap { $0.isPermaLink && isWebAddress($0.value) ? URLResolution.resolve($0.value, against: item.base) : nil }
        let dublinCore = item.dublinCore
        return EntryIdentity.entry(
            id: guid?.value, url: item.link ?? permalink ?? item.atomLinks.alternate?.href,
            title: (item.title ?? dublinCore.title.map { TextConstruct(kind: .text, value: $0) })?.guessedTitleText,
            author: (item.author ?? dublinCore.creators.first).flatMap { FeedPerson(rssText: $0).displayName },
            published: item.pubDate ?? dublinCore.date ?? dublinCore.issued ?? dublinCore.created,
            updated: dublinCore.modified,
            summary: item.description?.value.nonEmpty ?? dublinCore.description,
            content: (item.contentEncoded ?? item.xhtmlBody)?.value.nonEmpty,
            categories: item.categories.map(\.displayName) + dublinCore.subjects)
    }

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
