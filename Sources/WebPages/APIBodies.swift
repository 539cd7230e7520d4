import Alerts
import Foundation
import Model
public import OrderedJSON
public import Store

/// The JSON API's bodies, fields in a fixed order. Alerts read as the alert log writes them
/// (`AlertLine`), so one parser serves both. Pure.
public enum APIBodies {
    public static func figures(_ selection: FigureSelection) -> JSONValue {
        .fields([
            ("total", JSONValue(selection.total)),
            ("page", JSONValue(selection.query.page)),
            ("per_page", JSONValue(selection.query.pageSize)),
            ("figures", .array(selection.figures.map(figure))),
        ])
    }

    public static func figure(_ summary: FigureSummary) -> JSONValue {
        .fields([
            ("key", .string(summary.key)),
            ("current", summary.current.map { .number($0.central) }),
            ("disputed", .bool(summary.isDisputed)),
            ("mentions", JSONValue(summary.mentions)),
            ("articles", JSONValue(summary.articles)),
            ("last_seen", summary.lastStated.map(JSONValue.timestamp) ?? .null),
            ("positions", .array(summary.positions.map { position in
                .fields([("claimant", JSONValue(position.claimant)), ("latest", AlertLine.observation(position.latest))])
            })),
        ])
    }

    public static func figure(key: String, summary: FigureSummary?, history: [HistoryEntry]) -> JSONValue {
        .fields([
            ("key", .string(key)),
            ("summary", summary.map(figure)),
            ("history", .array(zip(history, TimelineChart.points(history)).map { entry, point in
                .fields([
                    ("claim_id", .integer(entry.claim.id)),
                    ("claimant", JSONValue(entry.claim.claim.claimant)),
                    ("low", .number(entry.claim.claim.quantity.low)),
                    ("high", .number(entry.claim.claim.quantity.high)),
                    ("unit", entry.claim.claim.unit.map(JSONValue.string)),
                    ("stated_as", .string(entry.claim.claim.numberText)),
                    ("quote", .string(entry.claim.claim.sentence)),
                    ("disputed", .bool(point.disputed)),
                    ("repeated", .bool(entry.claim.repeated)),
                    ("date", .timestamp(point.date)),
                    ("article", AlertLine.article(entry.article)),
                ])
            })),
        ])
    }

    public static func alerts(_ alerts: [StoredAlert]) -> JSONValue {
        .array(alerts.map { AlertLine.json($0.alert, id: $0.id, node: $0.node) })
    }

    public static func error(_ message: String) -> JSONValue { .fields([("error", .string(message))]) }
}
