/// The Dublin Core elements (dc:) and terms (dcterms:) feeds add to channels and items.
public struct DublinCore: Sendable, Equatable {
    public var title: String?
    public var creators: [String] = []
    public var subjects: [String] = []
    public var description: String?
    public var publisher: String?
    public var contributors: [String] = []
    public var date: FeedDate?
    public var rights: String?
    public var language: String?
    public var created: FeedDate?
    public var issued: FeedDate?
    public var modified: FeedDate?
    /// dcterms:valid as written ("start=2002-10-13T09:00+01:00;end=...;scheme=W3C-DTF").
    public var valid: String?

    public init() {}

    var isEmpty: Bool { self == DublinCore() }

    /// Reads a dc: or dcterms: element into these fields; false when it is not one of them.
    mutating func read(_ tree: XMLTree, _ index: Int) -> Bool {
        let node = tree[index]
        if node.namespace == Namespace.dublinCore {
            guard let value = tree.trimmedText(of: index) else { return true }
            switch node.name {
            case "title": title = title ?? value
            case "creator", "author": creators.append(value)
            case "subject": subjects.append(value)
            case "description": description = description ?? value
            case "publisher": publisher = publisher ?? value
            case "contributor": contributors.append(value)
            case "date": date = FeedDate(text: value)
            case "rights": rights = rights ?? value
            case "language": language = language ?? value
            default: break
            }
            return true
        }
        if node.namespace == Namespace.dublinCoreTerms {
            guard let value = tree.trimmedText(of: index) else { return true }
            switch node.name {
            case "created": created = FeedDate(text: value)
            case "issued": issued = FeedDate(text: value)
            case "modified": modified = FeedDate(text: value)
            case "valid": valid = valid ?? value
            default: break
            }
            return true
        }
        return false
    }
}
