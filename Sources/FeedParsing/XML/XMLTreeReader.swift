import CLibXML2

/// Reads XML text into an `XMLTree` with libxml2, safely for hostile input: no network (NONET),
/// entities never substituted by the parser (no NOENT) and no external DTD or entity loaded
/// (no DTDLOAD), so an XXE reference reads as nothing; libxml2's own entity-loop and
/// amplification checks stay on (no HUGE), and the internal entities this reader expands itself
/// are held to a budget, so a billion-laughs or quadratic-blowup document is an error. RECOVER
/// reads ill-formed feeds as far as they go; what libxml2 complained about becomes a warning.
enum XMLTreeReader {
    static let options = Int32(
        XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_IGNORE_ENC.rawValue)

    /// Text expanded from the document's own entities beyond this (on top of the document's
    /// size) means an entity bomb, not a feed.
    static let expansionAllowance = 1 << 20

    /// libxml2 asks to be initialised once before parsers run on several threads at a time;
    /// Swift runs a static's initialiser exactly once.
    private static let initialized: Void = xmlInitParser()

    /// - Parameter baseURL: the document's address, against which xml:base and links resolve.
    static func read(_ text: String, baseURL: String?) throws(FeedError) -> XMLTree {
        _ = initialized
        let repair = EntityRepair.repaired(Array(text.utf8))
        let bytes = repair.bytes
        guard !bytes.isEmpty else { throw FeedError("empty document") }
        guard bytes.count < Int(Int32.max) else { throw FeedError("document too large (\(bytes.count) bytes)") }
        guard let context = xmlNewParserCtxt() else { throw FeedError("the XML parser could not start (out of memory)") }
        defer { xmlFreeParserCtxt(context) }
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }

