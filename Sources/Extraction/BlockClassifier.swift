import Documents
import Foundation

/// Tells a text scrape's blocks apart by general features (length, final punctuation, word
/// classes, address to the reader, counters, links), never by a site's exact strings.
enum BlockClassifier {
    /// `fromMarkup`: the block is the text of parsed HTML, where angle brackets and braces were
    /// written as text, not left over from a template.
    static func kind(of block: TextBlock, fromMarkup: Bool = false) -> BlockKind {
        if !fromMarkup && isMarkupResidue(block) { return .furniture(.markupResidue) }
        if block.wordCount <= 30 && block.tokens.contains(where: TextBlock.isEmail) { return .furniture(.contact) }
        if isMostlyLinks(block) { return .furniture(.links) }
        if isCounter(block) { return .furniture(.counter) }
        if isCopyright(block) { return .furniture(.copyright) }
        if isLabel(block) { return .furniture(.label) }
        if isNavigation(block) { return .furniture(.navigation) }
        if isDateline(block) { return .furniture(.dateline) }
        if isCaption(block) { return .furniture(.caption) }
        if isCallToAction(block) { return .furniture(.callToAction) }
        if block.endsSentence && block.wordCount >= 2 { return .paragraph }
        // A list item stating a figure ("- 1,200 people displaced") is content wherever it stands.
        if LineRejoining.startsListItem(block.text) && block.wordCount >= 2 && block.text.contains(where: \.isNumber) { return .paragraph }
        return block.wordCount <= 20 ? .heading : .paragraph
    }

    /// Identifiers and template tags: most tokens carry `_`, braces, angle brackets or `=`.
    static func isMarkupResidue(_ block: TextBlock) -> Bool {
        let odd = block.tokens.filter { token in token.contains(where: { "_{}<>=\\|".contains($0) }) }.count
        return odd * 2 >= block.tokens.count && odd > 0
    }

    static func isMostlyLinks(_ block: TextBlock) -> Bool {
        // Every URL and host name has a dot: a block without one is read no further.
        guard block.text.utf8.contains(UInt8(ascii: ".")) else { return false }
        let linkCharacters = block.tokens.filter(TextBlock.isURL).reduce(0) { $0 + $1.count }
        let allCharacters = block.tokens.reduce(0) { $0 + $1.count }
        return linkCharacters * 2 >= allCharacters && linkCharacters > 0
    }

    /// Short, not a sentence, and every number in it counts something a page counts.
    static func isCounter(_ block: TextBlock) -> Bool {
        guard block.wordCount <= 12 else { return false }
        let parenthesised = block.text.first == "(" && block.text.last == ")"
        guard !block.endsSentence || parenthesised else { return false }
        let words = block.words
        var counters = 0
        for (index, word) in words.enumerated() where TextBlock.isNumber(word) {
            guard index + 1 < words.count, FurnitureVocabulary.counted.contains(words[index + 1]) else { return false }
            counters += 1
        }
        return counters > 0
    }

    static func isCopyright(_ block: TextBlock) -> Bool {
        guard block.wordCount <= 30 else { return false }
        if block.text.hasPrefix("©") { return true }
        if let first = block.words.first, first == "c" || first.hasPrefix("copyright") {
            let lower = ASCIIText.lowercased(block.text)
            if lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        }
        return block.wordCount <= 15 && block.words.contains("reserved") && ASCIIText.contains(block.text, "all rights reserved", ignoringCase: true)
    }

    /// One to four furniture words and a colon, or a lone furniture word with one: "Read more:",
    /// "Related:", "See also: ...", "Also read: ...".
    static func isLabel(_ block: TextBlock) -> Bool {
        guard let colon = block.tokens.prefix(5).firstIndex(where: { $0.hasSuffix(":") || $0.hasSuffix("»") }) else {
            return false
        }
        // French sets the colon apart ("À lire aussi : ..."): then the label ends before it.
        let labelLength = block.tokens[colon].count == 1 ? colon : colon + 1
        guard labelLength > 0, labelLength <= 4 else { return false }
        let labelWords = block.words.prefix(labelLength)
        // The publisher naming its own pages: "Our Standards: ...", "Our view: ...".
        if let first = labelWords.first, FurnitureVocabulary.publisherVoice.contains(first), block.wordCount <= 12 { return true }
        let classified = labelWords.filter { FurnitureVocabulary.furniture.contains($0) }.count
        return classified > 0 && labelWords.allSatisfy { FurnitureVocabulary.furniture.contains($0) || FurnitureVocabulary.neutral.contains($0) }
    }

    /// A short non-sentence made only of furniture words (and numbers): navigation, share and
    /// follow bars, section labels, sign-in prompts, "Advertisement".
    static func isNavigation(_ block: TextBlock) -> Bool {
        guard block.wordCount <= 10, !(block.endsSentence && block.text.last == ".") else { return false }
        var furnitureWords = 0
        for word in block.words {
            if FurnitureVocabulary.furniture.contains(word) { furnitureWords += 1; continue }
            if FurnitureVocabulary.neutral.contains(word) || TextBlock.isNumber(word) { continue }
            return false
        }
        return furnitureWords > 0
    }

