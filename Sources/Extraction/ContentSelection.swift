/// Which parts of a page hold the article: subtree roots to render, and nodes inside them that
/// are left out.
struct ContentSelection {
    var roots: [Int]
    /// Nodes (with their subtrees) that are not part of the article.
    var excluded: [Bool]
    /// The text of a byline element removed from the content ("By Jane Doe").
    var byline: String?
    /// The rules that changed anything on this page: switching off the others cannot help.
    var effective: ExtractionRules = []
}

/// Steps of the extractor that can be switched off when they leave too little text: the
/// readability family's fallback for pages whose markup defeats one of its rules.
struct ExtractionRules: OptionSet {
    let rawValue: Int
    static let stripUnlikely = ExtractionRules(rawValue: 1)
    static let weightClasses = ExtractionRules(rawValue: 2)
    static let cleanConditionally = ExtractionRules(rawValue: 4)
    static let all: ExtractionRules = [.stripUnlikely, .weightClasses, .cleanConditionally]
}
