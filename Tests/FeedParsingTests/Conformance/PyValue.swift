/// The Python values feedparser's expectations compare: what its result holds and what the
/// expressions write as literals.
indirect enum PyValue: CustomStringConvertible {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list([PyValue])
    case tuple([PyValue])
    case dict(PyDict)

    var truthy: Bool {
        switch self {
        case .none: false
        case .bool(let value): value
        case .int(let value): value != 0
        case .float(let value): value != 0
        case .string(let value): !value.isEmpty
        case .list(let items), .tuple(let items): !items.isEmpty
        case .dict(let dict): !dict.pairs.isEmpty
        }
    }

    /// Python's ==: numbers across int/float/bool, strings by code point, dicts regardless of order.
    static func equal(_ a: PyValue, _ b: PyValue) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.string(let x), .string(let y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.dict(let x), .dict(let y)):
            guard x.pairs.count == y.pairs.count else { return false }
            return x.pairs.allSatisfy { pair in y.pairs.contains { $0.key == pair.key && equal($0.value, pair.value) } }
        default:
            if let x = a.number, let y = b.number { return x == y }
            return false
        }
    }

    var number: Double? {
        switch self {
        case .bool(let value): value ? 1 : 0
        case .int(let value): Double(value)
        case .float(let value): value
        default: nil
        }
    }

    var description: String {
        switch self {
        case .none: "None"
        case .bool(let value): value ? "True" : "False"
        case .int(let value): String(value)
        case .float(let value): String(value)
        case .string(let value): "'" + value.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined() + "'"
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .tuple(let items): "(" + items.map(\.description).joined(separator: ", ") + ")"
        case .dict(let dict): "{" + dict.pairs.map { "'\($0.key)': \($0.value)" }.joined(separator: ", ") + "}"
        }
    }
}

/// A dict with string keys in insertion order. A feedparser dict also answers to the old names
/// (feedparser's FeedParserDict keymap: description, guid, tagline, copyright, modified...) and
/// derives category, enclosures and license from tags and links, as feedparser does.
struct PyDict {
    var pairs: [(key: String, value: PyValue)] = []
    var isFeedParserDict = false

    init(_ pairs: [(String, PyValue)] = [], feedParser: Bool = false) {
        self.pairs = pairs.map { (key: $0.0, value: $0.1) }
        self.isFeedParserDict = feedParser
    }

    subscript(raw key: String) -> PyValue? {
        get { pairs.first { $0.key == key }?.value }
        set {
            if let index = pairs.firstIndex(where: { $0.key == key }) {
                if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((key: key, value: newValue))
            }
        }
    }

    private static let keymap: [String: [String]] = [
        "channel": ["feed"], "items": ["entries"], "guid": ["id"], "date": ["updated"], "date_parsed": ["updated_parsed"],
        "description": ["summary", "subtitle"], "description_detail": ["summary_detail", "subtitle_detail"], "url": ["href"],
        "modified": ["updated"], "modified_parsed": ["updated_parsed"], "issued": ["published"], "issued_parsed": ["published_parsed"],
        "copyright": ["rights"], "copyright_detail": ["rights_detail"], "tagline": ["subtitle"], "tagline_detail": ["subtitle_detail"],
    ]

    /// Python's d[key]; nil where Python raises KeyError.
    func lookup(_ key: String) -> PyValue? {
        guard isFeedParserDict else { return self[raw: key] }
        switch key {
        case "category":
            guard case .list(let tags)? = self[raw: "tags"], case .dict(let first)? = tags.first else { return nil }
            return first[raw: "term"]
        case "enclosures":
            guard case .list(let links)? = self[raw: "links"] else { return nil }
            return .list(links.compactMap { link in
                guard case .dict(var dict) = link, case .string("enclosure")? = dict[raw: "rel"] else { return nil }
                dict[raw: "rel"] = nil
                return .dict(dict)
            })
        case "license":
            guard case .list(let links)? = self[raw: "links"] else { return nil }
            for case .dict(let link) in links {
                if case .string("license")? = link[raw: "rel"], let href = link[raw: "href"] { return href }
            }
            return nil
        case "updated", "updated_parsed":
            return self[raw: key] ?? self[raw: key == "updated" ? "published" : "published_parsed"]
        default:
            for real in Self.keymap[key] ?? [key] {
                if let value = self[raw: real] { return value }
            }
            return self[raw: key]
        }
    }
}
