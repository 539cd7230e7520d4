/// Why a document could not be read. The description is written for the person who dropped it.
public struct DocumentError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
