import Alerts
public import Model

/// Which alerts a notifier gets: every condition set must hold. Empty lists mean "any".
public struct NotifierFilter: Sendable, Equatable {
    /// Words or key patterns, read as the `[alerts] watchlist` reads them ("troops", "north-korea/*").
    public var watchlist: [String]
    public var kinds: Set<AlertKind>
    /// A change or dispute smaller than this (0.1 is 10%) is not sent; a new figure, which has
    /// no old value, always passes.
    public var minimumRelativeChange: Double

    public init(watchlist: [String] = [], kinds: Set<AlertKind> = [], minimumRelativeChange: Double = 0) {
        self.watchlist = watchlist
        self.kinds = kinds
        self.minimumRelativeChange = minimumRelativeChange
    }

    public func matches(_ alert: Alert) -> Bool {
        if !kinds.isEmpty, !kinds.contains(alert.kind) { return false }
        if !watchlist.isEmpty, !AlertPolicy(watchlist: watchlist).tracks(alert.new) { return false }
        if minimumRelativeChange > 0, let old = alert.old {
            // An old value of 0 has no relative change: any move from it is large.
            guard old.central != 0 else { return alert.new.central != 0 }
            return abs(alert.new.central - old.central) / abs(old.central) >= minimumRelativeChange
        }
        return true
    }
}
