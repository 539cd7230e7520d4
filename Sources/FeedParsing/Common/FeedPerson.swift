/// An author or contributor: Atom's person construct, JSON Feed's author, or what an RSS
/// author / dc:creator string says ("jo@example.com (Jo Smith)").
public struct FeedPerson: Sendable, Equatable {
    public var name: String?
    public var email: String?
    public var uri: String?

    public init(name: String? = nil, email: String? = nil, uri: String? = nil) {
        self.name = name
        self.email = email
        self.uri = uri
    }

    /// The name, or the email when there is no name.
    public var displayName: String? { name ?? email }

    /// Reads the free-text forms RSS uses: "email (Name)", "Name <email>", "Name (email)", a bare
    /// email or a bare name.
    public init(rssText raw: String) {
        let text = raw.trimmingXMLWhitespace()
        func emailLike(_ s: Substring) -> Bool { s.utf8.contains(UInt8(ascii: "@")) && !s.utf8.contains(UInt8(ascii: " ")) }
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let outside = text[..<open].trimmingCharacters(" ")
            let inside = text[text.index(after: open)..<close].trimmingCharacters(" ")
            if emailLike(outside) {
                self.init(name: inside.isEmpty ? nil : String(inside), email: String(outside))
                return
            }
            if emailLike(inside) {
                self.init(name: outside.isEmpty ? nil : String(outside), email: String(inside))
                return
            }
        }
        if let open = text.firstIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            let inside = text[text.index(after: open)..<close].trimmingCharacters(" ")
            let outside = text[..<open].trimmingCharacters(" \"")
            if emailLike(inside) {
                self.init(name: outside.isEmpty ? nil : String(outside), email: String(inside))
                return
            }
        }
        let bare = Substring(text)
        if emailLike(bare) {
            self.init(email: text.hasPrefix("mailto:") ? String(text.dropFirst(7)) : text)
        } else {
            self.init(name: text.isEmpty ? nil : text)
        }
    }
}

extension Substring {
    func trimmingCharacters(_ set: String) -> Substring {
        var slice = self
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return slice
    }
}
