public import Foundation

/// What the rules raise: a figure that changed, is disputed, or appeared.
public struct Alert: Codable, Sendable, Equatable {
    public var kind: AlertKind
    public var key: String
    public var raisedAt: Date
    /// The observation that raised the alert.
    public var new: Observation
    /// The value it differs from: the claimant's own earlier value (changed) or another
    /// claimant's current value (disputed). Nil for a new figure.
    public var old: Observation?
    /// Every position on the key once the new value is in (for disputes: who says what).
    public var positions: [Position]

    public init(kind: AlertKind, key: String, raisedAt: Date, new: Observation, old: Observation?, positions: [Position]) {
        self.kind = kind
        self.key = key
        self.raisedAt = raisedAt
        self.new = new
        self.old = old
        self.positions = positions
    }

    public var delta: Double? { old.map { new.central - $0.central } }

    /// How sure the pairing of the two values is: the weaker reading of the two keys.
    public var pairing: Pairing {
        min(new.pairing ?? .exact, old?.pairing ?? .exact)
    }

    public var relativeChange: Double? {
        guard let old, old.central != 0 else { return nil }
        return (new.central - old.central) / abs(old.central)
    }
}
