/// Turns a text scrape's lines into paragraphs: runs of non-blank lines are split where a line
/// ends a unit (a sentence, a heading, a list item) and joined where a line was broken
/// mid-sentence, either by a fixed-width wrap or by a scraper.
enum LineRejoining {
    static func paragraphs(of content: String) -> [String] {
        var runs: [[String]] = []
        var run: [String] = []
        for raw in content.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = Whitespace.collapsed(raw)
            if line.isEmpty {
                if !run.isEmpty { runs.append(run) }
                run = []
            } else {
                run.append(line)
            }
        }
        if !run.isEmpty { runs.append(run) }

        let width = wrapWidth(runs)
        var repair = SplitWordRepair(content: content)
        var paragraphs: [String] = []
        for run in runs {
            var paragraph = run[0]
            var previous = run[0]
            for line in run.dropFirst() {
                if continues(previous, with: line, wrapWidth: width) {
                    repair.join(&paragraph, line)
                } else {
                    paragraphs.append(paragraph)
                    paragraph = line
                }
                previous = line
            }
            paragraphs.append(paragraph)
        }
        return paragraphs
    }

    /// The column a hard-wrapped text was wrapped at, or nil when lines were not wrapped to a
    /// width: most lines that have a next line in their paragraph run are near-full, and that
    /// width is one of a terminal or mail program (wrapping narrower than 40 columns is lists).
    static func wrapWidth(_ runs: [[String]]) -> Int? {
        var lengths: [Int] = []
        var innerLengths: [Int] = []
        for run in runs {
            for (index, line) in run.enumerated() {
                let length = line.count
                lengths.append(length)
                if index < run.count - 1 { innerLengths.append(length) }
            }
        }
        guard innerLengths.count >= 3 else { return nil }
        let width = lengths.sorted()[lengths.count * 9 / 10]
        guard (40...160).contains(width) else { return nil }
        let full = innerLengths.filter { $0 * 10 >= width * 7 }.count
        return full * 10 >= innerLengths.count * 6 ? width : nil
    }

    /// Whether `next` continues the sentence `previous` left open.
    static func continues(_ previous: String, with next: String, wrapWidth: Int?) -> Bool {
        guard let last = previous.last, let first = next.first else { return false }
        if startsListItem(next) { return false }
        // A hard wrap: the next line's first word would not have fitted on this line.
        if let wrapWidth, let firstWord = next.split(separator: " ", maxSplits: 1).first,
           previous.count + 1 + firstWord.count > wrapWidth {
            return true
        }
        if first.isLowercase && (last.isLetter || last.isNumber || ",;(&-–".contains(last)) { return true }
        if last == "," && (first.isLetter || first.isNumber) { return true }
        if let lastWord = previous.split(separator: " ").last, FunctionWords.continuing.contains(lastWord.lowercased()),
           first.isLetter || first.isNumber || "\"“‘'".contains(first) {
            return true
        }
        return false
    }

    static func startsListItem(_ line: String) -> Bool {
        if let first = line.first, "-*•·▪►".contains(first), line.dropFirst().first == " " { return true }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let rest = line.dropFirst(digits.count)
        return (rest.first == "." || rest.first == ")") && rest.dropFirst().first == " "
    }
}

/// Words a sentence cannot end on: a line ending with one was broken mid-sentence.
enum FunctionWords {
    static let continuing: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "upon",
        "about", "as", "than", "and", "or", "but", "nor", "that", "which", "who", "whose", "whom",
        "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may",
        "might", "must", "not", "very", "some", "any", "each", "every", "both", "between", "among",
        "through", "during", "without", "within", "under", "over", "after", "before", "since", "while",
        "if", "because", "although", "though", "whether", "where", "when",
    ]
}
