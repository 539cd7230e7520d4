/// A document's bytes decoded to text, with what kind of markup that text is.
public struct DecodedDocument: Sendable, Equatable {
    public enum Markup: String, Codable, Sendable { case plainText = "text", html }

    public var markup: Markup
    public var content: String
    /// The encoding the bytes were read in, e.g. "UTF-8", "UTF-16LE", "windows-1252".
    public var encoding: String
    public var metadata: DocumentMetadata

    public init(markup: Markup, content: String, encoding: String, metadata: DocumentMetadata = DocumentMetadata()) {
        self.markup = markup
        self.content = content
        self.encoding = encoding
        self.metadata = metadata
    }
}
