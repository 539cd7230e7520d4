/// Where a document came in. The raw value is what the database stores in `document.origin`, the
/// same strings Tally wrote before this was a type, so databases written earlier read the same.
public enum DocumentOrigin: String, Sendable, Hashable, CaseIterable, Codable {
    /// A file placed in the drop folder, taken by the daemon.
    case drop
    /// A feed entry (its linked page, or its own content), fetched by the daemon.
    case feed
    /// A file given to `tally ingest`.
    case cli
}
