public import Foundation

/// The `Retry-After` header: seconds ("120") or an HTTP date ("Wed, 21 Oct 2026 07:28:00 GMT").
public enum RetryAfter {
    /// Seconds from `now`; nil when absent or unreadable. A date in the past means now (0).
    public static func seconds(_ header: String?, now: Date) -> TimeInterval? {
        guard let value = header?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if value.allSatisfy(\.isNumber) { return Double(value) }
        guard let date = httpDate(value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    /// IMF-fixdate, the form HTTP servers send (RFC 9110 §5.6.7), and the obsolete RFC 850 form.
    static func httpDate(_ text: String) -> Date? {
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        // "Wed, 21 Oct 2026 07:28:00 GMT" or "Wednesday, 21-Oct-26 07:28:00 GMT"
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }).map(String.init)
        guard parts.count >= 5, parts.last?.uppercased() == "GMT" else { return nil }
        guard let day = Int(parts[1]), let month = months.firstIndex(of: parts[2].lowercased()), var year = Int(parts[3]) else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        let clock = parts[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3 else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = month + 1
        components.day = day
        components.hour = clock[0]
        components.minute = clock[1]
        components.second = clock[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)
    }
}
