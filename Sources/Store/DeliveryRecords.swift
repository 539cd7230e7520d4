public import Foundation

/// A delivery of one alert to one notifier, waiting to be sent (or sent again).
public struct PendingDelivery: Sendable, Equatable {
    public var id: Int64
    public var alert: StoredAlert
    public var notifier: String
    /// Attempts made so far.
    public var attempts: Int
    /// When it was committed with its alert: the give-up deadline counts from here.
    public var createdAt: Date
    public var nextAttempt: Date
}

/// What an attempt changed about a delivery.
public enum DeliveryUpdate: Sendable, Equatable {
    case sent(at: Date)
    case retry(at: Date, attemptedAt: Date, error: String)
    case gaveUp(at: Date, error: String)
}

/// One notifier's deliveries, for `tally notify status`.
public struct DeliverySummary: Sendable, Equatable {
    public var notifier: String
    public var pending: Int
    public var sent: Int
    public var givenUp: Int
    public var lastSuccess: Date?
    public var lastError: String?
    public var lastErrorAt: Date?

    public init(notifier: String, pending: Int = 0, sent: Int = 0, givenUp: Int = 0, lastSuccess: Date? = nil,
                lastError: String? = nil, lastErrorAt: Date? = nil) {
        self.notifier = notifier
        self.pending = pending
        self.sent = sent
        self.givenUp = givenUp
        self.lastSuccess = lastSuccess
        self.lastError = lastError
        self.lastErrorAt = lastErrorAt
    }
}
