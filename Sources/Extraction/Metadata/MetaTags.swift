/// The `<meta>` names and properties each field is stated in, by vocabulary (lower case, as
/// `PageMetadata` keeps them). `MetadataTrust` says which vocabulary wins.
enum MetaTags {
    // Bibliographic: Dublin Core, Highwire Press (citation_*, what Google Scholar reads), PRISM.
    // They name the work itself, the way a library would.
    static let bibliographicTitle = ["citation_title", "dc.title", "dc:title", "dcterms.title", "dcterms:title", "prism.title"]
    static let bibliographicAuthor = ["citation_author", "dc.creator", "dc:creator", "dcterms.creator", "dcterms:creator"]
    static let bibliographicPublished = ["citation_publication_date", "citation_online_date", "citation_date", "dc.date.issued",
                                         "dcterms.issued", "dcterms:issued", "prism.publicationdate"]
    static let bibliographicModified = ["dcterms.modified", "dcterms:modified", "dc.date.modified"]
    static let bibliographicDescription = ["dc.description", "dc:description", "dcterms.description", "dcterms:description",
                                           "dcterms.abstract", "citation_abstract"]
    static let bibliographicPublisher = ["citation_publisher", "dc.publisher", "dcterms.publisher"]

    // Open Graph and its article namespace (og:, article:), what the page gives link previews.
    static let openGraphTitle = ["og:title"]
    static let articleAuthor = ["article:author", "og:article:author", "article:author_name", "byl"]
    static let articlePublished = ["article:published_time", "og:article:published_time", "og:published_time", "article:published"]
    static let articleModified = ["article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified"]
    static let openGraphDescription = ["og:description"]
    static let openGraphSiteName = ["og:site_name"]
    static let openGraphURL = ["og:url"]
    static let openGraphLocale = ["og:locale"]

    static let twitterTitle = ["twitter:title"]
    static let twitterDescription = ["twitter:description"]

    // Analytics and newsletter tags (Parse.ly, Sailthru, cXense, Advance Local's), filled from
    // the publishing system's own record of the article.
    static let analyticsTitle = ["parsely-title", "sailthru.title"]
    static let analyticsAuthor = ["parsely-author", "sailthru.author", "article_author"]
    static let analyticsPublished = ["parsely-pub-date", "cxenseparse:recs:publishtime", "article_date_original"]
    static let analyticsModified = ["article_date_updated"]

    // Generic names, microdata metas anywhere in the page among them (itemprop lower-cased).
    static let genericTitle = ["headline", "title"]
    static let genericAuthor = ["author"]
    static let genericPublished = ["datepublished", "date", "dc.date", "dc:date", "dcterms.date", "dcterms.created", "dc.date.created",
                                   "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "article.published",
                                   "originalpublicationdate", "published_time", "datecreated", "sailthru.date", "pdate"]
    static let genericModified = ["datemodified", "lastmod", "last-modified", "modified_time"]
    static let genericDescription = ["description", "sailthru.description"]
    static let applicationName = ["application-name"]
    static let genericLanguage = ["content-language", "dc.language", "dcterms.language", "language", "inlanguage"]
}
