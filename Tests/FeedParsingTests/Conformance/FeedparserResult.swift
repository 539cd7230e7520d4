import FeedParsing
import Foundation

/// Our parse of a feed shaped like feedparser's result (`feed`, `entries`, `version`...), so the
/// corpus's expectations can be evaluated against it. This is the key-mapping table a
/// non-Python parser needs: feedparser's names for each format's elements, its `*_detail`
/// dicts for text constructs and people, its default link types, `guidislink`, and dates as
/// `time.struct_time` tuples. Nothing here changes what the parser found, only how it is named.
enum FeedparserResult {
    /// `headers` echoes the simulated HTTP response headers (lower-cased names), as feedparser's does.
    static func names(_ document: FeedDocument, headers: [(name: String, value: String)]) -> [String: PyValue] {
        var feed = PyDict(feedParser: true)
        var entries: [PyValue] = []
        let version: String
        switch document.content {
        case .atom(let atom):
            version = atom.version
            feed = atomMetadata(atom.metadata)
            entries = atom.entries.map { .dict(atomEntry($0)) }
        case .rss(let channel):
            version = channel.version
            feed = rssChannel(channel)
            entries = channel.items.map { .dict(rssItem($0)) }
        case .rdf(let channel):
            version = channel.version
            feed = rdfChannel(channel)
            entries = channel.items.map { .dict(rdfItem($0)) }
        case .jsonFeed(let json):
            version = json.shortVersion
            feed = jsonFeed(json)
            entries = json.items.map { .dict(jsonItem($0)) }
        }
        return [
            "bozo": .bool(!document.warnings.isEmpty), "feed": .dict(feed), "entries": .list(entries),
            "encoding": .string(document.encoding.lowercased()), "version": .string(version),
            "headers": .dict(PyDict(headers.map { ($0.name.lowercased(), PyValue.string($0.value)) })),
        ]
    }

    /// What feedparser returns for a document it could not parse at all.
    static func failure() -> [String: PyValue] {
        ["bozo": .bool(true), "feed": .dict(PyDict(feedParser: true)), "entries": .list([]), "encoding": .string(""), "version": .string("")]
    }

    // MARK: Atom

    private static func atomMetadata(_ metadata: AtomFeedMetadata) -> PyDict {
        var dict = PyDict(feedParser: true)
        set(&dict, "title", metadata.title)
        set(&dict, "subtitle", metadata.subtitle)
        set(&dict, "rights", metadata.rights)
        set(&dict, "info", metadata.info)
        dict[raw: "id"] = metadata.id.map(PyValue.string)
        setLinks(&dict, metadata.links)
        setPeople(&dict, authors: metadata.authors, contributors: metadata.contributors)
        if let generator = metadata.generator {
            dict[raw: "generator"] = .string(generator.name)
            var detail = PyDict(feedParser: true)
            detail[raw: "name"] = .string(generator.name)
            detail[raw: "href"] = generator.uri.map(PyValue.string)
            detail[raw: "version"] = generator.version.map(PyValue.string)
            dict[raw: "generator_detail"] = .dict(detail)
        }
        dict[raw: "icon"] = metadata.icon.map(PyValue.string)
        dict[raw: "logo"] = metadata.logo.map(PyValue.string)
        set(&dict, "updated", metadata.updated)
        setTags(&dict, metadata.categories)
        dict[raw: "language"] = metadata.language.map(PyValue.string)
        return dict
    }

    private static func atomEntry(_ entry: AtomEntry) -> PyDict {
        var dict = PyDict(feedParser: true)
        dict[raw: "id"] = entry.id.map(PyValue.string)
        set(&dict, "title", entry.title)
        set(&dict, "summary", entry.summary)
        if let content = entry.content {
            var detail = textDetail(content.text)
            detail[raw: "src"] = content.source.map(PyValue.string)
            dict[raw: "content"] = .list([.dict(detail)])
        }
        setLinks(&dict, entry.links)
        setPeople(&dict, authors: entry.authors, contributors: entry.contributors)
        setTags(&dict, entry.categories)
        set(&dict, "published", entry.published)
        set(&dict, "updated", entry.updated)
        set(&dict, "created", entry.created)
        set(&dict, "rights", entry.rights)
        if let source = entry.source { dict[raw: "source"] = .dict(atomMetadata(source)) }
        return dict
    }

    // MARK: RSS and RDF

