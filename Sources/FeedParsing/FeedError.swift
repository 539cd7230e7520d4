/// Why a feed could not be read; a problem for that feed only.
public struct FeedError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
