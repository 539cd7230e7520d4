import Foundation

/// Whether decoded text is JSON or XML, told by its first character: the first step of telling
/// formats apart by content rather than by URL or Content-Type.
enum FeedSyntax {
    case json([String: Any])
    /// The text from its first "<", and how many characters came before it (server noise such
    /// as a PHP warning printed ahead of the feed).
    case xml(String, skipped: Int)

    static func detect(_ text: String) throws(FeedError) -> FeedSyntax {
        guard let first = text.unicodeScalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
            throw FeedError("empty document")
        }
        switch text.unicodeScalars[first] {
        case "{":
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(text.utf8))
            } catch {
                let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
                throw FeedError("not a feed: malformed JSON" + (detail.map { " (" + $0 + ")" } ?? ""))
            }
            guard let fields = object as? [String: Any] else { throw FeedError("not a feed: JSON that is not an object") }
            return .json(fields)
        case "[":
            throw FeedError("not a feed: a JSON array, not a JSON Feed object")
        case "<":
            let rest = text.unicodeScalars[first...]
            if looksLikeHTML(rest.prefix(512)) {
                throw FeedError.htmlPage
            }
            return .xml(first == text.unicodeScalars.startIndex ? text : String(rest), skipped: 0)
        default:
            // Up to 1,024 characters of noise before the feed are skipped; more is not a feed.
            let window = text.unicodeScalars[first...].prefix(1024)
            guard let tag = window.firstIndex(where: { $0 == "<" }), let next = text.unicodeScalars[tag...].dropFirst().first,
                  next == "?" || next == "!" || next.properties.isAlphabetic else {
                throw FeedError("not a feed: plain text (neither XML nor JSON) — \"\(String(String.UnicodeScalarView(text.unicodeScalars[first...].prefix(40))))\"")
            }
            return .xml(String(text.unicodeScalars[tag...]), skipped: text.unicodeScalars.distance(from: first, to: tag))
        }
    }

    /// An HTML page rather than XML: an HTML doctype, or an <html> root before anything else.
    private static func looksLikeHTML(_ head: Substring.UnicodeScalarView) -> Bool {
        let lower = String(String.UnicodeScalarView(head)).lowercased()
        if lower.hasPrefix("<!doctype html") { return true }
        var rest = Substring(lower)
        // Skip an XML declaration, comments and whitespace.
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            if rest.hasPrefix("<?"), let end = rest.range(of: "?>") { rest = rest[end.upperBound...]; continue }
            if rest.hasPrefix("<!--"), let end = rest.range(of: "-->") { rest = rest[end.upperBound...]; continue }
            break
        }
        return rest.hasPrefix("<html") && (rest.dropFirst(5).first.map { $0 == ">" || $0.isWhitespace } ?? false)
    }
}

extension FeedError {
    static let htmlPage = FeedError("not a feed: the document is HTML (<html> root); look for a <link rel=\"alternate\"> to its feed")
}
