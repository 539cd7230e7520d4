import CLibXML2

/// Reads HTML with libxml2's error-tolerant parser into an `HTMLTree`, keeping what the article
/// extractor needs. libxml2 reports the page as events (SAX) and the tree is built from them
/// directly: no libxml2 document is built only to be copied and freed. Scripts, styles and
/// comments, and the attributes nobody reads, are cut out before (see `MarkupPrefilter`).
enum HTMLParser {
    /// Elements whose content is never article text; they are left out of the tree whole.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "select", "textarea", "button",
        "option", "datalist", "audio", "video", "map", "title", "meta", "link", "base", "head",
    ]

    /// Attributes the extractor reads; the rest are not copied.
    static let keptAttributes: Set<String> = [
        "class", "id", "style", "hidden", "aria-hidden", "role", "href", "itemprop", "rel", "datetime",
        "summary", "datatable", "content", "lang", "pubdate",
    ]

    /// The kept attribute this C name spells, without making a `String` of every attribute on
    /// the page (most are not kept: data-*, style-less layout, tracking).
    static func keptAttribute(_ name: UnsafePointer<xmlChar>) -> String? {
        guard let kept = keptByFirstByte[Int(name.pointee)] else { return nil }
        return kept.first { candidate in
            var position = 0
            for byte in candidate.utf8 {
                guard name[position] == byte else { return false }
                position += 1
            }
            return name[position] == 0
        }
    }

    /// The same for a name in the page's bytes, in any case.
    static func isKeptAttribute(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = name.first, let kept = keptByFirstByte[Int(first | 0x20)] else { return false }
        return kept.contains { candidate in
            candidate.utf8.count == name.count && zip(candidate.utf8, name).allSatisfy { expected, byte in
                expected == (byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte)
            }
        }
    }

    private static let keptByFirstByte: [[String]?] = {
        var buckets = [[String]?](repeating: nil, count: 256)
        for name in keptAttributes { buckets[Int(name.utf8.first!)] = (buckets[Int(name.utf8.first!)] ?? []) + [name] }
        return buckets
    }()

    static func parse(_ html: String) -> (HTMLTree, PageMetadata) {
        var html = html
        return html.withUTF8 { parse(page: $0, readingNoscript: false) }
    }

    /// The page as valid UTF-8. `readingNoscript` reads what `<noscript>` holds as the page's own
    /// content: what a browser without scripts shows.
    static func parse(utf8 html: [UInt8], readingNoscript: Bool = false) -> (HTMLTree, PageMetadata) {
        html.withUnsafeBufferPointer { parse(page: $0, readingNoscript: readingNoscript) }
    }

    private static func parse(page: UnsafeBufferPointer<UInt8>, readingNoscript: Bool) -> (HTMLTree, PageMetadata) {
        let stripped = MarkupPrefilter.filter(page, keeps: isKeptAttribute)
        // The builder is reached from C callbacks through a pointer: a struct behind a pointer
        // is mutated without the run-time exclusivity checks a class's properties would cost.
        let builder = UnsafeMutablePointer<TreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: TreeBuilder(readsNoscript: readingNoscript))
        defer { builder.deinitialize(count: 1); builder.deallocate() }
        builder.pointee.metadata.jsonLD = stripped.jsonLD
        read(stripped.html, into: builder)
        builder.pointee.finish()
        return (builder.pointee.tree, builder.pointee.metadata)
    }

    /// libxml2 sets up its globals lazily, and two threads doing that at once can deadlock
    /// (creating a parser takes a mutex that is itself created on first use).
    private static let libxml2Initialized: Void = xmlInitParser()

    private static func read(_ bytes: [UInt8], into builder: UnsafeMutablePointer<TreeBuilder>) {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return }
        _ = libxml2Initialized
        // The text is UTF-8 already (Documents decoded it); a page's own charset declaration
        // must not make libxml2 decode it again (HTML_PARSE_IGNORE_ENC).
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue) | Int32(XML_PARSE_HUGE.rawValue)
        bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                guard let context = htmlCreateMemoryParserCtxt(pointer, Int32(buffer.count)) else { return }
                defer { htmlFreeParserCtxt(context) }
                var handler = htmlSAXHandler()
                handler.startElement = { user, name, attributes in TreeBuilder.from(user).pointee.start(name, attributes) }
                handler.endElement = { user, _ in TreeBuilder.from(user).pointee.end() }
                handler.characters = { user, characters, length in TreeBuilder.from(user).pointee.characters(characters, length) }
                handler.ignorableWhitespace = handler.characters
                context.pointee.sax.pointee = handler
                context.pointee.userData = UnsafeMutableRawPointer(builder)
                htmlCtxtUseOptions(context, options)
                _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
                _ = htmlParseDocument(context)
                // No startDocument handler, so no document should exist; free one if it does.
                if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            }
        }
    }
}

/// Builds the tree from libxml2's events. libxml2 closes what the markup leaves open, so
/// every start has its end.
private struct TreeBuilder {
    /// What the builder needs to know of an element name, looked up once per distinct name:
    /// libxml2 hands every occurrence of a name over as the same pointer (its name dictionary).
    struct ElementName {
        var name: String
        var skipped: Bool
        var kind: ElementKind
        /// `meta` and `link`, whose attributes are the page's metadata.
        var declaresMetadata: Bool
        var isFrame: Bool
    }
    let readsNoscript: Bool
    var tree = HTMLTree()
    var metadata = PageMetadata()
    private var open: [Int] = []
    /// Depth inside an element left out of the tree (its descendants are ignored).
    private var skipping = 0
    private var inHead = false
    private var readingTitle = false
    /// The skipping depth of the `<title>` being read.
    private var titleDepth = 0
    private var title: [UInt8] = []
    private var pendingText: [UInt8] = []
    /// Depth inside `<iframe>`: its content is what a browser without frames would show, which
    /// no browser is; the element stays (it counts as an embed).
    private var frameDepth = 0