        let problem = lastError(context)
        if let problem, problem.code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
            throw FeedError("the document's DTD defines entities that expand without bound (an entity bomb); refused")
        }
        guard let document, let root = xmlDocGetRootElement(document) else {
            throw FeedError("not XML" + (problem.map { ": " + $0.message } ?? ""))
        }
        var builder = Builder(document: document, budget: bytes.count + expansionAllowance, baseURL: baseURL)
        // Feeds run to about one node per 30 bytes; growing the array by doubling costs more than guessing.
        builder.tree.nodes.reserveCapacity(bytes.count / 32)
        try builder.walk(from: root)
        var tree = builder.tree
        var declaration = root.pointee.nsDef
        while let ns = declaration {
            tree.rootNamespaces[ns.pointee.prefix.map { String(cString: $0) } ?? ""] = ns.pointee.href.map { String(cString: $0) } ?? ""
            declaration = ns.pointee.next
        }
        if let subset = xmlGetIntSubset(document), let publicID = subset.pointee.ExternalID {
            tree.doctypePublicID = String(cString: publicID)
        }
        if context.pointee.wellFormed == 0 || context.pointee.nsWellFormed == 0 {
            let malformation = "not well-formed XML" + (problem.map { ": " + $0.message } ?? "")
            tree.malformation = malformation
            tree.warnings.append(malformation + "; read as far as it goes")
        }
        if repair.htmlEntities > 0 {
            tree.warnings.append("\(repair.htmlEntities) undeclared HTML entities (such as &nbsp;) read as their characters")
        }
        if repair.bareAmpersands > 0 {
            tree.warnings.append("\(repair.bareAmpersands) bare '&' characters read as '&amp;'")
        }
        return tree
    }

    private struct Problem {
        var code: Int32
        var message: String
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> Problem? {
        guard let error = xmlCtxtGetLastError(context), error.pointee.code != 0 else { return nil }
        var message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
        message = message.trimmingXMLWhitespace()
        if error.pointee.line > 0 { message += " (line \(error.pointee.line))" }
        return Problem(code: error.pointee.code, message: message)
    }

    /// One iterative walk over libxml2's tree (entity references followed into their
    /// declarations' content), appending to the flat tree.
    private struct Builder {
        enum Step {
            case visit(xmlNodePtr, parent: Int, siblings: Bool)
            case close(Int)
        }

        let document: xmlDocPtr
        /// Characters and nodes left before the document counts as an entity bomb.
        var budget: Int
        let baseURL: String?
        var tree = XMLTree()
        private var namespaces: [xmlNsPtr: (String, String)] = [:]

        init(document: xmlDocPtr, budget: Int, baseURL: String?) {
            self.document = document
            self.budget = budget
            self.baseURL = baseURL
        }

        mutating func walk(from root: xmlNodePtr) throws(FeedError) {
            var stack: [Step] = [.visit(root, parent: -1, siblings: false)]
            while let step = stack.popLast() {
                switch step {
                case .close(let index):
                    tree.nodes[index].end = tree.nodes.count
                case .visit(let node, let parent, let siblings):
                    if siblings, let next = node.pointee.next { stack.append(.visit(next, parent: parent, siblings: true)) }
                    switch node.pointee.type {
                    case XML_ELEMENT_NODE:
                        let index = try appendElement(node, parent: parent)
                        stack.append(.close(index))
                        if let child = node.pointee.children { stack.append(.visit(child, parent: index, siblings: true)) }
                    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                        if let content = node.pointee.content { try appendText(String(cString: content), parent: parent) }
                    case XML_ENTITY_REF_NODE:
                        if let first = internalEntityContent(node) { stack.append(.visit(first, parent: parent, siblings: true)) }
                    default:
                        break
                    }
                }
            }
        }

        /// The parsed content of an internal entity; nil for external entities, which are never
        /// loaded, and for undeclared ones.
        private func internalEntityContent(_ node: xmlNodePtr) -> xmlNodePtr? {
            guard let name = node.pointee.name, let entity = xmlGetDocEntity(document, name),
                  entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY else { return nil }
            return entity.pointee.children
        }

        private mutating func spend(_ amount: Int) throws(FeedError) {
            budget -= amount
            if budget < 0 {
                throw FeedError("the document's entities expand to far more text than the document holds (an entity bomb); refused")
            }
        }

        private mutating func appendText(_ text: String, parent: Int) throws(FeedError) {
            try spend(text.utf8.count + 1)
            let last = tree.nodes.count - 1
            if last >= 0, tree.nodes[last].isText, tree.nodes[last].parent == parent {
                tree.nodes[last].text += text
            } else {
                tree.nodes.append(XMLTree.Node(name: "", text: text, parent: parent, end: tree.nodes.count + 1))
            }
        }

        private mutating func appendElement(_ node: xmlNodePtr, parent: Int) throws(FeedError) -> Int {
            try spend(16)
            var name = String(cString: node.pointee.name)
            var namespace = ""
            var prefix = ""
            if let ns = node.pointee.ns {
                (namespace, prefix) = names(of: ns)
            } else if let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) {
                // An undeclared prefix: libxml2 keeps "dc:creator" as the name.
                prefix = String(name[..<colon])
                name = String(name[name.utf8.index(after: colon)...])
                namespace = Namespace.wellKnownPrefixes[prefix] ?? ""
            }
            var attributes: [XMLTree.Attribute] = []
            var attribute = node.pointee.properties
            while let current = attribute {
                let attributeName = String(cString: current.pointee.name)
                let attributeNamespace = current.pointee.ns.map { names(of: $0).0 } ?? ""
                attributes.append(XMLTree.Attribute(name: attributeName, namespace: attributeNamespace, value: try value(of: current)))
                attribute = current.pointee.next
            }
            let inherited = parent >= 0 ? tree.nodes[parent].base : baseURL
            var element = XMLTree.Node(name: name, namespace: namespace, prefix: prefix, attributes: attributes,
                                       parent: parent, end: tree.nodes.count + 1, base: inherited,
                                       language: parent >= 0 ? tree.nodes[parent].language : nil)
            if let base = element.attribute("base", namespace: Namespace.xml) {
                element.base = URLResolution.resolve(base, against: inherited)
            }
            if let language = element.attribute("lang", namespace: Namespace.xml) {
                element.language = language
            }
            tree.nodes.append(element)
            return tree.nodes.count - 1
        }

        /// A namespace's URI and prefix, made into strings once per declaration rather than once
        /// per element (and equal strings that share storage compare at once).
        private mutating func names(of ns: xmlNsPtr) -> (String, String) {
            if let known = namespaces[ns] { return known }
            let names = (ns.pointee.href.map { String(cString: $0) } ?? "", ns.pointee.prefix.map { String(cString: $0) } ?? "")
            namespaces[ns] = names
            return names
        }

        /// An attribute's value with internal entity references expanded (within the budget).
        private mutating func value(of attribute: xmlAttrPtr) throws(FeedError) -> String {
            var value = ""
            var stack: [xmlNodePtr] = []
            if let first = attribute.pointee.children { stack.append(first) }
            while let node = stack.popLast() {
                if let next = node.pointee.next { stack.append(next) }
                if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                    let text = String(cString: content)
                    try spend(text.utf8.count)
                    value += text
                } else if node.pointee.type == XML_ENTITY_REF_NODE, let first = internalEntityContent(node) {
                    stack.append(first)
                }
            }
            return value
        }
    }
}
