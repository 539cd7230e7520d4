public import Documents
public import Model
public import Store

/// A document as a source hands it in: its bytes and what the source knows of it. This value is
/// all the pipeline learns of where a document came from; reading a file, fetching a page, and
/// what becomes of the file or the feed entry afterwards stay with the source.
public struct IncomingDocument: Sendable, Equatable {
    public var bytes: [UInt8]
    /// The file's name, or one made for a feed entry ("example-world-3f2a9c1b.html"); its
    /// extension tells the format.
    public var name: String
    public var origin: DocumentOrigin
    /// The charset the transport declared (a page's Content-Type).
    public var declaredCharset: String?
    /// What the source says of the document (a feed entry's title, link, author, date, feed
    /// name); it wins over what the document says of itself.
    public var metadata: DocumentMetadata?
    /// The feed entry it comes from, marked done in the transaction that records the document.
    public var feedEntry: FeedEntryReference?

    public init(bytes: [UInt8], name: String, origin: DocumentOrigin, declaredCharset: String? = nil,
                metadata: DocumentMetadata? = nil, feedEntry: FeedEntryReference? = nil) {
        self.bytes = bytes
        self.name = name
        self.origin = origin
        self.declaredCharset = declaredCharset
        self.metadata = metadata
        self.feedEntry = feedEntry
    }
}

/// What takes an incoming document through the stages: `Pipeline`. The daemon's intake asks
/// for no more than this, so a test can stand something in front of the pipeline.
public protocol DocumentIngesting: AnyObject {
    /// A document Tally cannot read is an outcome (`.rejected`); a failure throws, with its kind.
    func ingest(_ document: IncomingDocument) throws(PipelineError) -> IngestReport
}

extension Pipeline: DocumentIngesting {
    public func ingest(_ document: IncomingDocument) throws(PipelineError) -> IngestReport {
        try ingest(document.bytes, name: document.name, origin: document.origin, declaredCharset: document.declaredCharset,
                   metadata: document.metadata, feedEntry: document.feedEntry)
    }
}
