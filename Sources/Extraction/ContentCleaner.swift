import Foundation

/// Removes what sits inside the chosen container but is not article: share bars, headings
/// named like boilerplate, and lists, tables, forms and divs whose make-up (links, images,
/// inputs, little text) says navigation or promotion, the readability family's "conditional
/// cleaning". One bottom-up pass, so an inner removal is seen by its ancestors' checks.
enum ContentCleaner {
    static let conditionallyCleaned: Set<String> = ["form", "fieldset", "table", "ul", "div"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
    static let textish: Set<String> = ["span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]

    private struct Counts {
        var text = 0, commas = 0, paragraphs = 0, images = 0, listItems = 0, inputs = 0, embeds = 0
        var link = 0.0, headingText = 0, listText = 0
        var hasTextishText = false, hasDataTable = false, hasBlock = false
        var rows = 0, columns = 0, cells = 0, hasTableMarkers = false, hasNestedTable = false

        mutating func add(_ child: Counts) {
            text += child.text; commas += child.commas; paragraphs += child.paragraphs; images += child.images
            listItems += child.listItems; inputs += child.inputs; embeds += child.embeds; link += child.link
            headingText += child.headingText; listText += child.listText
            hasTextishText = hasTextishText || child.hasTextishText
            hasDataTable = hasDataTable || child.hasDataTable
            rows += child.rows; columns = max(columns, child.columns)
            hasTableMarkers = hasTableMarkers || child.hasTableMarkers
            hasNestedTable = hasNestedTable || child.hasNestedTable
        }
    }

    static func clean(_ tree: HTMLTree, roots: [Int], excluded: [Bool], rules: ExtractionRules) -> [Bool] {
        var excluded = excluded
        let nodes = tree.nodes
        for root in roots {
            let end = nodes[root].end
            // Top-down: inside a figure or code, where different rules hold.
            var inFigure = [Bool](repeating: false, count: end - root)
            var inCode = [Bool](repeating: false, count: end - root)
            for index in (root + 1)..<max(root + 1, end) {
                let parent = nodes[index].parent
                guard parent >= root else { continue }
                inFigure[index - root] = inFigure[parent - root] || nodes[parent].name == "figure"
                inCode[index - root] = inCode[parent - root] || nodes[parent].name == "code" || nodes[parent].name == "pre"
            }
            var counts = [Counts](repeating: Counts(), count: end - root)
            var dataTable = [Bool](repeating: false, count: end - root)
            for index in stride(from: end - 1, through: root, by: -1) where !excluded[index] {
                let local = index - root
                var own = counts[local]
                if nodes[index].isText {
                    own.text = nodes[index].textLength
                    own.commas = nodes[index].commas
                } else {
                    let node = nodes[index]
                    tally(node, &own, hasBlockChild: own.hasBlock)
                    if node.name == "table" {
                        dataTable[local] = isDataTable(node, own)
                        own.hasDataTable = own.hasDataTable || dataTable[local]
                        own.hasNestedTable = true
                        own.rows = 0
                        own.columns = 0
                    }
                    if index != root && (shouldRemove(index, node, own, rules: rules, inFigure: inFigure[local], inCode: inCode[local],
                                                      isDataTable: dataTable[local])
                        || isPlaceholder(index, node, own, tree, excluded, rules: rules)) {
                        excluded[index] = true
                        continue
                    }
                }
                let parent = nodes[index].parent
                if parent >= root && index != root {
                    if nodes[index].kind.contains(.blockChild) { counts[parent - root].hasBlock = true }
                    counts[parent - root].add(own)
                }
            }
        }
        return ContentScorer.propagate(excluded, tree)
    }

    /// An element whose whole text is "Advertisement" or "Loading...".
    private static func isPlaceholder(_ index: Int, _ node: HTMLTree.Node, _ counts: Counts, _ tree: HTMLTree, _ excluded: [Bool],
                                      rules: ExtractionRules) -> Bool {
        // A placeholder is a handful of nodes; reading the text of every small-text element of a
        // page nested thousands deep would make the pass quadratic.
        guard rules.contains(.cleanConditionally), node.kind.contains(.conditionallyCleaned), counts.text > 0, counts.text <= 20,
              node.end - index <= ContentScorer.smallSubtree else { return false }
        let text = HTMLTextRenderer.plainText(of: index, tree, excluded: excluded).lowercased()
            .trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        return ["ad", "ads", "advertising", "advertisement", "sponsored", "loading", "anzeige", "werbung", "publicité", "publicidad", "anuncio"].contains(text)
    }

    /// Adds an element's own contribution to the counts its children gave it.
    private static func tally(_ node: HTMLTree.Node, _ own: inout Counts, hasBlockChild: Bool) {
        switch node.name {
        case "p": own.paragraphs += 1
        case "div" where !hasBlockChild: own.paragraphs += 1
        case "img", "picture": own.images += 1
        case "li": own.listItems += 1
        case "input": own.inputs += 1
        case "embed", "object", "iframe": own.embeds += 1
        case "a": own.link = Double(own.text) * (node.isFragmentLink ? 0.3 : 1)
        case "ul", "ol": own.listText = own.text
        case "tr":
            own.rows += 1
            own.columns = max(own.columns, own.cells)
        case "td", "th":
            own.cells = 1
            if node.name == "th" { own.hasTableMarkers = true }
        case "thead", "tfoot", "colgroup", "col", "caption": own.hasTableMarkers = true
        default: break
        }
        if node.name != "tr" && node.name != "td" && node.name != "th" {
            // Cells are counted per row only.
            own.cells = 0
        }
        if node.kind.contains(.heading) { own.headingText = own.text }
        if node.kind.contains(.textish) && own.text > 0 { own.hasTextishText = true }
    }

    /// Tables of data (kept) apart from tables used for layout (judged like divs).
    private static func isDataTable(_ node: HTMLTree.Node, _ counts: Counts) -> Bool {
        if node.attribute("role") == "presentation" || node.attribute("datatable") == "0" { return false }
        if node.attribute("summary") != nil || counts.hasTableMarkers { return true }
        if counts.hasNestedTable { return false }
        if counts.rows >= 10 || counts.columns > 4 { return true }
        return counts.rows * counts.columns > 10
    }

    private static func shouldRemove(_ index: Int, _ node: HTMLTree.Node, _ counts: Counts, rules: ExtractionRules,
                                     inFigure: Bool, inCode: Bool, isDataTable: Bool) -> Bool {
        if node.signals.contains(.share) && counts.text < 500 && !inCode { return true }
        let weight = rules.contains(.weightClasses) ? BoilerplateNames.weight(node.signals) : 0
        if (node.name == "h1" || node.name == "h2") && weight < 0 { return true }
        guard rules.contains(.cleanConditionally), node.kind.contains(.conditionallyCleaned), !inCode else { return false }
        if isDataTable || counts.hasDataTable { return false }
        if weight < 0 { return true }
        guard counts.commas < 10 else { return false }
        let text = counts.text
        let isList = node.name == "ul" || (text > 0 && Double(counts.listText) / Double(text) > 0.9)
        let linkDensity = text == 0 ? 0 : counts.link / Double(text)
        let headingDensity = text == 0 ? 0 : Double(counts.headingText) / Double(text)
        let paragraphs = Double(counts.paragraphs)
        let images = counts.images
        var remove = false
        if !inFigure && images > 1 && paragraphs / Double(images) < 0.5 { remove = true }
        if !isList && counts.listItems - 100 > counts.paragraphs { remove = true }
        if Double(counts.inputs) > (paragraphs / 3).rounded(.down) { remove = true }
        if !isList && !inFigure && headingDensity < 0.9 && text < 25 && (images == 0 || images > 2) && linkDensity > 0 { remove = true }
        if !isList && weight < 25 && linkDensity > 0.2 { remove = true }
        if weight >= 25 && linkDensity > 0.5 { remove = true }
        if (counts.embeds == 1 && text < 75) || counts.embeds > 1 { remove = true }
        if images == 0 && !counts.hasTextishText { remove = true }
        return remove
    }
}