    private static func rssChannel(_ channel: RSSChannel) -> PyDict {
        var dict = PyDict(feedParser: true)
        let dc = channel.dublinCore
        set(&dict, "title", channel.title ?? dc.title.map { TextConstruct(kind: .text, value: $0) }, guessing: true)
        var links = channel.link.map { [FeedLink(href: $0)] } ?? []
        links += channel.atomLinks
        setLinks(&dict, links)
        set(&dict, "subtitle", channel.description ?? dc.description.map { TextConstruct(kind: .html, value: $0) }, guessing: true)
        dict[raw: "language"] = (channel.language ?? dc.language).map(PyValue.string)
        if let rights = channel.copyright ?? dc.rights { set(&dict, "rights", TextConstruct(kind: .text, value: rights), guessing: true) }
        let authors = [channel.author, channel.managingEditor].compactMap { $0 } + dc.creators
        setPeople(&dict, authors: authors.map(FeedPerson.init(rssText:)), contributors: dc.contributors.map(FeedPerson.init(rssText:)))
        if let publisher = channel.webMaster ?? dc.publisher { setPerson(&dict, "publisher", FeedPerson(rssText: publisher)) }
        set(&dict, "published", channel.pubDate ?? dc.issued)
        set(&dict, "updated", channel.lastBuildDate ?? dc.date ?? dc.modified)
        set(&dict, "created", dc.created)
        setTags(&dict, channel.categories + dc.subjects.map { FeedCategory(term: $0) })
        dict[raw: "generator"] = channel.generator.map(PyValue.string)
        dict[raw: "docs"] = channel.docs.map(PyValue.string)
        dict[raw: "ttl"] = channel.ttl.map(PyValue.string)
        if let cloud = channel.cloud {
            dict[raw: "cloud"] = .dict(PyDict([("domain", cloud.domain), ("port", cloud.port), ("path", cloud.path),
                                               ("registerprocedure", cloud.registerProcedure), ("protocol", cloud.protocol)]
                .compactMap { key, value in value.map { (key, PyValue.string($0)) } }, feedParser: true))
        }
        if let image = channel.image { dict[raw: "image"] = .dict(imageDict(image)) }
        if let input = channel.textInput { dict[raw: "textinput"] = .dict(textInputDict(input)) }
        setValidity(&dict, dc.valid)
        return dict
    }

    private static func rssItem(_ item: RSSItem) -> PyDict {
        var dict = PyDict(feedParser: true)
        let dc = item.dublinCore
        set(&dict, "title", item.title ?? dc.title.map { TextConstruct(kind: .text, value: $0) }, guessing: true)
        var links = item.link.map { [FeedLink(href: $0)] } ?? []
        if let guid = item.guid {
            dict[raw: "id"] = .string(guid.value)
            let isLink = guid.isPermaLink && item.link == nil
            dict[raw: "guidislink"] = .bool(isLink)
            if isLink { links.append(FeedLink(href: guid.value)) }
        }
        links += item.enclosures.map { FeedLink(href: $0.url, rel: "enclosure", type: $0.type, length: $0.length) }
        links += item.atomLinks
        if let license = item.license { links.append(FeedLink(href: license, rel: "license")) }
        setLinks(&dict, links)
        set(&dict, "summary", item.description ?? dc.description.map { TextConstruct(kind: .html, value: $0) }, guessing: true)
        let contents = [item.contentEncoded, item.xhtmlBody].compactMap { $0 }
        if !contents.isEmpty { dict[raw: "content"] = .list(contents.map { .dict(textDetail($0, guessing: true)) }) }
        let authors = [item.author].compactMap { $0 } + dc.creators
        setPeople(&dict, authors: authors.map(FeedPerson.init(rssText:)), contributors: dc.contributors.map(FeedPerson.init(rssText:)))
        if let publisher = dc.publisher { setPerson(&dict, "publisher", FeedPerson(rssText: publisher)) }
        setTags(&dict, item.categories + dc.subjects.map { FeedCategory(term: $0) })
        dict[raw: "comments"] = item.comments.map(PyValue.string)
        set(&dict, "published", item.pubDate ?? dc.issued)
        set(&dict, "updated", dc.date ?? dc.modified)
        set(&dict, "created", dc.created)
        set(&dict, "expired", item.expirationDate)
        if let rights = dc.rights { set(&dict, "rights", TextConstruct(kind: .text, value: rights), guessing: true) }
        if let source = item.source {
            var sourceDict = PyDict(feedParser: true)
            sourceDict[raw: "title"] = source.title.map(PyValue.string)
            sourceDict[raw: "href"] = source.url.map(PyValue.string)
            dict[raw: "source"] = .dict(sourceDict)
        }
        return dict
    }

