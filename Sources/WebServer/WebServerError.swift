/// Why the server did not start, with what to do about it.
public struct WebServerError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
