/// Spelled numbers and scale words. Plural scale words ("thousands", "dozens", "millions") are
/// deliberately absent: they are vague magnitudes, not figures.
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
    /// Multipliers that may follow a spelled or digit number ("ten thousand", "1.6 million").
    static let scales: [String: Double] = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ]
    /// Abbreviated scales, written after digits ("2.5bn", "300k", "$3 mln").
    static let abbreviatedScales: [String: Double] = [
        "k": 1e3, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
    ]
    /// Scales that only mean a multiplier after a currency ("€300m"); elsewhere "300m" is metres.
    static let currencyScales: [String: Double] = ["m": 1e6, "b": 1e9, "k": 1e3]

    /// Words a spelled number can start with ("a million", "a dozen").
    static let starters: Set<String> = Set(small.keys).union(tens.keys).union(["a", "an"])
}
