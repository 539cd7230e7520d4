/// Distractor pages that turned out, on reading, to report the same event as another distractor:
/// grouping them is right, so the adjudicated truth puts each pair in one story. Found among the
/// stories the grouping mixed; each was read, and only clear cases are listed (same event, days apart).
enum SameEventPages {
    static let pairs: [(String, String, why: String)] = [
        ("snippets/e680d2cbbe70e23c.html.gz", "snippets/ee1df87607462cc3.html.gz",
         "the arrest of the BVI premier Andrew Fahie in Miami, 28-29 April 2022"),
        ("snippets/2c3f26186495201c.html.gz", "snippets/57c41ea3e9818ea1.html.gz",
         "the Commons postponing its vote on Johnson's Brexit deal, 19 October 2019"),
        ("snippets/28dc74ba4a643e19.html.gz", "snippets/41beef99d022d44a.html.gz",
         "VW chief Herbert Diess at odds with the supervisory board before the works meeting, 3-5 November 2021"),
        ("snippets/52ab0adab2d8e396.html.gz", "snippets/cef3f5f77db55d71.html.gz",
         "Senate president Pacheco meeting supreme court president Fux, 3-4 May 2022"),
    ]

    /// The truth with each listed pair in one story.
    static func adjudicated(_ articles: [CorpusArticle]) -> [CorpusArticle] {
        var truthOf: [String: String] = [:]
        for (first, second, _) in pairs { truthOf[second] = first }
        return articles.map { article in
            var article = article
            if let first = truthOf[article.name] { article.truth = first }
            return article
        }
    }
}
