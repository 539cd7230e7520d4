/// A document's bytes decoded to text, with what kind of markup that text is.
public struct DecodedDocument: Sendable, Equatable {
    public enum Markup: String, Codable, Sendable { case plainText = "text", html }

    public var markup: Markup
    /// The text as valid, normalised UTF-8: what the extractors read, without a `String` made
    /// (and the page validated again) only to be read back as bytes.
    public var utf8: [UInt8]
    /// The encoding the bytes were read in, e.g. "UTF-8", "UTF-16LE", "windows-1252".
    public var encoding: String
    public var metadata: DocumentMetadata

    public init(markup: Markup, utf8: [UInt8], encoding: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.markup = markup
        self.utf8 = utf8
        self.encoding = encoding
        self.metadata = metadata
    }

    public init(markup: Markup, content: String, encoding: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.init(markup: markup, utf8: Array(content.utf8), encoding: encoding, metadata: metadata)
    }

    /// The text as a `String`, made anew on each call.
    public var content: String { String(decoding: utf8, as: UTF8.self) }
}
