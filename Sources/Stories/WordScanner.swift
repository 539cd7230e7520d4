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
        var current = String.UnicodeScalarView()
        var hasDigit = false
        var sentenceInitial = true
        var punctuation = false

        func finish() {
            defer {
                current = String.UnicodeScalarView()
                hasDigit = false
            }
            guard !current.isEmpty else { return }
            if hasDigit {
                sentenceInitial = false
                punctuation = true
                return
            }
            if let word = Self.word(String(current)) {
                let first = word.unicodeScalars.first!
                words.append(ScannedWord(surface: word, lowercased: word.lowercased(), isCapitalised: first.properties.isUppercase,
                                         isSentenceInitial: sentenceInitial, followsPunctuation: punctuation))
            }
            sentenceInitial = false
            punctuation = false
        }

        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || (!current.isEmpty && properties.generalCategory == .nonspacingMark) {
                current.append(scalar)
            } else if properties.numericType != nil {
                current.append(scalar)
                hasDigit = true
            } else if Self.isApostrophe(scalar), !current.isEmpty {
                current.append(scalar)
            } else if (scalar == "," || scalar == ".") && hasDigit {
                current.append(scalar) // inside a figure: "2,012", "37.63"
            } else {
                finish()
                switch scalar {
                case ".", "!", "?", "\n", "\r", "…":
                    sentenceInitial = true
                    punctuation = true
                case " ", "\t", "\u{A0}":
                    break
                default:
                    punctuation = true
                }
            }
        }
        finish()
        return words
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
