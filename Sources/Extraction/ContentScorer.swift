/// Finds the article's container the readability way: paragraphs score their ancestors (more
/// for long, comma-rich text), class names push scores up or down, link-heavy containers are
/// discounted, and the best container is joined by siblings that look like more of it.
enum ContentScorer {
    static let scoredTags: Set<String> = ["section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"]
    /// Children that stop a div from being read as a paragraph.
    static let blockTags: Set<String> = ["blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"]
    static let alwaysDropped: Set<String> = ["nav", "aside", "footer", "form", "fieldset", "dialog", "menu"]
    /// Nodes in a subtree small enough to read its text while judging it: a byline, a heading,
    /// a placeholder. Larger ones are judged by their counts alone, so a page nested 100,000
    /// deep costs a linear pass, not a quadratic one.
    static let smallSubtree = 64

    static func select(_ tree: HTMLTree, title: String?, rules: ExtractionRules) -> ContentSelection {
        let nodes = tree.nodes
        let count = nodes.count
        var removed = [Bool](repeating: false, count: count)
        var byline: String?
        var effective: ExtractionRules = []
        let unfiltered = TextStatistics(tree, excluded: removed)
        let pageProse = tree.firstElement(named: "body").map { prose($0, unfiltered) } ?? 0

        // Top-down flags: inside a table or code block (where class names say little).
        var protected = [Bool](repeating: false, count: count)
        var index = 0
        while index < count {
            let parent = nodes[index].parent
            if parent >= 0 {
                switch nodes[parent].name {
                case "table", "code", "pre": protected[index] = true
                default: protected[index] = protected[parent]
                }
            }
            if nodes[index].isText { index += 1; continue }
            if let rule = removal(index, tree, unfiltered, pageProse: pageProse, rules: rules, protected: protected[index], title: title, byline: &byline) {
                effective.formUnion(rule)
                removed[index] = true
                index = nodes[index].end
                continue
            }
            index += 1
        }
        let excluded = Self.propagate(removed, tree)
        let statistics = TextStatistics(tree, excluded: excluded)

        // Divs without block children are paragraphs; a div holding only one paragraph is a
        // wrapper its paragraph stands in for.
        var hasBlock = [Bool](repeating: false, count: count)
        for index in stride(from: count - 1, through: 0, by: -1) where !excluded[index] && !nodes[index].isText {
            let parent = nodes[index].parent
            if parent >= 0 && (nodes[index].kind.contains(.blockChild) || hasBlock[index]) { hasBlock[parent] = true }
        }
        func isParagraph(_ index: Int) -> Bool {
            nodes[index].kind.contains(.paragraph) || (nodes[index].kind.contains(.division) && !hasBlock[index])
        }
        let isWrapper: [Bool] = nodes.indices.map { index in
            guard nodes[index].kind.contains(.division), !excluded[index] else { return false }
            let elements = tree.elementChildren(of: index).filter { !excluded[$0] }
            return elements.count == 1 && nodes[elements[0]].name == "p" && statistics.linkDensity(index) < 0.25
                && statistics.textLength[elements[0]] == statistics.textLength[index]
        }

        var score = [Double?](repeating: nil, count: count)
        func initialScore(_ index: Int) -> Double {
            var base: Double
            switch nodes[index].name {
            case "div": base = 5
            case "pre", "td", "blockquote": base = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": base = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": base = -5
            default: base = 0
            }
            if rules.contains(.weightClasses) {
                let weight = BoilerplateNames.weight(nodes[index].signals)
                if weight != 0 { effective.insert(.weightClasses) }
                base += weight
            }
            return base
        }
        func credit(from start: Int, length: Int, commas: Int) {
            guard length >= 25 else { return }
            let points = 1 + Double(commas) + Double(min(length / 100, 3))
            var ancestor = start
            var level = 0
            while level < 5 {
                ancestor = nodes[ancestor].parent
                guard ancestor >= 0, nodes[ancestor].parent >= 0 else { return }
                if isWrapper[ancestor] { continue }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                score[ancestor] = (score[ancestor] ?? initialScore(ancestor)) + points / divider
                level += 1
            }
        }
        for index in 0..<count where !excluded[index] && !nodes[index].isText {
            if nodes[index].kind.contains(.scored) || isParagraph(index) {
                credit(from: index, length: statistics.textLength[index], commas: statistics.commas[index])
            } else if nodes[index].kind.contains(.division) {
                // Text directly inside a div that also has blocks reads as paragraphs of its own.
                var runLength = 0, runCommas = 0
                for child in tree.children(of: index) where !excluded[child] {
                    if nodes[child].kind.contains(.blockChild) {
                        credit(from: child, length: runLength, commas: runCommas)
                        runLength = 0
                        runCommas = 0
                    } else {
                        runLength += statistics.textLength[child]
                        runCommas += statistics.commas[child]
                    }
                }
                if let last = tree.children(of: index).last { credit(from: last, length: runLength, commas: runCommas) }
            }
        }

        var final = [Double](repeating: -.infinity, count: count)
        for index in 0..<count { if let value = score[index] { final[index] = value * (1 - statistics.linkDensity(index)) } }
        let ranked = final.indices.filter { score[$0] != nil }.sorted { final[$0] > final[$1] }.prefix(5)

        guard var top = ranked.first, nodes[top].name != "body" else {
            let body = tree.firstElement(named: "body") ?? 0
            let roots = count > 0 ? [body] : []
            let cleaned = ContentCleaner.clean(tree, roots: roots, excluded: excluded, rules: rules)
            if cleaned != excluded { effective.insert(.cleanConditionally) }
            return ContentSelection(roots: roots, excluded: cleaned, byline: byline, effective: effective)
        }
        top = promote(top, ranked: Array(ranked), final: final, score: score, tree: tree, excluded: excluded)

        // Siblings that look like more of the article join it.
        let topScore = final[top]
        let threshold = max(10, topScore * 0.2)
        let parent = nodes[top].parent
        var roots: [Int] = []
        let siblings = parent >= 0 ? tree.elementChildren(of: parent).filter { !excluded[$0] } : [top]
        let topClass = nodes[top].attribute("class") ?? ""
        for sibling in siblings {
            if sibling == top { roots.append(sibling); continue }
            let bonus = !topClass.isEmpty && nodes[sibling].attribute("class") == topClass ? topScore * 0.2 : 0
            if score[sibling] != nil, final[sibling] + bonus >= threshold {
                roots.append(sibling)
            } else if isParagraph(sibling) {
                let density = statistics.linkDensity(sibling)
                let length = statistics.textLength[sibling]
                if length > 80 && density < 0.25 {
                    roots.append(sibling)
                } else if length > 0 && length < 80 && density == 0 && endsWithSentence(sibling, tree, excluded) {
                    roots.append(sibling)
                }
            }
        }

        let cleaned = ContentCleaner.clean(tree, roots: roots, excluded: excluded, rules: rules)
        if cleaned != excluded { effective.insert(.cleanConditionally) }
        return ContentSelection(roots: roots, excluded: cleaned, byline: byline, effective: effective)
    }

