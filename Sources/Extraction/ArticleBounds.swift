public import Foundation
public import Model

/// The limits an article's descriptive fields are held to before Tally keeps them, writes them
/// into alert lines or reads figures with them. Whatever a document or an envelope states, a
/// field past its limit is cut (text) or treated as absent (dates, addresses), and the change is
/// noted; the article itself is never refused for it: its body and figures are as good as ever.
public enum ArticleBounds {
    /// 1900-01-01T00:00:00Z. Tally follows figures that are changing now; a publication date
    /// before 1900 is a placeholder ("0001-01-01", a zero time) or a typo, and
    /// dates that far back are where calendars disagree (proleptic Gregorian vs Julian).
    public static let earliestPublication = Date(timeIntervalSince1970: -2_208_988_800)
    /// How far ahead of the clock a publication date may lie: a zone stated wrongly is off by
    /// at most 14 h and the sender's clock by minutes, so two days is generous for honest
    /// mistakes and still rejects "2999" and 1e30.
    public static let publicationLeeway: TimeInterval = 2 * 86_400

    /// Longer titles are a page's lead or keywords stuffed into its title: cut at a word.
    public static let maximumTitleCharacters = 300
    /// A site's or an author's name (each of several authors).
    public static let maximumNameCharacters = 200
    public static let maximumAuthors = 20
    public static let maximumDescriptionCharacters = 1_000
    /// Browsers and servers stop at about 2,000 bytes; a cut address would point elsewhere, so a
    /// longer one is dropped rather than cut.
    public static let maximumURLBytes = 2_048

    /// The article within bounds, and one note for each field changed (for the document's record).
    public static func bounded(_ article: Article, now: Date) -> (article: Article, notes: [String]) {
        var article = article
        var notes: [String] = []
        if let published = article.published, !isPlausiblePublication(published, now: now) {
            article.published = nil
            notes.append("published date ignored: \(describe(published)) is not between 1900-01-01 and two days from now")
        }
        if let modified = article.modified, !isPlausiblePublication(modified, now: now) {
            article.modified = nil
            notes.append("modified date ignored: \(describe(modified)) is not between 1900-01-01 and two days from now")
        }
        func cut(_ field: String, _ value: inout String?, to limit: Int) {
            guard let text = value, let shorter = cutAtWord(text, to: limit) else { return }
            value = shorter
            notes.append("\(field) cut to \(limit) characters (it had more)")
        }
        cut("title", &article.title, to: maximumTitleCharacters)
        cut("source", &article.source, to: maximumNameCharacters)
        cut("author", &article.author, to: maximumNameCharacters)
        cut("description", &article.description, to: maximumDescriptionCharacters)
        if article.authors.count > maximumAuthors {
            article.authors.removeLast(article.authors.count - maximumAuthors)
            notes.append("only the first \(maximumAuthors) authors kept")
        }
        if article.authors.contains(where: { cutAtWord($0, to: maximumNameCharacters) != nil }) {
            article.authors = article.authors.map { cutAtWord($0, to: maximumNameCharacters) ?? $0 }
            notes.append("author names cut to \(maximumNameCharacters) characters")
        }
        if let url = article.url, url.utf8.count > maximumURLBytes {
            article.url = nil
            notes.append("url ignored: \(url.utf8.count) bytes, more than \(maximumURLBytes)")
        }
        return (article, notes)
    }

    /// Between 1900-01-01 and two days after `now`.
    public static func isPlausiblePublication(_ date: Date, now: Date) -> Bool {
        date >= earliestPublication && date <= now.addingTimeInterval(publicationLeeway)
    }

    /// Nil when `text` has at most `limit` characters; otherwise its start cut after the last
    /// whole word that fits, with an ellipsis, `limit` characters at most. A first word longer
    /// than half the limit is cut inside.
    public static func cutAtWord(_ text: String, to limit: Int) -> String? {
        // Looks at limit + 1 characters only: a 5 MB title costs no more than a short one.
        guard text.prefix(limit + 1).count > limit else { return nil }
        let room = text.prefix(limit - 1)
        var end = room.endIndex
        if let space = room.lastIndex(where: \.isWhitespace), room.distance(from: room.startIndex, to: space) >= limit / 2 {
            end = space
        }
        var kept = room[..<end]
        while let last = kept.last, last.isWhitespace || last.isPunctuation { kept.removeLast() }
        return String(kept) + "…"
    }

    /// A date as Unix time when Foundation would print it in the Julian calendar (before 1600)
    /// or with more than four digits of year.
    private static func describe(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        guard seconds >= -11_676_096_000, seconds < 253_402_300_800 else { return "Unix time \(seconds)" }
        return date.ISO8601Format()
    }
}
