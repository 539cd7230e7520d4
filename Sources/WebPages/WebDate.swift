public import Foundation
import Synchronization

/// Dates as the pages show them: UTC, to the minute, the same for every reader. Pure.
public enum WebDate {
    public static func text(_ date: Date) -> String {
        minutes.withLock { $0.string(from: date) }
    }

    /// RFC 3339 with seconds, as Atom and the API write it.
    public static func rfc3339(_ date: Date) -> String {
        seconds.withLock { $0.string(from: date) }
    }

    // Made once: a formatter costs more to make than a page of dates to format (on Linux about
    // 0.1 ms, twice a row of the figures list), and one is not to be used by two threads at once.
    private static let minutes = Mutex<DateFormatter>({
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter
    }())

    private static let seconds = Mutex<ISO8601DateFormatter>({
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }())
}
