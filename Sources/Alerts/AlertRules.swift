import Foundation

/// Decides which observations are news. Pure: positions in, positions and alerts out.
///
/// Each key has one position per claimant plus one for the figure stated without attribution.
/// An observation that restates its claimant's current value changes nothing. One that states
/// another value is a change (`figure_changed`). A claimant heard for the first time on a key
/// either agrees with everyone, or disagrees with someone (`figure_disputed`), or is the first
/// voice at all (`figure_new`, when asked for). Because only state changes alert, an article that
/// repeats a known disagreement raises nothing new.
public struct AlertRules: Sendable {
    public var policy: AlertPolicy
    /// Whether two claimant names denote the same claimant ("Zelenskyy" / "Volodymyr Zelensky").
    public var sameClaimant: @Sendable (String, String) -> Bool

    public init(policy: AlertPolicy = AlertPolicy(),
                sameClaimant: @escaping @Sendable (String, String) -> Bool = { $0.caseInsensitiveCompare($1) == .orderedSame }) {
        self.policy = policy
        self.sameClaimant = sameClaimant
    }

    /// Applies observations in order to the positions of their keys and returns the alerts
    /// they raise. `positions` must hold every current position of the keys concerned.
    public func apply(_ observations: [Observation], to positions: inout [String: [Position]], at now: Date) -> [Alert] {
        var alerts: [Alert] = []
        for observation in observations {
            var keyPositions = positions[observation.key] ?? []
            if let alert = apply(observation, to: &keyPositions, at: now) { alerts.append(alert) }
            positions[observation.key] = keyPositions
        }
        return alerts
    }

    private func apply(_ observation: Observation, to positions: inout [Position], at now: Date) -> Alert? {
        let tracked = policy.tracks(observation)
        if let index = positions.firstIndex(where: { holds($0, observation.claimant) }) {
            let previous = positions[index].latest
            positions[index].latest = observation
            guard !observation.statesSameValue(as: previous), tracked,
                  policy.isLargeEnough(from: previous.central, to: observation.central) else { return nil }
            return Alert(kind: .figureChanged, key: observation.key, raisedAt: now, new: observation, old: previous, positions: positions)
        }

        let others = positions
        positions.append(Position(claimant: observation.claimant, latest: observation))
        guard tracked else { return nil }
        if others.isEmpty {
            guard policy.announceNewFigures else { return nil }
            return Alert(kind: .figureNew, key: observation.key, raisedAt: now, new: observation, old: nil, positions: positions)
        }
        let disagreeing = others.filter {
            !$0.latest.statesSameValue(as: observation) && policy.isLargeEnough(from: $0.latest.central, to: observation.central)
        }
        // The most recently stated of the values it contradicts is the one a reader remembers.
        guard let contradicted = disagreeing.max(by: { $0.latest.claimID < $1.latest.claimID }) else { return nil }
        return Alert(kind: .figureDisputed, key: observation.key, raisedAt: now, new: observation, old: contradicted.latest, positions: positions)
    }

    private func holds(_ position: Position, _ claimant: String?) -> Bool {
        switch (position.claimant, claimant) {
        case (nil, nil): true
        case let (held?, stated?): sameClaimant(held, stated)
        default: false
        }
    }
}
