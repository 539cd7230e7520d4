/// The three things worth telling someone who tracks a figure.
public enum AlertKind: String, Codable, Sendable, CaseIterable {
    /// A claimant revised its own figure, or the figure stated without attribution moved.
    case figureChanged = "figure_changed"
    /// A claimant stated a value that differs from another claimant's current value.
    case figureDisputed = "figure_disputed"
    /// The first value ever seen for a key (off unless configured).
    case figureNew = "figure_new"
}
