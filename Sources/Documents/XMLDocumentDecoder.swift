/// Reads an XML document's bytes (a feed, an OPML file) into text, by the XML rules: a
/// byte-order mark, then the transport's charset, then UTF-16/UTF-32 told by zero bytes, then
/// the XML declaration's `encoding`, then valid UTF-8, else Windows-1252. Lenient: a feed with
/// a bad byte or an unknown label is still read, and `warnings` says what was recovered from.
public enum XMLDocumentDecoder {
    /// - Parameter declaredCharset: the `charset` of an HTTP Content-Type, if any.
    /// - Throws: only for content that is not text at all (an image, an archive, an empty file).
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) throws(DocumentError) -> DecodedText {
        guard !bytes.isEmpty else { throw DocumentError("empty document") }
        return try TextDecoding.decode(bytes, rules: TextDecoding.Rules(declaration: .xmlDeclaration, lenient: true), declaredCharset: declaredCharset)
    }

    /// The `charset` parameter of a Content-Type header value (`application/rss+xml; charset="utf-8"`).
    public static func charset(inContentType contentType: String) -> String? {
        HTMLCharsetPrescan.charsetParameter(contentType)
    }
}