    /// Moves the top candidate up when its ancestors hold several other strong candidates (the
    /// article split into sections) or score higher; then up through wrappers with one child.
    private static func promote(_ start: Int, ranked: [Int], final: [Double], score: [Double?], tree: HTMLTree, excluded: [Bool]) -> Int {
        let nodes = tree.nodes
        var top = start
        let topScore = final[top]
        let alternatives = ranked.dropFirst().filter { topScore > 0 && final[$0] / topScore >= 0.75 }
        if alternatives.count >= 3 {
            let ancestorSets = alternatives.map { Set(ancestors(of: $0, tree)) }
            var candidate = nodes[top].parent
            while candidate >= 0 && nodes[candidate].name != "body" {
                if ancestorSets.filter({ $0.contains(candidate) }).count >= 3 {
                    top = candidate
                    break
                }
                candidate = nodes[candidate].parent
            }
        }
        if score[top] == nil { return top }
        var parent = nodes[top].parent
        var lastScore = final[top]
        let scoreThreshold = lastScore / 3
        while parent >= 0 && nodes[parent].name != "body" {
            guard score[parent] != nil else { parent = nodes[parent].parent; continue }
            let parentScore = final[parent]
            if parentScore < scoreThreshold { break }
            if parentScore > lastScore {
                top = parent
                break
            }
            lastScore = parentScore
            parent = nodes[parent].parent
        }
        parent = nodes[top].parent
        while parent >= 0 && nodes[parent].name != "body" && tree.elementChildren(of: parent).filter({ !excluded[$0] }).count == 1 {
            top = parent
            parent = nodes[top].parent
        }
        return top
    }

