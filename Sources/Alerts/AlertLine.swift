import Foundation
public import Model
public import OrderedJSON

/// The alert as one JSON object, fields in reading order: this is the line the alert log gets.
public enum AlertLine {
    /// `node`: the daemon that raised it, when several share one database.
    public static func json(_ alert: Alert, id: Int64, node: String? = nil) -> JSONValue {
        let pairing: JSONValue = .string(alert.pairing.rawValue)
        return .fields([
            ("id", .integer(id)),
            ("node", node.map(JSONValue.string)),
            ("at", .timestamp(alert.raisedAt)),
            ("kind", .string(alert.kind.rawValue)),
            ("key", .string(alert.key)),
            ("pairing", pairing),
            ("summary", .string(AlertText.summary(alert))),
            ("claimant", JSONValue(alert.new.claimant)),
            ("old_value", alert.old.map { .number($0.central) }),
            ("new_value", .number(alert.new.central)),
            ("delta", alert.delta.map(JSONValue.number)),
            ("relative_change", alert.relativeChange.map { .number(($0 * 10_000).rounded() / 10_000) }),
            ("new", observation(alert.new)),
            ("old", alert.old.map(observation)),
            ("positions", alert.kind == .figureChanged ? nil : .array(alert.positions.map(position))),
        ])
    }

    public static func observation(_ observation: Observation) -> JSONValue {
        .fields([
            ("value", .number(observation.central)),
            ("low", observation.quantity.low == observation.quantity.high ? nil : .number(observation.quantity.low)),
            ("high", observation.quantity.low == observation.quantity.high ? nil : .number(observation.quantity.high)),
            ("unit", observation.unit.map(JSONValue.string)),
            ("stated_as", .string(observation.statedAs)),
            ("claimant", JSONValue(observation.claimant)),
            ("quote", .string(observation.quote)),
            ("article", article(observation.article)),
            ("observed_at", .timestamp(observation.observedAt)),
        ])
    }

    public static func article(_ article: ArticleReference) -> JSONValue {
        .fields([
            ("id", .integer(article.id)),
            ("title", article.title.map(JSONValue.string)),
            ("source", article.source.map(JSONValue.string)),
            ("url", article.url.map(JSONValue.string)),
            ("file", article.file.map(JSONValue.string)),
            ("published", article.published.map(JSONValue.timestamp)),
        ])
    }

    static func position(_ position: Position) -> JSONValue {
        .fields([
            ("claimant", JSONValue(position.claimant)),
            ("value", .number(position.latest.central)),
            ("stated_as", .string(position.latest.statedAs)),
            ("article", .integer(position.latest.article.id)),
        ])
    }
}
