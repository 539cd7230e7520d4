/// What a page's head (and a few marked elements) declare about it, gathered while the page is
/// read and interpreted by `HTMLMetadata`.
struct PageMetadata {
    /// `<meta>` contents by key, in page order, empty ones left out. The key is the lower-cased
    /// name, property, itemprop or http-equiv. Kept by key because every field looks up a dozen.
    private(set) var metaTags: [String: [String]] = [:]
    var titleElement: String?
    var canonicalURL: String?
    var language: String?
    /// Bodies of `<script type="application/ld+json">`.
    var jsonLD: [String] = []

    mutating func addMeta(_ key: String, _ content: String) {
        guard !content.isEmpty else { return }
        metaTags[key, default: []].append(content)
    }

    /// The first value of the first key that has one.
    func meta(_ keys: [String]) -> String? {
        keys.lazy.compactMap { metaTags[$0]?.first }.first
    }

    /// Every value of the first key that has one: `citation_author` and `article:author` are
    /// repeated, once per author.
    func metaValues(_ keys: [String]) -> [String] {
        keys.lazy.compactMap { metaTags[$0] }.first ?? []
    }
}