    private static func rdfChannel(_ channel: RDFChannel) -> PyDict {
        var dict = PyDict(feedParser: true)
        let dc = channel.dublinCore
        set(&dict, "title", channel.title ?? dc.title.map { TextConstruct(kind: .text, value: $0) }, guessing: true)
        setLinks(&dict, (channel.link.map { [FeedLink(href: $0)] } ?? []) + channel.atomLinks)
        set(&dict, "subtitle", channel.description ?? dc.description.map { TextConstruct(kind: .html, value: $0) }, guessing: true)
        setPeople(&dict, authors: dc.creators.map(FeedPerson.init(rssText:)), contributors: dc.contributors.map(FeedPerson.init(rssText:)))
        set(&dict, "updated", dc.date ?? dc.modified)
        setTags(&dict, dc.subjects.map { FeedCategory(term: $0) })
        if let image = channel.image { dict[raw: "image"] = .dict(imageDict(image)) }
        if let input = channel.textInput { dict[raw: "textinput"] = .dict(textInputDict(input)) }
        return dict
    }

    private static func rdfItem(_ item: RDFItem) -> PyDict {
        var dict = PyDict(feedParser: true)
        let dc = item.dublinCore
        set(&dict, "title", item.title ?? dc.title.map { TextConstruct(kind: .text, value: $0) }, guessing: true)
        dict[raw: "id"] = item.about.map(PyValue.string)
        setLinks(&dict, (item.link.map { [FeedLink(href: $0)] } ?? []) + item.atomLinks)
        set(&dict, "summary", item.description ?? dc.description.map { TextConstruct(kind: .html, value: $0) }, guessing: true)
        let contents = [item.contentEncoded, item.xhtmlBody].compactMap { $0 }
        if !contents.isEmpty { dict[raw: "content"] = .list(contents.map { .dict(textDetail($0, guessing: true)) }) }
        setPeople(&dict, authors: dc.creators.map(FeedPerson.init(rssText:)), contributors: dc.contributors.map(FeedPerson.init(rssText:)))
        set(&dict, "updated", dc.date ?? dc.modified)
        setTags(&dict, dc.subjects.map { FeedCategory(term: $0) })
        return dict
    }

    /// feedparser reads an image's width and height as numbers.
    private static func imageDict(_ image: RSSImage) -> PyDict {
        var dict = PyDict([("title", image.title), ("href", image.url), ("link", image.link), ("description", image.description)]
            .compactMap { key, value in value.map { (key, PyValue.string($0)) } }, feedParser: true)
        dict[raw: "width"] = image.width.map { Int($0).map(PyValue.int) ?? .string($0) }
        dict[raw: "height"] = image.height.map { Int($0).map(PyValue.int) ?? .string($0) }
        return dict
    }

    private static func textInputDict(_ input: RSSTextInput) -> PyDict {
        PyDict([("title", input.title), ("description", input.description), ("name", input.name), ("link", input.link)]
            .compactMap { key, value in value.map { (key, PyValue.string($0)) } }, feedParser: true)
    }

