// CONTRACT STUB (skeleton): replaced by the real fingerprint.
public struct Fingerprint: Sendable, Equatable {
    public var bytes: [UInt8]
    public init(text: String) { bytes = Array(text.utf8.prefix(16)) }
    public init?(bytes: [UInt8]) { self.bytes = bytes }
}
