public import Foundation

/// Word that alerts may have been committed, by this process or any other writing the same
/// state: what `tally alerts --follow` and the web view's event streams wait on instead of
/// reading again and again. A wake-up says only "look": the caller reads the alerts after the
/// last id it has seen, so a wake-up that comes twice, or for nothing, costs a read and no more.
///
/// Opened before the caller's first read, so that an alert committed between that read and the
/// first wait still wakes it.
public protocol AlertArrivals: AnyObject, Sendable {
    /// Returns true as soon as alerts may have been committed since the previous call returned
    /// true (or since the opening); false when `timeout` passed without word, or once closed.
    /// After the word was lost for a while (a reconnection), it returns true: what came in
    /// between is for the caller's read to find.
    func waitForAlerts(timeout: TimeInterval) -> Bool
    /// Stops listening; a wait in progress returns false.
    func close()
}

/// For a store that cannot tell when another process commits (a SQLite file): every wait is
/// a short sleep (`interval`, or the timeout if shorter) that ends in "look".
public final class PolledAlertArrivals: AlertArrivals, @unchecked Sendable {
    private let interval: TimeInterval
    private let condition = NSCondition()
    private var closed = false

    public init(interval: TimeInterval) {
        self.interval = interval
    }

    public func waitForAlerts(timeout: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(min(timeout, interval))
        return condition.withLock {
            while !closed, condition.wait(until: deadline) {}
            return !closed
        }
    }

    public func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }
}
