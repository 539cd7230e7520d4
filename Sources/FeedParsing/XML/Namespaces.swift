/// The namespace URIs feeds use, and the prefixes feeds in the wild use without declaring them.
enum Namespace {
    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let xhtml = "http://www.w3.org/1999/xhtml"
    static let xml = "http://www.w3.org/XML/1998/namespace"
    static let creativeCommons = "http://web.resource.org/cc/"
    static let creativeCommonsRSS = "http://backend.userland.com/creativeCommonsRssModule"

    /// RSS 0.9x/2.0 core elements come without a namespace, or in one of these.
    static let rssCore: Set<String> = [
        "", "http://backend.userland.com/rss", "http://backend.userland.com/rss2", "http://backend.userland.com/rss2.1",
        "http://blogs.law.harvard.edu/tech/rss", rss10, rss090,
    ]

    /// A prefix used without an `xmlns:` declaration: libxml2 reports the element as "dc:creator"
    /// with no namespace. The common module prefixes are read as their usual namespaces.
    static let wellKnownPrefixes: [String: String] = [
        "atom": atom10, "dc": dublinCore, "dcterms": dublinCoreTerms, "content": content, "rdf": rdf,
        "xhtml": xhtml, "cc": creativeCommons, "creativeCommons": creativeCommonsRSS,
    ]
}
