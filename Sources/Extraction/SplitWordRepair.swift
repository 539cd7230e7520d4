/// Joins two pieces of a line broken mid-sentence, mending a word the break cut in two
/// ("response strate" + "gy." -> "response strategy."). A cut is mended only on evidence: the
/// joined form is a word (of the document's own vocabulary or a list of common English words)
/// and at least one of the halves is not.
struct SplitWordRepair {
    private let content: String
    private var vocabulary: [Substring: Int]?

    init(content: String) { self.content = content }

    /// Appends `tail` to `head` in place (a paragraph can gather many thousand lines).
    /// The words taken from `head` are copied out first, so appending does not copy `head`.
    mutating func join(_ head: inout String, _ tail: String) {
        guard let first = tail.first, first.isLetter, first.isLowercase else { return head += " " + tail }
        let tailWord = tail.prefix(while: { $0.isLetter })
        if head.last == "-" {
            // "well-\nknown" keeps its hyphen unless the document (or English) writes it as one word.
            let headWord = String(Self.trailingWord(head.dropLast()))
            if !headWord.isEmpty && isKnown((headWord + tailWord).lowercased(), minimumCount: 1)
                && !isKnown((headWord + "-" + tailWord).lowercased(), minimumCount: 1) {
                head.removeLast()
            }
            return head += tail
        }
        let headWord = String(Self.trailingWord(Substring(head)))
        guard !headWord.isEmpty, head.last?.isLetter == true else { return head += " " + tail }
        let joined = (headWord + tailWord).lowercased()
        // The halves occur once at the break itself, so in the document they must occur twice.
        let cut = isKnown(joined, minimumCount: 1)
            && !(isKnown(headWord.lowercased(), minimumCount: 2) && isKnown(tailWord.lowercased(), minimumCount: 2))
        head += cut ? tail : " " + tail
    }

    private static func trailingWord(_ text: Substring) -> Substring {
        var start = text.endIndex
        while start > text.startIndex, text[text.index(before: start)].isLetter { start = text.index(before: start) }
        return text[start...]
    }

    private mutating func isKnown(_ word: String, minimumCount: Int) -> Bool {
        if CommonEnglishWords.all.contains(Substring(word)) { return true }
        return (documentVocabulary()[Substring(word)] ?? 0) >= minimumCount
    }

    /// Lower-cased words (letters and inner hyphens) of the whole document, counted once, when
    /// first needed.
    private mutating func documentVocabulary() -> [Substring: Int] {
        if let vocabulary { return vocabulary }
        var counts: [Substring: Int] = [:]
        let lowered = content.lowercased()
        var start: String.Index?
        var index = lowered.startIndex
        while index < lowered.endIndex {
            let character = lowered[index]
            let inWord = character.isLetter || (character == "-" && start != nil)
            if inWord, start == nil { start = index }
            if !inWord, let wordStart = start {
                counts[lowered[wordStart..<index], default: 0] += 1
                start = nil
            }
            index = lowered.index(after: index)
        }
        if let wordStart = start { counts[lowered[wordStart...], default: 0] += 1 }
        vocabulary = counts
        return counts
    }
}
