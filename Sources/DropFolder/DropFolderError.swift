/// A problem with the drop folder itself (not with a document in it).
public struct DropFolderError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public var code: Int32
    public init(_ description: String, code: Int32 = 0) {
        self.description = description
        self.code = code
    }
}
