/// The two or three words that name a story, chosen from its first article's headline: the name
/// the article weighs most (with the name it is part of: "Silicon Valley Bank"), then its heaviest
/// other word, the event ("Update: Morocco earthquake kills 820" -> "morocco earthquake"). A headline
/// without a name takes the article's heaviest name before its own heaviest word ("The surprising
/// risk that turbocharged a bank run" over a report on SVB -> "svb surprising"); an article without
/// any name gives the headline's two heaviest words, in headline order.
enum SlugWords {
    static let maximumWords = 3

    static func choose(from headline: [ScannedWord], weights: [String: Double], heaviestName: String?,
                       isName: (ScannedWord) -> Bool) -> [String] {
        let candidates = headline.enumerated().compactMap { position, word -> Candidate? in
            guard let slug = StorySlug.asciiWord(word.surface), slug.count >= 2 else { return nil }
            let weight = weights[TermKey.key(word.lowercased)] ?? 0
            guard weight > 0 else { return nil }
            return Candidate(position: position, slug: slug, weight: weight, isName: isName(word))
        }
        let names = candidates.filter(\.isName)
        let others = candidates.filter { !$0.isName }
        guard let bestName = heaviest(names) else {
            if let name = heaviestName.flatMap(StorySlug.asciiWord), let event = heaviest(others) { return [name, event.slug] }
            return others.sorted(by: isHeavier).prefix(2).sorted { $0.position < $1.position }.map(\.slug)
        }
        var name = run(around: bestName, in: headline, names: names)
        if name.count > maximumWords { name = [bestName] }
        var words = name.map(\.slug)
        if words.count < maximumWords, let event = heaviest(others) {
            words.append(event.slug)
        }
        return words
    }

    private struct Candidate {
        var position: Int
        var slug: String
        var weight: Double
        var isName: Bool
    }

    private static func isHeavier(_ a: Candidate, _ b: Candidate) -> Bool {
        a.weight != b.weight ? a.weight > b.weight : a.position < b.position
    }

    private static func heaviest(_ candidates: [Candidate]) -> Candidate? {
        candidates.min(by: isHeavier)
    }

    /// The names next to `name` in the headline with no punctuation between them.
    private static func run(around name: Candidate, in headline: [ScannedWord], names: [Candidate]) -> [Candidate] {
        let byPosition = Dictionary(uniqueKeysWithValues: names.map { ($0.position, $0) })
        var first = name.position
        while !headline[first].followsPunctuation, let previous = byPosition[first - 1] { first = previous.position }
        var last = name.position
        while let next = byPosition[last + 1], !headline[last + 1].followsPunctuation { last = next.position }
        return (first...last).compactMap { byPosition[$0] }
    }
}
