/// One word of a text, as the story stage reads it.
struct ScannedWord: Equatable {
    /// As written, apostrophe endings removed ("Russia’s" -> "Russia").
    var surface: String
    var lowercased: String
    /// Starts with a capital letter.
    var isCapitalised: Bool
    /// First word of a sentence (or of a line): a capital there says nothing about a name.
    var isSentenceInitial: Bool
    /// Punctuation stands between this word and the one before: a name ("Crocus City Hall") does not
    /// run across it.
    var followsPunctuation: Bool
}

/// Cuts a text into words. A word is a run of letters (with combining marks and inner apostrophes);
/// a run with a digit in it ("2,012", "7-magnitude", "COVID-19") is a figure or a code, not a story term,
/// and is dropped. Hyphens split words. "n't" forms are dropped whole ("isn't", "don't": function
/// words); "'s", "'ll", "'re", "'ve", "'d", "'m" endings are cut; another apostrophe keeps the
/// longer side ("l’Office" -> "Office").
enum WordScanner {
    static func words(_ text: String) -> [ScannedWord] {
        var words: [ScannedWord] = []
        let scalars = text.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var hasDigit = false
        var hasApostrophe = false
        var sentenceInitial = true
        var punctuation = false

        func finish(at end: String.UnicodeScalarView.Index) {
            guard let wordStart = start else { return }
            defer {
                start = nil
                hasDigit = false
                hasApostrophe = false
            }
            if hasDigit {
                // A full stop after a figure ends the sentence: "rose to 2,012. Rescuers ..."
                sentenceInitial = scalars[scalars.index(before: end)] == "."
                punctuation = true
                return
            }
            let token = String(scalars[wordStart..<end])
            if let word = hasApostrophe ? Self.word(token) : token, let first = word.unicodeScalars.first {
                let capitalised = first.isASCII ? ("A"..."Z").contains(first) : first.properties.isUppercase
                words.append(ScannedWord(surface: word, lowercased: word.lowercased(), isCapitalised: capitalised,
                                         isSentenceInitial: sentenceInitial, followsPunctuation: punctuation))
            }
            sentenceInitial = false
            punctuation = false
        }

        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            switch Self.kind(of: scalar, inWord: start != nil, inFigure: hasDigit) {
            case .letter:
                if start == nil { start = index }
            case .digit:
                if start == nil { start = index }
                hasDigit = true
            case .apostrophe:
                hasApostrophe = true
            case .sentenceEnd:
                finish(at: index)
                sentenceInitial = true
                punctuation = true
            case .space:
                finish(at: index)
            case .punctuation:
                finish(at: index)
                punctuation = true
            }
            index = scalars.index(after: index)
        }
        finish(at: scalars.endIndex)
        return words
    }

    private enum Kind {
        case letter, digit, apostrophe, sentenceEnd, space, punctuation
    }

    /// ASCII is told apart without looking up Unicode properties.
    private static func kind(of scalar: Unicode.Scalar, inWord: Bool, inFigure: Bool) -> Kind {
        if scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z": return .letter
            case "0"..."9": return .digit
            case "'": return inWord ? .apostrophe : .punctuation
            case ",", ".": return inFigure ? .digit : (scalar == "." ? .sentenceEnd : .punctuation) // "2,012", "37.63"
            case "!", "?", "\n", "\r": return .sentenceEnd
            case " ", "\t": return .space
            default: return .punctuation
            }
        }
        let properties = scalar.properties
        if properties.isAlphabetic || (inWord && properties.generalCategory == .nonspacingMark) { return .letter }
        if properties.numericType != nil { return .digit }
        if scalar == "\u{2019}" { return inWord ? .apostrophe : .punctuation }
        if scalar == "\u{2026}" { return .sentenceEnd }
        if properties.isWhitespace { return .space }
        return .punctuation
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    /// The word without its apostrophe ending, or nil for an "n't" form.
    private static func word(_ token: String) -> String? {
        let parts = token.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }).map(String.init)
        guard parts.count > 1 else { return parts.first }
        let ending = parts[parts.count - 1].lowercased()
        if ending == "t" { return nil }
        if ["s", "ll", "re", "ve", "d", "m"].contains(ending) { return parts.dropLast().joined() }
        return parts.max { $0.count < $1.count }
    }
}
