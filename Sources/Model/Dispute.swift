/// Whether a figure is disputed: some claimant's current value does not agree
/// (`Observation.agrees`) with the value stated most recently. A claimant revising its own figure
/// is no dispute, and neither is one value told two ways ("about 12,000" beside 12,000). The
/// figures list's badge, its filter and the store's flag all ask this; the store keeps the
/// answer with each figure, so a change to this rule needs a migration that asks again. Pure.
public enum Dispute {
    public static func exists(among positions: some Collection<Position>) -> Bool {
        guard let newest = positions.max(by: { $0.latest.claimID < $1.latest.claimID })?.latest else { return false }
        return positions.contains { !$0.latest.agrees(with: newest) }
    }
}
