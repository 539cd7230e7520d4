public import Documents
public import Store

/// A feed entry made a document, ready for the pipeline: the bytes to read (the linked page, or
/// the entry's own content) and the entry's metadata, which wins over what the page says.
public struct EntryDocument: Sendable, Equatable {
    public var entry: FeedEntryReference
    public var name: String
    public var bytes: [UInt8]
    /// From the page's Content-Type, when it came from the web.
    public var declaredCharset: String?
    public var metadata: DocumentMetadata
}
