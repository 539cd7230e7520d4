public import Foundation
public import Model

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
    /// One article moving several positions of a key to one value ("Toll rises to 452" in the
    /// headline, "452, the ministry said" in the text) raises one alert, the attributed one.
    public func apply(_ observations: [Observation], to positions: inout [String: [Position]], at now: Date) -> [Alert] {
        var alerts: [Alert] = []
        for observation in observations {
            var keyPositions = positions[observation.key] ?? []
            if let alert = apply(observation, to: &keyPositions, at: now) {
                if let same = alerts.firstIndex(where: { $0.key == alert.key && $0.kind == alert.kind && $0.new.statesSameValue(as: alert.new) }) {
                    if alerts[same].new.claimant == nil, alert.new.claimant != nil { alerts[same] = alert }
                } else {
                    alerts.append(alert)
                }
            }
            positions[observation.key] = keyPositions
        }
        return alerts
    }

    /// Counts that only grow, corrections aside: a statement below half of a current value of
    /// one of them is a part, a day's count or an old figure under the same words, not a fall.
    /// ("268 deaths in the province" then "three people lost their lives in the province", of
    /// one day; a national 1,033 then a provincial 402). Missing people are found, patients leave:
    /// those counts may fall, and are not here.
    /// Votes only grow while they are counted, and who was aboard is known once; a margin or a
    /// share may fall.
    public static let accumulatingCounts: Set<String> = ["deaths", "injuries", "cases", "arrests", "evacuated", "votes", "on-board"]
    static let fallingScopes: Set<String> = ["margin", "change", "change-percent", "vote-share", "percent"]

    private func fallsFarBelow(_ observation: Observation, _ current: [Position]) -> Bool {
        let segments = observation.key.split(separator: "/").map(String.init)
        guard segments.contains(where: Self.accumulatingCounts.contains),
              !segments.contains(where: Self.fallingScopes.contains) else { return false }
        return current.contains { $0.latest.central > 0 && observation.central <= $0.latest.central / 2 }
    }

    private func apply(_ observation: Observation, to positions: inout [Position], at now: Date) -> Alert? {
        let tracked = policy.tracks(observation)
        if fallsFarBelow(observation, positions) { return nil }
        if let index = positions.firstIndex(where: { holds($0, observation.claimant) }) {
            let previous = positions[index].latest
            // "more than 2,000" after 2,012 says nothing new; 2,012 after "more than 2,000" sharpens it.
            if observation.isRounding(of: previous) { return nil }
            positions[index].latest = observation
            guard !observation.agrees(with: previous), tracked,
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
            !$0.latest.agrees(with: observation) && policy.isLargeEnough(from: $0.latest.central, to: observation.central)
        }
        // The most recently stated of the values it contradicts is the one a reader remembers.
        guard let contradicted = disagreeing.max(by: { $0.latest.claimID < $1.latest.claimID }) else { return nil }
        return Alert(kind: .figureDisputed, key: observation.key, raisedAt: now, new: observation, old: contradicted.latest, positions: positions)
    }

    /// The statements of one article that can be tracked. Where the article gives one quantity
    /// (one key, one claimant) two values that do not agree, the key failed to tell two quantities
    /// apart ("40 killed in the blast ... 12 at the market", an earlier toll recalled), so none of
    /// them is taken. Where different claimants in one article give one key values a factor of two
    /// or more apart, the first claimant's stands and the others are left out: a report quoting a
    /// national agency and then a provincial one ("NDMA: 543 deaths ... PDMA Sindh: 121 deaths")
    /// gives their scopes, not a dispute, and a report leads with its main figure. Sources that
    /// disagree on one count are closer than that ("12,000" against "10,000") and both stand.
    /// A rounded restatement beside its precise value ("more than 2,000" and "2,012") is one
    /// value, and the precise one is taken.
    public func consistentStatements(_ observations: [Observation]) -> [Observation] {
        var groups: [[Int]] = []
        for (i, o) in observations.enumerated() {
            if let g = groups.firstIndex(where: { group in
                let first = observations[group[0]]
                return first.key == o.key && sameSlot(first.claimant, o.claimant)
            }) {
                groups[g].append(i)
            } else {
                groups.append([i])
            }
        }
        var keep: [Int] = []
        var valueOfKey: [String: Observation] = [:]
        for group in groups {
            let members = group.map { observations[$0] }
            let precise = members.filter { m in !members.contains { m.isRounding(of: $0) } }
            guard let first = precise.first, precise.allSatisfy({ $0.statesSameValue(as: first) }) else { continue }
            if let earlier = valueOfKey[first.key], Self.farApart(earlier.central, first.central) { continue }
            valueOfKey[first.key] = valueOfKey[first.key] ?? first
            keep.append(contentsOf: group.filter { i in precise.contains { $0.claimID == observations[i].claimID } })
        }
        return keep.sorted().map { observations[$0] }
    }

    /// Two values at least a factor of two apart (or of opposite signs).
    static func farApart(_ a: Double, _ b: Double) -> Bool {
        guard a != b else { return false }
        guard a > 0, b > 0 else { return true }
        return max(a, b) >= 2 * min(a, b)
    }

    private func sameSlot(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (x?, y?): sameClaimant(x, y)
        default: false
        }
    }

    private func holds(_ position: Position, _ claimant: String?) -> Bool {
        switch (position.claimant, claimant) {
        case (nil, nil): true
        case let (held?, stated?): sameClaimant(held, stated)
        default: false
        }
    }
}
