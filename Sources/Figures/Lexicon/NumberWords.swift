/// Spelled numbers, scale words, fractions, multipliers and vague magnitudes.
enum NumberWords {
    static let small: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Multipliers that may follow a spelled or digit number ("ten thousand", "1.6 million",
    /// "Rs 1.5 crore", "1.2 lakh").
    static let scales: [String: Double] = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "crore": 1e7, "crores": 1e7,
    ]
    /// Abbreviated scales after digits ("2.5bn", "300k", "$3 mln"); "k" only glued to the digits.
    static let abbreviatedScales: [String: Double] = [
        "k": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "cr": 1e7,
    ]
    /// Letters that only mean a multiplier after a currency ("€300m", "$2.174T", "£50K"); elsewhere
    /// "300m" may be metres and "5B" a name.
    static let currencyScales: [String: Double] = ["m": 1e6, "b": 1e9, "k": 1e3, "t": 1e12]

    /// Plural scale words are vague magnitudes: "dozens of homes", "tens of thousands of fans".
    static let vagueScales: [String: Double] = [
        "dozens": 12, "scores": 20, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
        "trillions": 1e12,
    ]
    /// Vague counts before a scale word: "several hundred", "a few thousand", "a couple of million".
    /// The range each stands for, as multiples of the scale.
    static let vagueCounts: [String: (low: Double, high: Double)] = [
        "several": (3, 9), "few": (2, 5), "couple": (2, 3), "many": (2, 9),
    ]

    /// Denominators of spelled fractions: "a third", "two-thirds", "three quarters", "one-fifth".
    static let denominators: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    ]

    /// One-word multipliers: "twice the size".
    static let multiplierWords: [String: Double] = ["twice": 2, "thrice": 3]

    /// "tenfold", "twentyfold", "hundredfold": the multiplier in one word.
    static func foldValue(_ w: String) -> Double? {
        guard w.hasSuffix("fold"), w.count > 4 else { return nil }
        let stem = String(w.dropLast(4))
        return small[stem] ?? tens[stem] ?? (stem == "hundred" ? 100 : stem == "thousand" ? 1000 : nil)
    }

    /// Words and signs a number mention can start with (a spelled number, a vague magnitude, a
    /// fraction, a multiplier, a currency, a minus); other tokens are rejected with one flag test.
    static let starters: Set<String> = Set(small.keys).union(tens.keys).union(["a", "an", "half", "minus"])
        .union(vagueScales.keys).union(vagueCounts.keys).union(["tens"]).union(multiplierWords.keys)
        .union(["twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold", "ninefold",
                "tenfold", "twentyfold", "hundredfold", "thousandfold"])
        .union(Units.letterPrefixes.keys).union(Units.currencyCodes).union(Units.currencySymbols.keys).union(["-"])
}