    /// dcterms:valid's "start=...;end=...;scheme=W3C-DTF".
    private static func setValidity(_ dict: inout PyDict, _ valid: String?) {
        guard let valid else { return }
        for part in valid.split(separator: ";") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0] == "start" || pair[0] == "end" else { continue }
            set(&dict, "validity_" + pair[0], FeedDate(text: pair[1]))
        }
    }

    // MARK: JSON Feed

    private static func jsonFeed(_ json: JSONFeed) -> PyDict {
        var dict = PyDict(feedParser: true)
        if let title = json.title { set(&dict, "title", TextConstruct(kind: .text, value: title)) }
        dict[raw: "link"] = json.homePageURL.map(PyValue.string)
        if let description = json.description { set(&dict, "subtitle", TextConstruct(kind: .text, value: description)) }
        setPeople(&dict, authors: json.authors, contributors: [])
        return dict
    }

    private static func jsonItem(_ item: JSONFeedItem) -> PyDict {
        var dict = PyDict(feedParser: true)
        dict[raw: "id"] = item.id.map(PyValue.string)
        dict[raw: "link"] = (item.url ?? item.externalURL).map(PyValue.string)
        if let title = item.title { set(&dict, "title", TextConstruct(kind: .text, value: title)) }
        if let summary = item.summary { set(&dict, "summary", TextConstruct(kind: .text, value: summary)) }
        if let html = item.contentHTML { dict[raw: "content"] = .list([.dict(textDetail(TextConstruct(kind: .html, value: html)))]) }
        set(&dict, "published", item.datePublished)
        set(&dict, "updated", item.dateModified)
        setTags(&dict, item.tags.map { FeedCategory(term: $0) })
        setPeople(&dict, authors: item.authors, contributors: [])
        return dict
    }

    // MARK: Shared shapes

    /// feedparser's `*_detail` of a text construct. With `guessing` (RSS, whose elements do not
    /// say), plain text that looks like HTML is called HTML, as feedparser does.
    private static func textDetail(_ text: TextConstruct, guessing: Bool = false) -> PyDict {
        var type: String
        switch text.declaredType?.lowercased() {
        case "text"?: type = "text/plain"
        case "html"?: type = "text/html"
        case "xhtml"?: type = "application/xhtml+xml"
        case let declared? where declared.contains("/"): type = declared
        default:
            switch text.kind {
            case .text: type = "text/plain"
            case .html: type = "text/html"
            case .xhtml: type = "application/xhtml+xml"
            }
        }
        if guessing, type == "text/plain", looksLikeHTML(text.value) { type = "text/html" }
        return PyDict([("type", .string(type)), ("value", .string(text.value)), ("language", text.language.map(PyValue.string) ?? .none),
                       ("base", .string(text.base ?? ""))], feedParser: true)
    }

    private static func looksLikeHTML(_ value: String) -> Bool {
        value.range(of: "</?[a-zA-Z][^>]*>", options: .regularExpression) != nil || value.range(of: "&#?[a-zA-Z0-9]+;", options: .regularExpression) != nil
    }

    private static func set(_ dict: inout PyDict, _ key: String, _ text: TextConstruct?, guessing: Bool = false) {
        guard let text else { return }
        let detail = textDetail(text, guessing: guessing)
        dict[raw: key] = detail[raw: "value"]
        dict[raw: key + "_detail"] = .dict(detail)
    }

    private static func set(_ dict: inout PyDict, _ key: String, _ date: FeedDate?) {
        guard let date else { return }
        dict[raw: key] = .string(date.text)
        dict[raw: key + "_parsed"] = date.date.map(structTime) ?? PyValue.none
    }

    /// time.struct_time in UTC: (year, month, day, hour, minute, second, weekday Monday=0, day of year, 0).
    static func structTime(_ date: Date) -> PyValue {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let dayOfYear = calendar.ordinality(of: .day, in: .year, for: date) ?? 0
        let values = [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second].map { $0 ?? 0 }
        return .tuple(values.map(PyValue.int) + [.int(((parts.weekday ?? 2) + 5) % 7), .int(dayOfYear), .int(0)])
    }

    private static func setLinks(_ dict: inout PyDict, _ links: [FeedLink]) {
        guard !links.isEmpty else { return }
        let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]
        var values: [PyValue] = []
        for link in links {
            let type = link.type ?? (link.rel == "self" ? "application/atom+xml" : "text/html")
            var detail = PyDict([("rel", .string(link.rel)), ("type", .string(type)), ("href", .string(link.href))], feedParser: true)
            detail[raw: "title"] = link.title.map(PyValue.string)
            detail[raw: "hreflang"] = link.hreflang.map(PyValue.string)
            detail[raw: "length"] = link.length.map(PyValue.string)
            values.append(.dict(detail))
            if link.rel == "alternate", htmlTypes.contains(type), dict[raw: "link"] == nil { dict[raw: "link"] = .string(link.href) }
        }
        dict[raw: "links"] = .list(values)
    }

    private static func personDict(_ person: FeedPerson) -> PyDict {
        var detail = PyDict(feedParser: true)
        detail[raw: "name"] = person.name.map(PyValue.string)
        detail[raw: "email"] = person.email.map(PyValue.string)
        detail[raw: "href"] = person.uri.map(PyValue.string)
        return detail
    }

    private static func setPerson(_ dict: inout PyDict, _ key: String, _ person: FeedPerson) {
        let display = [person.name, person.email.map { person.name == nil ? $0 : "(" + $0 + ")" }].compactMap { $0 }.joined(separator: " ")
        dict[raw: key] = .string(display)
        dict[raw: key + "_detail"] = .dict(personDict(person))
    }

    private static func setPeople(_ dict: inout PyDict, authors: [FeedPerson], contributors: [FeedPerson]) {
        if let first = authors.first {
            setPerson(&dict, "author", first)
            dict[raw: "authors"] = .list(authors.map { .dict(personDict($0)) })
        }
        if !contributors.isEmpty { dict[raw: "contributors"] = .list(contributors.map { .dict(personDict($0)) }) }
    }

    private static func setTags(_ dict: inout PyDict, _ categories: [FeedCategory]) {
        guard !categories.isEmpty else { return }
        dict[raw: "tags"] = .list(categories.map { category in
            .dict(PyDict([("term", .string(category.term)), ("scheme", category.scheme.map(PyValue.string) ?? .none),
                          ("label", category.label.map(PyValue.string) ?? .none)], feedParser: true))
        })
    }
}