    /// Bylines and timestamps: a relative time ("3 days ago"), a byline ("By Jane Doe"), a
    /// dateline marker ("Published", "Updated") with a date, a site name with a date, or a date
    /// with at most a name beside it.
    static func isDateline(_ block: TextBlock) -> Bool {
        let words = block.words
        // Wire credits: "(Reporting by Jane Doe; Editing by John Roe)".
        if block.wordCount <= 30 && block.text.first == "(" && block.text.last == ")"
            && words.contains(where: FurnitureVocabulary.creditedWork.contains) && words.contains("by") { return true }
        guard block.wordCount <= 14, !(block.endsSentence && block.wordCount > 6) else { return false }
        if hasRelativeTime(words) { return true }
        if isByline(block) { return true }
        guard PublicationDate.firstDate(in: block.text) != nil else { return false }
        let marked = words.contains(where: datelineMarkers.contains)
            || block.tokens.contains { TextBlock.domain(in: $0) != nil }
        let other = words.filter { word in
            !TextBlock.isNumber(word) && !FurnitureVocabulary.datelineWords.contains(word)
                && !DateWords.all.contains(word) && !word.utf8.contains(UInt8(ascii: ":"))
        }
        return marked || other.count <= 3
    }

    /// Words that mark a line's date as the page's own, in the languages of the European web.
    static let datelineMarkers: Set<String> = [
        "published", "updated", "posted", "modified", "veröffentlicht", "aktualisiert", "publié", "publiée",
        "publicado", "publicada", "actualizado", "pubblicato", "aggiornato", "opublikowano", "zaktualizowano",
    ]

    static func hasRelativeTime(_ words: [String]) -> Bool {
        for index in words.indices.dropFirst(2) where words[index] == "ago" {
            let unit = words[index - 1]
            if FurnitureVocabulary.timeUnits.contains(unit) && (TextBlock.isNumber(words[index - 2]) || ["a", "an"].contains(words[index - 2])) {
                return true
            }
        }
        return false
    }

    /// "By Jane Doe", "By JANE DOE and John Roe | Reuters": "by" and a capitalised name, not a sentence.
    static func isByline(_ block: TextBlock) -> Bool {
        guard block.tokens.count >= 2, block.tokens.count <= 16, block.words.first == "by", !block.endsSentence else { return false }
        return block.tokens[1].first?.isUppercase == true && !DateWords.all.contains(block.words[1])
    }

    /// A credit word introducing the source of a picture: "Photo: KCNA", "(Image by Jane Doe)".
    static func isCaption(_ block: TextBlock) -> Bool {
        // The words are already lower-cased and stripped: a block naming no credit word is read
        // no further.
        guard block.wordCount <= 45, block.words.contains(where: FurnitureVocabulary.creditWords.contains) else { return false }
        let tokens = block.tokens
        for (index, token) in tokens.enumerated() {
            let word = token.lowercased().trimmingCharacters(in: .init(charactersIn: "()[]:/|,"))
            guard FurnitureVocabulary.creditWords.contains(word) else { continue }
            if token.hasSuffix(":") || token.hasSuffix("/") { return true }
            if index + 1 < tokens.count, ["by", ":", "/", "credit:", "©"].contains(tokens[index + 1].lowercased()) { return true }
        }
        return false
    }

    /// The publisher speaking to the reader about the publication (subscribing, donating,
    /// commenting, cookies) rather than reporting. Quoted speech is left out first, so a quoted
    /// "we" or "you" does not count.
    static func isCallToAction(_ block: TextBlock) -> Bool {
        // Leaving quotations out only lowers the counts: the whole block is weighed first, and
        // most blocks go no further.
        guard let first = block.words.first else { return false }
        let formally = addressesFormally(block.tokens)
        guard formally || FurnitureVocabulary.imperatives.contains(first) || block.words.contains(where: FurnitureVocabulary.readerAddress.contains),
              isAppeal(block.words, formally: formally) else { return false }
        let unquoted = TextBlock.tokens(of: Quotations.removed(from: block.text))
        return isAppeal(TextBlock.words(of: unquoted), formally: addressesFormally(unquoted))
    }

    private static func isAppeal(_ words: [String], formally: Bool) -> Bool {
        guard let first = words.first else { return false }
        var address = formally ? 1 : 0, publisher = 0, strong = 0, weak = 0
        for word in words {
            if FurnitureVocabulary.readerAddress.contains(word) { address += 1 }
            if FurnitureVocabulary.publisherVoice.contains(word) || FurnitureVocabulary.publisherVoiceAbroad.contains(word) { publisher += 1 }
            if FurnitureVocabulary.callToActionStrong.contains(word) { strong += 1 }
            if FurnitureVocabulary.callToActionWeak.contains(word) { weak += 1 }
        }
        guard address > 0 || FurnitureVocabulary.imperatives.contains(first) else { return false }
        guard strong > 0 || (weak >= 2 && publisher > 0) else { return false }
        return (address + publisher + strong + weak) * 20 >= words.count
    }

    /// German addresses the reader with a capitalised "Sie"/"Ihr..." inside a sentence ("Lesen
    /// Sie auch", "Melden Sie sich an"); lower case, the same words mean "they" and "her".
    static func addressesFormally(_ tokens: [Substring]) -> Bool {
        for index in tokens.indices.dropFirst() where tokens[index].utf8.first.map({ $0 == UInt8(ascii: "S") || $0 == UInt8(ascii: "I") }) == true
            && FurnitureVocabulary.formalAddress.contains(tokens[index]) {
            let previous = tokens[index - 1]
            if let last = previous.last, !".!?:".contains(last) { return true }
        }
        return false
    }
}

/// Month and weekday names and the zone and meridiem words dates are written with.
enum DateWords {
    static let all: Set<String> = [
        "january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july",
        "jul", "august", "aug", "september", "sep", "sept", "october", "oct", "november", "nov", "december",
        "dec", "monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed", "thursday", "thu", "thurs",
        "friday", "fri", "saturday", "sat", "sunday", "sun", "am", "pm", "gmt", "utc", "bst", "est", "edt",
        "cst", "cdt", "pst", "pdt", "cet", "cest", "st", "nd", "rd", "th",
    ]
}
