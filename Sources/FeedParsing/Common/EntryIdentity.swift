import Documents

/// The key that recognises an entry across fetches and re-publications: its guid/id as the
/// feed states it (trimmed), else its absolute link, else a SHA-256 of its title and text.
/// Nothing site-specific is added, so two feeds that carry the same guid agree on the key.
enum EntryIdentity {
    static func key(id: String?, url: String?, title: String?, text: String?) -> String {
        if let id = id?.trimmingXMLWhitespace().nonEmpty { return id }
        if let url = url?.trimmingXMLWhitespace().nonEmpty { return url }
        // U+001F (unit separator) keeps "ab"+"c" apart from "a"+"bc".
        return ContentDigest.sha256Hex(Array(((title ?? "") + "\u{1F}" + (text ?? "")).utf8))
    }

    static func entry(id: String?, url: String?, title: String?, author: String?, published: FeedDate?, updated: FeedDate?,
                      summary: String?, content: String?, categories: [String]) -> FeedEntry {
        let id = id?.trimmingXMLWhitespace().nonEmpty
        return FeedEntry(key: key(id: id, url: url, title: title, text: content ?? summary), id: id, url: url, title: title,
                         author: author, published: published?.date, updated: updated?.date, summary: summary, content: content,
                         categories: uniqued(categories))
    }

    private static func uniqued(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

/// Titles as plain text: the domain model's titles are read by people and compared by Tally,
/// so markup and character references are resolved here, once.
extension TextConstruct {
    /// For formats that say what a title holds (Atom): text as given, markup reduced to its text.
    var titleText: String? {
        plainText.trimmingXMLWhitespace().nonEmpty
    }

    /// For the RSS family, whose titles do not say what they hold: read as HTML when they look
    /// like it (a tag or a character reference, as feeds escape "&" in titles), else as given.
    var guessedTitleText: String? {
        let looksLikeHTML = value.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }
        let plain = kind == .text && !looksLikeHTML ? value : HTMLText.plainText(value)
        return plain.trimmingXMLWhitespace().nonEmpty
    }
}
