public import Model

/// Every numeric claim in an article, as values.
///
/// One pass per document: tokenize, split sentences, gather document context (names, the main
/// country, where things are sent), then per sentence find number mentions with the number
/// grammar, drop the ones that are not claims, and read what each counts, whose it is, where,
/// who says so, and its key.
public struct ClaimExtractor: Sendable {
    public init() {}

    /// Every numeric claim in an article, in document order. Spans are Unicode-scalar offsets into
    /// `title + "\n\n" + body` (just `body` when there is no title). `year` is the year of
    /// publication, when known: outcomes dated before it belong to other events.
    public func claims(title: String?, body: String, year: Int? = nil) -> [Claim] {
        let text: String
        if let title, !title.isEmpty { text = title + "\n\n" + body } else { text = body }
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokens(scalars)
        let sentences = SentenceSplitter.split(tokens)
        let doc = DocumentContext(tokens, sentences, scalars, year: year, hasTitle: title.map { !$0.isEmpty } ?? false)
        var reader = SentenceReader(t: tokens, s: scalars, doc: doc)
        var out: [Claim] = []
        var previous = 0..<0
        for sentence in sentences {
            let (claims, backward) = reader.claims(in: sentence)
            // "... the NIS disclosed this information": the speaker owns the previous sentence's figures.
            if let backward {
                for i in previous where out[i].claimant == nil && out[i].source == nil { out[i].claimant = backward }
            }
            out.append(contentsOf: claims)
            if !claims.isEmpty { previous = (out.count - claims.count)..<out.count }
            else if !reader.isQuiet(sentence) { previous = 0..<0 }
        }
        ScopeRules.wholesFromLonePlaces(&out)
        return out
    }
}
