/// Where one claimant currently stands on one key: its latest observation. The figure stated
/// without attribution has a position of its own (claimant nil).
public struct Position: Codable, Sendable, Equatable {
    public var claimant: String?
    public var latest: Observation

    public init(claimant: String?, latest: Observation) {
        self.claimant = claimant
        self.latest = latest
    }
}
