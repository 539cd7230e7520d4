public import Foundation

/// The wait after failures in a row that doubles each time: `first` after one failure, twice
/// that after two, and so on, never above `ceiling`. What the feed schedule, the document retry
/// and the notifier retry all wait by.
public enum DoublingBackoff {
    public static func delay(afterFailures failures: Int, first: TimeInterval, ceiling: TimeInterval) -> TimeInterval {
        // Past 2^60 any ceiling has long been reached; the cap only keeps the power finite.
        let doublings = min(max(failures, 1) - 1, 60)
        return min(ceiling, first * pow(2, Double(doublings)))
    }
}
