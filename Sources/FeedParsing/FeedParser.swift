import Documents
import Foundation

/// Bytes to feed: decode (byte-order mark, HTTP charset, XML declaration, detection), tell the
/// format by content, read it into its format's struct, adapt that to the domain model.
public enum FeedParser {
    /// Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 or JSON Feed 1.x, told apart by content.
    /// `url` resolves relative links; `contentType` may carry the HTTP charset.
    public static func parse(_ bytes: [UInt8], url: String? = nil, contentType: String? = nil) throws(FeedError) -> ParsedFeed {
        try document(bytes, url: url, contentType: contentType).parsedFeed
    }

    /// The feed in the struct faithful to its format.
    public static func document(_ bytes: [UInt8], url: String? = nil, contentType: String? = nil) throws(FeedError) -> FeedDocument {
        let decoded: DecodedText
        do {
            decoded = try XMLDocumentDecoder.decode(bytes, declaredCharset: contentType.flatMap(XMLDocumentDecoder.charset(inContentType:)))
        } catch {
            throw FeedError(error.description)
        }
        var warnings = decoded.warnings
        let content: FeedDocument.Content
        switch try FeedSyntax.detect(decoded.text) {
        case .json(let object):
            guard let feed = JSONFeedParser.parse(object, baseURL: url) else {
                throw FeedError("not a feed: a JSON document without a jsonfeed.org \"version\"")
            }
            content = .jsonFeed(feed)
        case .xml(let text, let skipped):
            if skipped > 0 { warnings.append("\(skipped) characters before the first tag were skipped") }
            let tree = try XMLTreeReader.read(text, baseURL: url)
            warnings += tree.warnings
            content = try xmlContent(tree)
        }
        return FeedDocument(content: content, encoding: decoded.encoding.rawValue, warnings: warnings)
    }

    private static func xmlContent(_ tree: XMLTree) throws(FeedError) -> FeedDocument.Content {
        let root = tree[0]
        switch root.name {
        case "rss": return .rss(RSSParser.parse(tree))
        case "RDF": return .rdf(RDFParser.parse(tree))
        case "feed": return .atom(AtomParser.parse(tree))
        case let name where name.lowercased() == "html":
            throw FeedError.htmlPage
        case "opml":
            throw FeedError("not a feed: the document is an OPML subscription list (<opml> root); import it with `tally feeds import`")
        default:
            let shown = (root.prefix.isEmpty ? "" : root.prefix + ":") + root.name
            throw FeedError("not a feed: the root element is <\(shown.prefix(60))>, not <rss>, <rdf:RDF> or <feed>")
        }
    }
}
