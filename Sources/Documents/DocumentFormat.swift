/// The container formats a dropped file can have, told by its name.
public enum DocumentFormat: String, Codable, Sendable, CaseIterable {
    case text
    case html
    case json

    /// `nil` for a name with no supported extension.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: ".") else { return nil }
        switch fileName[fileName.index(after: dot)...].lowercased() {
        case "txt", "text": self = .text
        case "html", "htm", "xhtml": self = .html
        case "json": self = .json
        default: return nil
        }
    }
}
