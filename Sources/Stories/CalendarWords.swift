/// Names of days and months. They say when a report was written, not which event it is about: two
/// updates of one flood say "on Monday" and "on Tuesday", and two unrelated stories of one week share
/// "Tuesday". Like figures, they are not story terms. "May" and "March" are left to the frequency
/// table: as words ("may", "march") they are common or mean something else.
enum CalendarWords {
    static func contains(_ lowercased: String) -> Bool { names.contains(lowercased) }

    private static let names: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "april", "june", "july", "august", "september", "october", "november", "december",
    ]
}
