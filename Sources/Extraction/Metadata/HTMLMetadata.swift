import Foundation

/// A page's title, authors, dates, site name, address, language and description, from what it
/// states about itself: JSON-LD, Open Graph, Twitter, bibliographic and other `<meta>` tags,
/// `<title>`, `<link rel=canonical>`, `<html lang>`, the body's marked elements and the lines
/// under its headline. `MetadataTrust` says which statement wins.
struct HTMLMetadata {
    var title: String?
    var authors: [String]
    var published: Date?
    var modified: Date?
    var siteName: String?
    var url: String?
    var language: String?
    var description: String?
    var articleBody: String?
    private var siteNames: SiteNames

    init(_ page: PageMetadata, _ tree: HTMLTree, now: Date = Date()) {
        let linkedData = LinkedData(page.jsonLD)
        articleBody = linkedData.articleBody
        url = MetadataTrust.url(page, linkedData)
        siteName = MetadataTrust.siteName(page, linkedData, url: url)
        // Not application-name: some sites fill it with the page's title.
        let declaredNames = [page.meta(MetaTags.openGraphSiteName), linkedData.publisher, page.meta(MetaTags.bibliographicPublisher)]
        let siteNames = SiteNames(declared: declaredNames.compactMap { $0 }, host: MetadataTrust.host(url))
        self.siteNames = siteNames
        let declaredAuthors = MetadataTrust.declaredAuthors(page, linkedData, siteNames)
        let marked = MarkedElements(tree, bylineNames: declaredAuthors.isEmpty ? { AuthorNames.accepted(BylineText.names($0), siteNames: siteNames, people: linkedData.people) } : nil)
        let trust = MetadataTrust(page: page, linkedData: linkedData, marked: marked, siteNames: siteNames, now: now)
        let title = trust.title()
        // The lines under the headline are read only if the markup leaves a field unknown.
        var header: HeaderLines?
        var dateLine: DateLine?
        func readHeader() -> HeaderLines {
            let lines = header ?? Self.headline(marked.headings, title: title).map { HeaderLines(after: $0, tree) } ?? HeaderLines()
            header = lines
            return lines
        }
        func readDateLine() -> DateLine {
            let dates = dateLine ?? readHeader().dates
            dateLine = dates
            return dates
        }
        authors = declaredAuthors.isEmpty ? trust.authors(header: readHeader) : declaredAuthors
        self.title = title.map { TitleText.withoutAuthor($0, authors) }
        published = trust.published(dateLine: readDateLine)
        modified = trust.modified(dateLine: readDateLine, published: published)
        language = MetadataTrust.language(page, linkedData)
        description = trust.description()
    }

    /// The authors, or failing them the names in a byline the content scorer took out of the body.
    func authors(orByline byline: String?) -> [String] {
        guard authors.isEmpty, let byline else { return authors }
        return AuthorNames.accepted(BylineText.names(byline), siteNames: siteNames)
    }

    /// The authors as one line: "Jane Doe, John Roe" ("; " between names written surname first).
    static func joined(_ authors: [String]) -> String? {
        guard !authors.isEmpty else { return nil }
        return authors.joined(separator: authors.contains { $0.contains(",") } ? "; " : ", ")
    }

    /// The h1 that is the article's headline: the one most like the title, the first without one.
    private static func headline(_ headings: [(index: Int, text: String)], title: String?) -> Int? {
        guard let title else { return headings.first?.index }
        let titleWords = Set(TitleSimilarity.words(title))
        return headings.map { ($0.index, TitleSimilarity.similarity(titleWords, $0.text)) }.max { $0.1 < $1.1 }?.0
    }
}
