// CONTRACT STUB (skeleton): replaced by the real near-duplicate index.
public struct DuplicateMatch: Sendable, Equatable {
    public var original: Int64
    public var similarity: Double
}

public final class DuplicateIndex {
    private var entries: [(Int64, Fingerprint)] = []
    public init() {}
    public var count: Int { entries.count }
    public func insert(_ fingerprint: Fingerprint, id: Int64) { entries.append((id, fingerprint)) }
    public func bestMatch(for fingerprint: Fingerprint) -> DuplicateMatch? {
        entries.first { $0.1 == fingerprint }.map { DuplicateMatch(original: $0.0, similarity: 1) }
    }
}