    private static func ancestors(of index: Int, _ tree: HTMLTree) -> [Int] {
        var result: [Int] = []
        var current = tree.nodes[index].parent
        while current >= 0 {
            result.append(current)
            current = tree.nodes[current].parent
        }
        return result
    }

    private static func endsWithSentence(_ index: Int, _ tree: HTMLTree, _ excluded: [Bool]) -> Bool {
        let text = HTMLTextRenderer.plainText(of: index, tree, excluded: excluded)
        return ASCIIText.contains(text, ". ") || text.hasSuffix(".")
    }

    /// Whether an element is not article content whatever it scores: hidden, a menu, a byline
    /// (kept as metadata), the title repeated, or named like boilerplate. Returns the rule that
    /// removes it (empty for removals no rule switches off), or nil to keep it.
    private static func removal(_ index: Int, _ tree: HTMLTree, _ statistics: TextStatistics, pageProse: Double, rules: ExtractionRules,
                                protected: Bool, title: String?, byline: inout String?) -> ExtractionRules? {
        let node = tree.nodes[index]
        if node.isHidden { return [] }
        // Some sites wrap the whole page in one <form> (ASP.NET does), and tag soup can leave the
        // page inside an unclosed <nav> or <header>: an element that holds most of the page's
        // prose is its wrapper, whatever its name, and stays.
        if node.kind.contains(.dropped) && !isPageWrapper(index, pageProse: pageProse, statistics) { return [] }
        // Bylines and headings are small subtrees; their text is read only then (see `smallSubtree`).
        let small = node.end - index <= smallSubtree
        if byline == nil, small, statistics.textLength[index] < 100, isBylineElement(node) {
            let text = Whitespace.collapsed(HTMLTextRenderer.plainText(of: index, tree, excluded: nil))
            if !text.isEmpty && text.count < 100 {
                byline = text
                return []
            }
        }
        if let title, small, node.name == "h1" || node.name == "h2", statistics.textLength[index] < 2 * title.count + 20,
           TitleSimilarity.similarity(title, HTMLTextRenderer.plainText(of: index, tree, excluded: nil)) > 0.75 {
            return []
        }
        guard rules.contains(.stripUnlikely) else { return nil }
        if let role = node.attribute("role").map(ASCIIText.lowercased), BoilerplateNames.unlikelyRoles.contains(role) { return .stripUnlikely }
        if node.name == "header" && !protected && !isPageWrapper(index, pageProse: pageProse, statistics) { return .stripUnlikely }
        guard !protected, node.name != "body", node.name != "a", node.name != "html", node.name != "article", node.name != "main" else { return nil }
        return BoilerplateNames.isUnlikely(node.signals) ? .stripUnlikely : nil
    }

    /// An element holding at least half of the page's text outside links (a menu's links do not
    /// make it the page, and a page's own menus do not stop its wrapper from being one).
    private static func isPageWrapper(_ index: Int, pageProse: Double, _ statistics: TextStatistics) -> Bool {
        let prose = Self.prose(index, statistics)
        return prose > 0 && prose * 2 >= pageProse
    }

    private static func prose(_ index: Int, _ statistics: TextStatistics) -> Double {
        Double(statistics.textLength[index]) - statistics.linkLength[index]
    }

    private static func isBylineElement(_ node: HTMLTree.Node) -> Bool {
        node.attribute("rel") == "author" || ASCIIText.contains(node.attribute("itemprop") ?? "", "author") || node.signals.contains(.byline)
    }

    /// Every node inside a removed one is removed too.
    static func propagate(_ removed: [Bool], _ tree: HTMLTree) -> [Bool] {
        var result = removed
        for index in result.indices where !result[index] {
            let parent = tree.nodes[index].parent
            if parent >= 0 && result[parent] { result[index] = true }
        }
        return result
    }
}
