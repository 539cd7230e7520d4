/// An `RDFChannel` in the domain model. An item's rdf:about is its identity.
enum RDFAdapter {
    static func feed(_ channel: RDFChannel) -> ParsedFeed {
        ParsedFeed(format: .rdf, version: channel.version, title: (channel.title ?? channel.dublinCore.title.map { TextConstruct(kind: .text, value: $0) })?.guessedTitleText,
                   siteURL: channel.link, feedURL: channel.atomLinks.first(rel: "self")?.href ?? channel.about,
                   entries: channel.items.map(entry))
    }

    static func entry(_ item: RDFItem) -> FeedEntry {
        let dublinCore = item.dublinCore
        return EntryIdentity.entry(
            id: item.about, url: item.link ?? item.about.flatMap { RSSAdapter.isWebAddress($0) ? $0 : nil },
            title: (item.title ?? dublinCore.title.map { TextConstruct(kind: .text, value: $0) })?.guessedTitleText,
            author: dublinCore.creators.first.flatMap { FeedPerson(rssText: $0).displayName },
            published: dublinCore.date ?? dublinCore.issued ?? dublinCore.created,
            updated: dublinCore.modified,
            summary: item.description?.value.nonEmpty ?? dublinCore.description,
            content: (item.contentEncoded ?? item.xhtmlBody)?.value.nonEmpty,
            categories: dublinCore.subjects)
    }
}
