/// Why no article could be read from a decoded document.
public struct ExtractionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
