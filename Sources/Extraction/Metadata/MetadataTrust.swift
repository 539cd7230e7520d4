import Documents
import Foundation

/// Which of a page's statements about itself to believe, field by field. Every field takes the
/// first candidate, in the order below, that survives the junk checks. The general rule: what
/// the publisher states about this article in a vocabulary made for it (JSON-LD, Open Graph's
/// `article:`, bibliographic tags) before generic tags, before what the body's markup marks,
/// before what the visible text says.
struct MetadataTrust {
    var page: PageMetadata
    var linkedData: LinkedData
    var marked: MarkedElements
    var siteNames: SiteNames
    /// Dates after this are not publication dates (a day of slack for zones).
    var now: Date

    /// Dates before the web had news sites are template defaults and epoch zeros.
    static let earliest = Date(timeIntervalSince1970: 631_152_000)  // 1990-01-01

    /// Title: JSON-LD headline (or its `name`, when that is the one the `<title>` repeats) >
    /// bibliographic (Dublin Core, citation_title) > og:title > twitter:title > Parse.ly and
    /// Sailthru > generic `title`/`headline` metas > `<title>` without the site's name > the
    /// first h1. Open Graph and Twitter titles are written for sharing and are often a rewritten,
    /// punchier headline; bibliographic tags name the work. A site-name part at either end is
    /// dropped from each, and a title that is only the site's name is no title.
    func title() -> String? {
        let stated = [linkedDataTitle()] + [MetaTags.bibliographicTitle, MetaTags.openGraphTitle, MetaTags.twitterTitle,
                                            MetaTags.analyticsTitle, MetaTags.genericTitle].map { page.meta($0) }
        let headings = marked.headings.map(\.text)
        let found = stated.lazy.compactMap { $0.flatMap { TitleText.withoutSiteName($0, siteNames) } }.first
            ?? page.titleElement.flatMap { TitleText.fromTitleElement($0, siteNames, headings: headings) }
            ?? headings.lazy.compactMap { TitleText.withoutSiteName($0, siteNames) }.first
        return found.flatMap(Self.nonEmpty)
    }

    /// Some sites put the headline in `name`, others (Wikipedia) a description in `headline`:
    /// the one the `<title>` contains more of wins, the headline on a tie.
    private func linkedDataTitle() -> String? {
        let candidates = [linkedData.headline, linkedData.name].compactMap { $0.flatMap(Self.nonEmpty) }.filter { !siteNames.contains($0) }
        guard candidates.count == 2, candidates[0] != candidates[1], let reference = page.titleElement ?? page.meta(MetaTags.openGraphTitle) else {
            return candidates.first
        }
        return TitleSimilarity.similarity(reference, candidates[1]) > TitleSimilarity.similarity(reference, candidates[0]) ? candidates[1] : candidates[0]
    }

    /// Authors: JSON-LD `author` > bibliographic (citation_author, dc.creator) > article:author
    /// and NYT's `byl` > Parse.ly and Sailthru > `<meta name=author>` (these are `declaredAuthors`)
    /// > microdata `itemprop=author` > `rel=author` links > byline elements' text > a "By ..."
    /// line under the headline > the byline the content scorer took out of the body. A source
    /// counts when one of its names survives the junk checks (addresses, handles, the site's
    /// name, "Staff", phrases).
    func authors(header: () -> HeaderLines) -> [String] {
        let marks = [marked.microdataAuthors, marked.authorLinks].lazy.map { accepted(AuthorNames.fromValues($0)) }
        if let found = marks.first(where: { !$0.isEmpty }) { return found }
        if !marked.bylineNames.isEmpty { return marked.bylineNames }
        return accepted(header().byline.map(BylineText.names) ?? [])
    }

    /// The authors the head states, known before the body is walked: when there are some, the
    /// walk need not look for bylines.
    static func declaredAuthors(_ page: PageMetadata, _ linkedData: LinkedData, _ siteNames: SiteNames) -> [String] {
        let declared: [() -> [String]] = [
            { linkedData.authors },
            { page.metaValues(MetaTags.bibliographicAuthor) },
            { page.metaValues(MetaTags.articleAuthor) },
            { page.metaValues(MetaTags.analyticsAuthor) },
            { page.metaValues(MetaTags.genericAuthor) },
        ]
        return declared.lazy.map { AuthorNames.accepted(AuthorNames.fromValues($0()), siteNames: siteNames, people: linkedData.people) }
            .first { !$0.isEmpty } ?? []
    }

    private func accepted(_ names: [String]) -> [String] {
        AuthorNames.accepted(names, siteNames: siteNames, people: linkedData.people)
    }

