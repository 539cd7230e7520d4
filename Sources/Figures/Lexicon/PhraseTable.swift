/// A lexicon of multi-word phrases ("up to", "North Korea", "death toll") matched over tokens,
/// longest first. Indexed by first (or last) word so a miss costs one dictionary lookup.
struct PhraseTable<Value: Sendable>: Sendable {
    private var byFirst: [String: [([String], Value)]] = [:]
    private var byLast: [String: [([String], Value)]] = [:]
    /// The token flags that mark a first / last word of this table (see `Lexicon.flags`); a token
    /// without them is rejected without hashing.
    private let firstFlag: WordFlags
    private let lastFlag: WordFlags

    init(_ entries: [(String, Value)], first: WordFlags = [], last: WordFlags = []) {
        firstFlag = first
        lastFlag = last
        for (phrase, value) in entries {
            let words = phrase.split(separator: " ").map(String.init)
            guard let head = words.first, let tail = words.last else { continue }
            byFirst[head, default: []].append((words, value))
            byLast[tail, default: []].append((words, value))
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.0.count > $1.0.count } }
        for key in byLast.keys { byLast[key]?.sort { $0.0.count > $1.0.count } }
    }

    /// The longest phrase starting at token `i` (dots after single letters are skipped, so
    /// "N. Korea" matches "n korea"); returns the value and the index just past the phrase.
    func match(_ t: [Token], at i: Int, limit: Int? = nil) -> (value: Value, end: Int)? {
        let limit = limit ?? t.count
        guard i < limit, firstFlag.isEmpty || t[i].flags.contains(firstFlag),
              let candidates = byFirst[t[i].lower] else { return nil }
        for (words, value) in candidates {
            var j = i
            var ok = true
            for (k, word) in words.enumerated() {
                if k > 0, j < limit, t[j].lower == ".", t[j - 1].lower.unicodeScalars.count == 1 { j += 1 }
                guard j < limit, t[j].lower == word else {
                    ok = false
                    break
                }
                j += 1
            }
            if ok { return (value, j) }
        }
        return nil
    }

    /// The longest phrase ending just before token `end` (exclusive), not reaching before `floor`.
    func match(_ t: [Token], endingBefore end: Int, floor: Int = 0) -> (value: Value, start: Int)? {
        guard end - 1 >= floor, lastFlag.isEmpty || t[end - 1].flags.contains(lastFlag),
              let candidates = byLast[t[end - 1].lower] else { return nil }
        for (words, value) in candidates {
            let start = end - words.count
            guard start >= floor else { continue }
            var ok = true
            for (k, word) in words.enumerated() where t[start + k].lower != word {
                ok = false
                break
            }
            if ok { return (value, start) }
        }
        return nil
    }

    func contains(_ word: String) -> Bool { byFirst[word] != nil }
    var firstWords: Dictionary<String, [([String], Value)]>.Keys { byFirst.keys }
    var lastWords: Dictionary<String, [([String], Value)]>.Keys { byLast.keys }
}
