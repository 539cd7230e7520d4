import Foundation
public import Model

/// Alerts as people read them in a terminal.
public enum AlertText {
    /// One line: "north-korea/troops: 12,000 → 11,000 (−1,000, −8.3%) by Volodymyr Zelensky".
    public static func summary(_ alert: Alert) -> String {
        let new = FigureFormatting.value(alert.new)
        let who = claimantLabel(alert.new.claimant)
        switch alert.kind {
        case .figureNew:
            return "\(alert.key): \(new) (\(who)), first value"
        case .figureChanged:
            guard let old = alert.old else { return "\(alert.key): \(new) (\(who))" }
            return "\(alert.key): \(FigureFormatting.value(old)) → \(new)\(change(alert)) by \(who)"
        case .figureDisputed:
            guard let old = alert.old else { return "\(alert.key): \(new) (\(who))" }
            return "\(alert.key): sources differ: \(new) (\(who)) vs \(FigureFormatting.value(old)) (\(claimantLabel(old.claimant)))"
        }
    }

    /// The summary followed by the quotes and where they were read.
    public static func block(_ alert: Alert, id: Int64) -> String {
        var lines = ["#\(id) \(alert.kind.rawValue) \(AlertLineTime.string(alert.raisedAt))  \(summary(alert))"]
        lines.append("  new: \(describe(alert.new))")
        if let old = alert.old { lines.append("  was: \(describe(old))") }
        if alert.kind == .figureDisputed, alert.positions.count > 2 {
            let stances = alert.positions.map { "\(FigureFormatting.value($0.latest)) (\(claimantLabel($0.claimant)))" }
            lines.append("  positions: " + stances.joined(separator: "; "))
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ observation: Observation) -> String {
        let place = [observation.article.source, observation.article.title ?? observation.article.file]
            .compactMap { $0 }.joined(separator: ", ")
        return "“\(observation.quote)” (\(claimantLabel(observation.claimant)); \(place))"
    }

    private static func change(_ alert: Alert) -> String {
        guard let delta = alert.delta else { return "" }
        let parts = [FigureFormatting.signed(delta, unit: alert.new.unit)] + (alert.relativeChange.map { [FigureFormatting.percent($0)] } ?? [])
        return " (" + parts.joined(separator: ", ") + ")"
    }

    static func claimantLabel(_ claimant: String?) -> String { claimant ?? "unattributed" }
}

enum AlertLineTime {
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(.colon).timeZone(separator: .omitted))
    }
}