    private var elementNames: [UnsafePointer<xmlChar>: ElementName] = [:]

    init(readsNoscript: Bool) {
        self.readsNoscript = readsNoscript
    }
    static func from(_ user: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<TreeBuilder> {
        user!.assumingMemoryBound(to: TreeBuilder.self)
    }

    private mutating func elementName(_ cName: UnsafePointer<xmlChar>) -> ElementName {
        if let known = elementNames[cName] { return known }
        let name = String(cString: cName)
        let skipped = HTMLParser.skippedElements.contains(name) && !(readsNoscript && name == "noscript")
        let element = ElementName(name: name, skipped: skipped, kind: ElementKind.of(name), declaresMetadata: name == "meta" || name == "link",
                                  isFrame: name == "iframe")
        elementNames[cName] = element
        return element
    }

    mutating func start(_ cName: UnsafePointer<xmlChar>?, _ cAttributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        guard let cName else { return }
        if skipping == 0 { flushText() }
        let element = elementName(cName)
        let name = element.name
        if element.declaresMetadata {
            record(name, Self.allAttributes(cAttributes))
        } else if element.skipped || tree.nodes.isEmpty {
            // `title` is a skipped element and `html` comes before any node: every other element
            // is spared the name comparisons.
            switch name {
            case "title" where metadata.titleElement == nil && !readingTitle && (skipping == 0 || inHead):
                readingTitle = true
                titleDepth = skipping + 1
            case "html" where skipping == 0:
                if let lang = Self.allAttributes(cAttributes).first(where: { $0.name == "lang" })?.value { metadata.language = lang }
            default:
                break
            }
        }
        if skipping > 0 {
            skipping += 1
            return
        }
        if element.skipped {
            inHead = name == "head"
            skipping = 1
            return
        }
        let index = tree.nodes.count
        let attributes = Self.keptAttributes(cAttributes)
        tree.nodes.append(HTMLTree.Node(name: name, parent: open.last ?? -1, end: index + 1, attributes: attributes, kind: element.kind))
        open.append(index)
        if element.isFrame { frameDepth += 1 }
    }

    mutating func end() {
        if skipping == 0 { flushText() }
        if skipping > 0 {
            if readingTitle && skipping == titleDepth {
                metadata.titleElement = String(decoding: title, as: UTF8.self)
                readingTitle = false
            }
            skipping -= 1
            if skipping == 0 { inHead = false }
            return
        }
        guard let index = open.popLast() else { return }
        tree.nodes[index].end = tree.nodes.count
        if frameDepth > 0 && tree.nodes[index].name == "iframe" { frameDepth -= 1 }
    }

    mutating func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
        guard let characters, length > 0 else { return }
        let bytes = UnsafeBufferPointer(start: characters, count: Int(length))
        if skipping > 0 {
            if readingTitle { title.append(contentsOf: bytes) }
            return
        }
        // libxml2 hands long text over in pieces: gathered into one text node for the run.
        if !open.isEmpty && frameDepth == 0 { pendingText.append(contentsOf: bytes) }
    }

    mutating func finish() {
        flushText()
        for index in open { tree.nodes[index].end = tree.nodes.count }
        open = []
    }

    /// The text run since the last tag becomes a node.
    private mutating func flushText() {
        guard !pendingText.isEmpty, let parent = open.last else { return }
        let index = tree.nodes.count
        // Indentation between tags is most text nodes; every stage collapses white space, so one
        // space stands for any run of it and costs no allocation.
        let onlySpace = pendingText.allSatisfy { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        tree.nodes.append(HTMLTree.Node(name: "", text: onlySpace ? " " : String(decoding: pendingText, as: UTF8.self), parent: parent, end: index + 1))
        pendingText.removeAll(keepingCapacity: true)
    }

    /// Head elements (and microdata metas anywhere) into the page's metadata.
    private mutating func record(_ name: String, _ attributes: [(name: String, value: String)]) {
        let values = Dictionary(attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        switch name {
        case "meta":
            guard let content = values["content"] else { return }
            for keyName in ["property", "name", "itemprop", "http-equiv"] {
                if let key = values[keyName] {
                    // property="og:title twitter:title" names several keys at once.
                    for part in key.lowercased().split(separator: " ") { metadata.addMeta(String(part), content) }
                }
            }
        case "link":
            if values["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, metadata.canonicalURL == nil {
                metadata.canonicalURL = values["href"]
            }
        default:
            break
        }
    }

    private static func keptAttributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(name: String, value: String)] {
        guard var pair = list else { return [] }
        var result: [(name: String, value: String)] = []
        while let name = pair.pointee {
            if let key = HTMLParser.keptAttribute(name) { result.append((key, (pair + 1).pointee.map { String(cString: $0) } ?? "")) }
            pair += 2
        }
        return result
    }

    private static func allAttributes(_ list: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> [(name: String, value: String)] {
        guard var pair = list else { return [] }
        var result: [(name: String, value: String)] = []
        while let name = pair.pointee {
            result.append((String(cString: name).lowercased(), (pair + 1).pointee.map { String(cString: $0) } ?? ""))
            pair += 2
        }
        return result
    }
}