    /// Publication date: JSON-LD `datePublished` > article:published_time > bibliographic
    /// (citation_publication_date, dcterms.issued) > Parse.ly, cXense > JSON-LD `dateCreated` >
    /// generic metas (`date`, `pubdate`, microdata metas) > body elements marked as the
    /// publication date (`itemprop=datePublished`, `<time pubdate>`, class `published`) > the
    /// first `<time datetime>` > a date line under the headline. Only dates from 1990 to now count.
    func published(dateLine: () -> DateLine) -> Date? {
        let stated = [linkedData.datePublished] + [MetaTags.articlePublished, MetaTags.bibliographicPublished, MetaTags.analyticsPublished].map { page.meta($0) }
            + [linkedData.dateCreated, page.meta(MetaTags.genericPublished)] + marked.publicationMarks + [marked.firstTime]
        return firstPlausible(stated, orElse: { dateLine().published })
    }

    /// Modification date, in the same order: JSON-LD `dateModified` > article:modified_time and
    /// og:updated_time > bibliographic > Advance Local's > generic metas > `itemprop=dateModified`
    /// and class `updated` > an "Updated ..." line under the headline. One before the
    /// publication date is not believed.
    func modified(dateLine: () -> DateLine, published: Date?) -> Date? {
        let stated = [linkedData.dateModified] + [MetaTags.articleModified, MetaTags.bibliographicModified, MetaTags.analyticsModified,
                                                  MetaTags.genericModified].map { page.meta($0) } + marked.modificationMarks
        guard let date = firstPlausible(stated, orElse: { dateLine().modified }) else { return nil }
        return published.map { date >= $0 } ?? true ? date : nil
    }

    /// Description: JSON-LD > bibliographic > og:description > `<meta name=description>` > twitter:description.
    func description() -> String? {
        ([linkedData.description] + [MetaTags.bibliographicDescription, MetaTags.openGraphDescription, MetaTags.genericDescription,
                                     MetaTags.twitterDescription].map { page.meta($0) })
            .lazy.compactMap { $0.flatMap(Self.nonEmpty) }.first
    }

    /// Site name: og:site_name > JSON-LD publisher > bibliographic publisher > application-name
    /// (which some sites fill with the page's title) > the address's host without "www.".
    static func siteName(_ page: PageMetadata, _ linkedData: LinkedData, url: String?) -> String? {
        ([page.meta(MetaTags.openGraphSiteName), linkedData.publisher, page.meta(MetaTags.bibliographicPublisher), page.meta(MetaTags.applicationName)]
            .lazy.compactMap { $0.flatMap(nonEmpty) }.first)
            ?? host(url).map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }
    }

    /// Canonical address: `<link rel=canonical>` > og:url > JSON-LD `url`; only absolute http(s) ones.
    static func url(_ page: PageMetadata, _ linkedData: LinkedData) -> String? {
        [page.canonicalURL, page.meta(MetaTags.openGraphURL), linkedData.url].lazy
            .compactMap { $0.flatMap(nonEmpty) }.first { host($0) != nil }
    }

    /// Language: `<html lang>` > JSON-LD `inLanguage` > content-language and Dublin Core metas >
    /// og:locale, as a BCP 47 tag ("en_US" -> "en-US").
    static func language(_ page: PageMetadata, _ linkedData: LinkedData) -> String? {
        [page.language, linkedData.language, page.meta(MetaTags.genericLanguage), page.meta(MetaTags.openGraphLocale)].lazy
            .compactMap { $0.flatMap(nonEmpty) }.first.map { String($0.map { $0 == "_" ? "-" : $0 }) }
    }

    private func firstPlausible(_ stated: [String?], orElse visible: () -> Date?) -> Date? {
        let latest = now.addingTimeInterval(86_400)
        let plausible = { (date: Date) in date >= Self.earliest && date <= latest }
        return stated.lazy.compactMap { $0.flatMap(PublicationDate.parse) }.first(where: plausible) ?? visible().flatMap { plausible($0) ? $0 : nil }
    }

    /// The lower-cased host of an absolute http(s) address.
    static func host(_ url: String?) -> String? {
        guard let url = url?.lowercased() else { return nil }
        guard let rest = ["https://", "http://"].first(where: url.hasPrefix).map({ url.dropFirst($0.count) }) else { return nil }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : String(host)
    }

    private static func nonEmpty(_ value: String) -> String? {
        let collapsed = CollapsedWhitespace.of(value)
        return collapsed.isEmpty ? nil : collapsed
    }
}
