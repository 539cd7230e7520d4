/// An `AtomFeed` in the domain model. An entry without an author takes its source's, then the
/// feed's (RFC 4287 4.2.1).
enum AtomAdapter {
    static func feed(_ atom: AtomFeed) -> ParsedFeed {
        let metadata = atom.metadata
        return ParsedFeed(format: .atom, version: atom.version, title: metadata.title?.titleText,
                          siteURL: metadata.links.alternate?.href, feedURL: metadata.links.first(rel: "self")?.href,
                          entries: atom.entries.map { entry($0, feedAuthors: metadata.authors) })
    }

    static func entry(_ entry: AtomEntry, feedAuthors: [FeedPerson]) -> FeedEntry {
        let authors = [entry.authors, entry.source?.authors ?? [], feedAuthors].first { !$0.isEmpty } ?? []
        let content = entry.content.flatMap { $0.source == nil ? $0.text.value.nonEmpty : nil }
        return EntryIdentity.entry(
            id: entry.id, url: entry.links.alternate?.href, title: entry.title?.titleText,
            author: authors.lazy.compactMap(\.displayName).first,
            published: entry.published ?? entry.created, updated: entry.updated,
            summary: entry.summary?.value.nonEmpty, content: content,
            categories: entry.categories.map(\.displayName))
    }
}
