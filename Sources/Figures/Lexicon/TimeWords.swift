/// Calendar and clock vocabulary: numbers next to these are dates, times, ages or durations.
enum TimeWords {
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec",
    ]
    /// Month names that are also ordinary words; they count as months only when capitalised.
    static let ambiguousMonths: Set<String> = ["may", "march", "mar", "jan", "dec", "sun"]

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Units of elapsed time: "3 days ago", "for 10 years", "24 hours".
    static let durations: Set<String> = [
        "second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hrs", "day", "days",
        "week", "weeks", "month", "months", "year", "years", "yrs", "decade", "decades", "century",
        "centuries", "night", "nights", "weekend", "weekends", "fortnight", "fortnights", "quarter", "quarters",
    ]

    /// Words after a number that make it a clock time.
    static let clock: Set<String> = [
        "am", "pm", "a.m.", "p.m.", "gmt", "utc", "cet", "cest", "est", "edt", "pst", "pdt", "bst", "hrs",
        "o'clock", "local",
    ]

    /// Words before a number that make it an age.
    static let agePrefixes: Set<String> = ["aged", "age", "ages"]

    static func isMonth(_ t: Token) -> Bool {
        guard months.contains(t.lower) else { return false }
        return !ambiguousMonths.contains(t.lower) || t.isCapitalized
    }
}
