/// The document Chromium's `--dump-dom` prints (the DOM after the page loaded and its scripts
/// ran), read back into a tree so a test asserts on elements, attributes and text rather than
/// on substrings. It reads the HTML serialization algorithm's output, not arbitrary HTML: every
/// attribute value double-quoted, every non-void element closed (SVG elements too), text
/// escaped except inside script and style.
final class DOMElement {
    let name: String
    let attributes: [(name: String, value: String)]
    private(set) var children: [DOMNode] = []
    private(set) weak var parent: DOMElement?

    init(name: String, attributes: [(name: String, value: String)]) {
        self.name = name
        self.attributes = attributes
    }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    /// Its text and its descendants' text, in document order, as `textContent` gives it.
    var text: String {
        children.map { child in
            switch child {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }

    var childElements: [DOMElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// Every element below this one, in document order.
    var descendants: [DOMElement] { childElements.flatMap { [$0] + $0.descendants } }

    func descendants(named name: String) -> [DOMElement] { descendants.filter { $0.name == name } }

    /// The element and those it sits in, nearest first.
    var ancestors: [DOMElement] { parent.map { [$0] + $0.ancestors } ?? [] }

    func hasClass(_ name: String) -> Bool { (attribute("class") ?? "").split(separator: " ").contains { $0 == name } }

    fileprivate func append(_ node: DOMNode) {
        if case .element(let element) = node { element.parent = self }
        children.append(node)
    }
}

enum DOMNode {
    case element(DOMElement)
    case text(String)
}

struct DumpedDOMError: Error, CustomStringConvertible {
    var description: String
}

enum DumpedDOM {
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    /// Elements whose text the serializer writes unescaped, up to their end tag.
    static let rawTextElements: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"]

    /// A document root (named `#document`) holding what the dump holds.
    static func parse(_ html: String) throws(DumpedDOMError) -> DOMElement {
        let root = DOMElement(name: "#document", attributes: [])
        var open = [root]
        var rest = Substring(html)
        while !rest.isEmpty {
            if rest.hasPrefix("<!--") {
                guard let end = rest.firstRange(of: "-->") else { throw DumpedDOMError(description: "a comment that does not end") }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("<!") {
                guard let end = rest.firstIndex(of: ">") else { throw DumpedDOMError(description: "a doctype that does not end") }
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("</") {
                guard let end = rest.firstIndex(of: ">") else { throw DumpedDOMError(description: "an end tag that does not end") }
                let name = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end])
                guard open.count > 1, open.last?.name == name else {
                    throw DumpedDOMError(description: "</\(name)> closes <\(open.last?.name ?? "nothing")>")
                }
                open.removeLast()
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("<") {
                let element = try startTag(&rest)
                open.last!.append(.element(element))
                if rawTextElements.contains(element.name) {
                    guard let end = rest.firstRange(of: "</" + element.name + ">") else { throw DumpedDOMError(description: "<\(element.name)> never closed") }
                    if end.lowerBound > rest.startIndex { element.append(.text(String(rest[..<end.lowerBound]))) }
                    rest = rest[end.upperBound...]
                } else if !voidElements.contains(element.name) {
                    open.append(element)
                }
            } else {
                let end = rest.firstIndex(of: "<") ?? rest.endIndex
                open.last!.append(.text(decode(rest[..<end])))
                rest = rest[end...]
            }
        }
        guard open.count == 1 else { throw DumpedDOMError(description: "<\(open.last!.name)> never closed") }
        return root
    }

    /// `<name a="v" b="">`, with `rest` at its `<`; leaves `rest` after its `>`.
    private static func startTag(_ rest: inout Substring) throws(DumpedDOMError) -> DOMElement {
        rest = rest.dropFirst()
        let name = String(rest.prefix { !$0.isWhitespace && $0 != ">" })
        rest = rest.dropFirst(name.count)
        var attributes: [(name: String, value: String)] = []
        while true {
            rest = rest.drop { $0.isWhitespace }
            guard let next = rest.first else { throw DumpedDOMError(description: "<\(name) does not end") }
            if next == ">" { rest = rest.dropFirst(); break }
            let attribute = String(rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" })
            rest = rest.dropFirst(attribute.count)
            guard rest.hasPrefix("=\"") else { attributes.append((attribute, "")); continue }
            rest = rest.dropFirst(2)
            guard let close = rest.firstIndex(of: "\"") else { throw DumpedDOMError(description: "\(attribute)= in <\(name)> does not end") }
            attributes.append((attribute, decode(rest[..<close])))
            rest = rest[rest.index(after: close)...]
        }
        return DOMElement(name: name, attributes: attributes)
    }

    /// The references the serializer writes: `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&nbsp;`.
    private static func decode(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text) }
        var output = ""
        var rest = text
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            rest = rest[ampersand...]
            let references = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&nbsp;", "\u{A0}")]
            if let (reference, character) = references.first(where: { rest.hasPrefix($0.0) }) {
                output += character
                rest = rest.dropFirst(reference.count)
            } else {
                output += "&"
                rest = rest.dropFirst()
            }
        }
        return output + rest
    }
}
