/// What a page's head (and a few marked elements) declare about it, gathered while the page is
/// read and interpreted by `HTMLMetadata`.
struct PageMetadata {
    /// `<meta>` tags as (key, content): the key is the lower-cased name, property, itemprop or
    /// http-equiv.
    var metaTags: [(key: String, content: String)] = []
    var titleElement: String?
    var canonicalURL: String?
    var language: String?
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []

    /// The first non-empty value of the first key that has one.
    func meta(_ keys: [String]) -> String? {
        for key in keys {
            if let found = metaTags.first(where: { $0.key == key && !$0.content.isEmpty }) { return found.content }
        }
        return nil
    }

    /// Every non-empty value of the first key that has one: `citation_author` and
    /// `article:author` are repeated, once per author.
    func metaValues(_ keys: [String]) -> [String] {
        for key in keys {
            let values = metaTags.filter { $0.key == key && !$0.content.isEmpty }.map(\.content)
            if !values.isEmpty { return values }
        }
        return []
    }
}
